import { describe, expect, it } from 'vitest';
import { publicationPdfUrl, reviewStep, shortText, versionsByKind } from './publications';

describe('publications', () => {
  it('groups versions per kind, newest first', () => {
    const groups = versionsByKind([
      { kind: 'poster', version: 1 },
      { kind: 'report', version: 1 },
      { kind: 'poster', version: 2 },
    ] as const);
    expect(groups.map((g) => g.kind)).toEqual(['report', 'poster', 'feedback']);
    expect(groups[1]!.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(groups[2]!.versions).toEqual([]);
  });

  it('names the review of every stage until published', () => {
    expect(reviewStep('concept')).toEqual({
      noteKey: 'picturePublications.note.concept',
      buttonKey: 'picturePublications.next.concept',
      next: 'outside_reader',
    });
    expect(reviewStep('outside_reader')?.next).toBe('resident_group');
    expect(reviewStep('resident_group')?.next).toBe('published');
    expect(reviewStep('published')).toBeNull();
  });

  it('links the PDF', () => {
    expect(publicationPdfUrl('p 1', 'x')).toBe('/api/projects/p%201/picture/publications/x/pdf');
  });

  it('shortens a text at a word', () => {
    expect(shortText('kort')).toBe('kort');
    expect(shortText('Ik woon hier al veertig jaar en ken bijna iedereen in de straat', 30)).toBe('Ik woon hier al veertig jaar…');
    expect(shortText('  met\n  witruimte ')).toBe('met witruimte');
  });
});

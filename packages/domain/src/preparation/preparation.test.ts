import { describe, expect, it } from 'vitest';
import { agreementFileType, agreementInput, isTrained, orientationMeetingInput, orientationThemeSuggestions, taskMatrixInput } from './preparation.js';

describe('orientation themes as suggestions', () => {
  it('merges labels case-insensitively, counts meetings once each, most raised first', () => {
    expect(
      orientationThemeSuggestions([{ themes: ['Eenzaamheid', 'Overlast', 'eenzaamheid '] }, { themes: ['EENZAAMHEID', 'Moestuin'] }, { themes: ['Overlast'] }]),
    ).toEqual([
      { label: 'Eenzaamheid', meetings: 2 },
      { label: 'Overlast', meetings: 2 },
      { label: 'Moestuin', meetings: 1 },
    ]);
  });
  it('refuses a negative count and an empty theme, naming the fields', () => {
    const result = orientationMeetingInput.safeParse({ heldOn: '2026-01-01', place: 'Buurthuis', attendees: -2, themes: ['  '] });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['attendees', 'themes.0']);
  });
});

describe('agreement documents', () => {
  const pdf = new TextEncoder().encode('%PDF-1.4 …');
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);
  it('knows a PDF and a DOCX by name and first bytes', () => {
    expect(agreementFileType('Overeenkomst.PDF', pdf)).toBe('pdf');
    expect(agreementFileType('overeenkomst.docx', zip)).toBe('docx');
  });
  it('refuses a renamed file or another type', () => {
    expect(agreementFileType('overeenkomst.pdf', zip)).toBeNull();
    expect(agreementFileType('overeenkomst.docx', pdf)).toBeNull();
    expect(agreementFileType('overeenkomst.doc', zip)).toBeNull();
  });
  it('needs two different parties and an end after signing', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    const result = agreementInput.safeParse({ partyAId: id, partyBId: id, signedOn: '2026-02-01', validUntil: '2026-01-01' });
    expect(result.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['partyBId', 'validUntil']);
  });
});

describe('task matrix and training', () => {
  it('leaves a phase without an organisation empty', () => {
    expect(taskMatrixInput.parse({ rows: [{ task: 'Informeren', organisationIds: {} }] }).rows[0]!.organisationIds).toEqual({
      preparation: null,
      home_visits: null,
      neighbourhood_picture: null,
      social_connecting: null,
      evaluation: null,
    });
  });
  it('counts a visitor trained only with all four topics', () => {
    expect(isTrained(['introduction', 'cards', 'registration'])).toBe(false);
    expect(isTrained(['privacy_plan', 'registration', 'cards', 'introduction', 'cards'])).toBe(true);
  });
});

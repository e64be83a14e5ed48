import { describe, expect, it } from 'vitest';
import {
  figuresUnder,
  finalReportContent,
  mergeSectionFigures,
  prefixFigures,
  reprotectFinalReport,
  shownFigure,
  shownShare,
  type ReportSectionDraft,
} from './final-report.js';
import type { PublishedFigures } from '../privacy/protected-figures.js';

const reach = (homes: number, spoken: number): ReportSectionDraft => ({
  key: 'reach',
  title: 'Bereik',
  blocks: [{ kind: 'table', caption: 'Bereik', headers: ['Groep', 'Gesproken'], rows: [['A', { figure: 'reach:spoken:a', of: 'reach:homes:a' }]] }],
  figures: {
    values: { 'reach:homes:a': homes, 'reach:spoken:a': spoken, 'reach:spoken:b': 20, 'reach:spoken:total': spoken + 20 },
    relations: [{ members: ['reach:spoken:a', 'reach:spoken:b'], total: 'reach:spoken:total' }],
  },
});
const stories: ReportSectionDraft = { key: 'stories', title: 'Verhalen', blocks: [{ kind: 'paragraph', text: 'Een verhaal.' }] };

describe('the final report content', () => {
  it('keeps every section in order and shows counts of the threshold and more', () => {
    const { content, figures } = finalReportContent([reach(40, 12), stories]);
    expect(content.sections.map((s) => s.key)).toEqual(['reach', 'stories']);
    expect(shownFigure(figures, 'reach:spoken:a')).toBe(12);
    expect(shownShare(figures, 'reach:spoken:a', 'reach:homes:a')).toBe(30);
  });

  it('hides a small count, and what it could be worked out from', () => {
    const { figures } = finalReportContent([reach(40, 3)]);
    expect(shownFigure(figures, 'reach:spoken:a')).toBeNull();
    expect(shownShare(figures, 'reach:spoken:a', 'reach:homes:a')).toBeNull();
    // The total minus the other member would give it away.
    expect([shownFigure(figures, 'reach:spoken:b'), shownFigure(figures, 'reach:spoken:total')]).toContain(null);
  });

  it('hides a count that changed by less than the threshold since a published version', () => {
    const first = finalReportContent([reach(40, 12)]).figures;
    const second = finalReportContent([reach(40, 14)], { earlier: [first] }).figures;
    expect(shownFigure(second, 'reach:spoken:a')).toBeNull();
    const third = finalReportContent([reach(40, 20)], { earlier: [first] }).figures;
    expect(shownFigure(third, 'reach:spoken:a')).toBe(20);
  });

  it('only hides more when protected again on publication', () => {
    const made = finalReportContent([reach(40, 14)]).figures;
    expect(shownFigure(made, 'reach:spoken:a')).toBe(14);
    const publishedMeanwhile = finalReportContent([reach(40, 12)]).figures;
    const again = reprotectFinalReport(made, [publishedMeanwhile]);
    expect(shownFigure(again, 'reach:spoken:a')).toBeNull();
    expect(again.hidden).toEqual(expect.arrayContaining([...made.hidden]));
  });

  it('refuses a figure that is not of its own section', () => {
    expect(() => mergeSectionFigures([{ ...stories, figures: { values: { 'reach:x': 1 }, relations: [] } }])).toThrow();
  });

  it('protects a section against figures published elsewhere under its keys, and stores no section title', () => {
    const survey = (answered: number): PublishedFigures => ({
      values: { 'r:1:all:q:answered': answered, 'r:1:all:q:noAnswer': 6, 'r:1:all:n': answered + 6 },
      relations: [{ members: ['r:1:all:q:answered', 'r:1:all:q:noAnswer'], total: 'r:1:all:n' }],
      internal: ['r:1:all:q:noAnswer'],
      hidden: [],
    });
    const section = (answered: number, earlier: PublishedFigures[]): ReportSectionDraft => ({
      key: 'surveys',
      blocks: [{ kind: 'table', caption: { m: 'finalReportPdf.surveys.round' }, headers: [], rows: [[{ figure: 'surveys:r:1:all:q:answered' }]] }],
      figures: prefixFigures({ values: survey(answered).values, relations: survey(answered).relations, internal: survey(answered).internal }, 'surveys:'),
      earlier: earlier.map((f) => prefixFigures(f, 'surveys:')),
    });
    // 12 published by the survey results, 13 in the report: hidden, and so is the total it would be worked out of.
    const { content, figures } = finalReportContent([section(13, [survey(12)])]);
    expect(content.sections[0]).not.toHaveProperty('title');
    expect(shownFigure(figures, 'surveys:r:1:all:q:answered')).toBeNull();
    expect(shownFigure(figures, 'surveys:r:1:all:n')).toBeNull();
    // Without that publication it shows.
    expect(shownFigure(finalReportContent([section(13, [])]).figures, 'surveys:r:1:all:q:answered')).toBe(13);
    // The survey part of a report, back under the survey's own keys.
    expect(figuresUnder(figures, 'surveys:')).toMatchObject({ values: survey(13).values, hidden: expect.arrayContaining(['r:1:all:q:answered']) });
    expect(figuresUnder(figures, 'reach:')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { finalReportContent, mergeSectionFigures, reprotectFinalReport, shownFigure, shownShare, type ReportSectionDraft } from './final-report.js';

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
});

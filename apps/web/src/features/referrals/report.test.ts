import { describe, expect, it } from 'vitest';
import { cellText, chartRows, chartSummary, partnerCell, type ReportRow } from './report';
import { referralChartOption } from './reportChart';

const partners = [
  { id: 'dock', name: 'Dock' },
  { id: 'wi', name: 'W&I' },
  { id: 'bt', name: 'Buurtteam' },
];
const row = (name: string, spokenTo: number, counts: [number, number | null][]): ReportRow => ({
  groupId: name,
  name,
  homes: spokenTo + 32,
  spokenTo,
  perPartner: counts.map(([count, percent], i) => ({ partnerId: partners[i]!.id, count, percent })),
  total: { partnerId: 'total', count: counts.reduce((s, [c]) => s + c, 0), percent: 18 },
  householdsReferred: { partnerId: 'households', count: 60, percent: 15 },
});
// The workshop's figures (seed 004): THEMA dreven, 400 spoken to.
const thema = row('THEMA dreven', 400, [
  [36, 9],
  [23, 6],
  [13, 3],
]);

describe('referral report', () => {
  it('writes a cell as count with the percentage, the Dutch way', () => {
    const n = (v: number) => new Intl.NumberFormat('nl-NL').format(v);
    const pct = (v: number) => `${v}%`;
    expect(cellText({ count: 36, percent: 9 }, n, pct)).toBe('36 (9%)');
    expect(cellText({ count: 1200, percent: 100 }, n, pct)).toBe('1.200 (100%)');
    expect(cellText({ count: 0, percent: null }, n, pct)).toBe('0');
  });

  it('finds the cell of a partner, or an empty one', () => {
    expect(partnerCell(thema, 'wi')).toEqual({ partnerId: 'wi', count: 23, percent: 6 });
    expect(partnerCell(thema, 'other')).toEqual({ partnerId: 'other', count: 0, percent: 0 });
    expect(partnerCell({ perPartner: [], spokenTo: 0 }, 'x').percent).toBeNull();
  });

  it('charts the groups, or the whole project when there are none', () => {
    const total = row('Hele project', 640, []);
    expect(chartRows([thema], total)).toEqual([thema]);
    expect(chartRows([], total)).toEqual([total]);
  });

  it('has a bar per partner per group as percentage of households spoken to', () => {
    const option = referralChartOption([thema], partners, { percent: (v) => `${v}%`, description: 'samenvatting' });
    expect(option.aria.label.description).toBe('samenvatting');
    expect(option.xAxis.data).toEqual(['THEMA dreven']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['Dock', [9]],
      ['W&I', [6]],
      ['Buurtteam', [3]],
    ]);
  });

  it('summarises the chart in words', () => {
    const text = chartSummary([thema], partners, {
      group: (v) => `${v.name} (${v.spokenTo} gesproken): ${v.parts}; totaal ${v.total}.`,
      part: (v) => `${v.partner} ${v.value}`,
      cell: (c) => `${c.count} (${c.percent}%)`,
      number: String,
    });
    expect(text).toBe('THEMA dreven (400 gesproken): Dock 36 (9%), W&I 23 (6%), Buurtteam 13 (3%); totaal 72 (18%).');
  });
});

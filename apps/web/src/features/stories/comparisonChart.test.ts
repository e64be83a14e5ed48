import { describe, expect, it } from 'vitest';
import type { StoryComparison } from '@thuis/domain';
import { comparisonChartOption } from './comparisonChart';

const comparison: StoryComparison = {
  exact: false,
  tellerKinds: ['resident', 'corporation_professional', 'welfare_professional', 'contractor_professional', 'partner'],
  byTheme: [{ themeId: null, themeName: '', counts: [9, 0, null, 0, null], total: null }],
  told: { counts: [9, 0, null, 0, null], total: null },
  selected: {
    rows: [{ groupKind: 'steering_group', rounds: 2, counts: [6, 0, null, 0, null], total: null }],
    columnTotals: [6, 0, null, 0, null],
    total: null,
  },
};

describe('comparisonChartOption', () => {
  it('stacks the selected stories per teller kind for each group, drawing held-back counts as nothing', () => {
    const option = comparisonChartOption(comparison, { teller: (k) => `T:${k}`, group: (k) => `G:${k}`, description: 'samenvatting' });
    expect(option.yAxis.data).toEqual(['G:steering_group']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['T:resident', [6]],
      ['T:corporation_professional', [0]],
      ['T:welfare_professional', [null]],
      ['T:contractor_professional', [0]],
      ['T:partner', [null]],
    ]);
    expect(option.aria.label.description).toBe('samenvatting');
  });
});

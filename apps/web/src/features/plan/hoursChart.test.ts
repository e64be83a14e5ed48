import { describe, expect, it } from 'vitest';
import { hoursChartOption } from './hoursChart';

describe('hours chart', () => {
  it('puts the budget next to the actual hours stacked per organisation', () => {
    const option = hoursChartOption(
      [
        { label: 'Voorbereiding', budget: 10, byOrganisation: [{ organisationId: 'a', organisationName: 'Woonstede', hours: 4 }] },
        {
          label: 'Huisbezoeken',
          budget: 400,
          byOrganisation: [
            { organisationId: 'b', organisationName: 'Welzijn', hours: 12.5 },
            { organisationId: 'a', organisationName: 'Woonstede', hours: 2 },
          ],
        },
      ],
      { budget: 'Begroot', hours: (v) => `${v} uur`, description: 'samenvatting' },
    );
    expect(option.aria.enabled).toBe(true);
    expect(option.yAxis.data).toEqual(['Voorbereiding', 'Huisbezoeken']);
    // Phase names wrap in a row of their own; hour labels that would overlap are left out.
    expect(option.yAxis.axisLabel).toMatchObject({ interval: 0, overflow: 'break' });
    expect(option.xAxis.axisLabel.hideOverlap).toBe(true);
    expect(option.series.map((s) => [s.name, s.data, 'stack' in s ? s.stack : undefined])).toEqual([
      ['Begroot', [10, 400], undefined],
      ['Woonstede', [4, 2], 'actual'],
      ['Welzijn', [0, 12.5], 'actual'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { surveyChartOption } from './surveyChart';

describe('survey chart', () => {
  it('puts rounds on the x axis, a series per phase, and leaves a hidden mean as a gap', () => {
    const option = surveyChartOption(
      {
        key: 'neighbourhood_satisfaction',
        kind: 'scale',
        label: { nl: 'Buurt', en: 'Neighbourhood' },
        min: 1,
        max: 10,
        options: [],
        series: [
          {
            group: 'p1',
            points: [
              { roundId: 'r1', answered: 20, mean: 6.5, changeFromFirst: 0, options: [] },
              { roundId: 'r2', answered: null, mean: null, changeFromFirst: null, options: [] },
            ],
          },
          { group: 'all', points: [{ roundId: 'r1', answered: 40, mean: 7, changeFromFirst: 0, options: [] }] },
        ],
      },
      { round: (id) => `Ronde ${id}`, group: (g) => `Groep ${g}`, description: 'x' },
    );
    expect(option.xAxis.data).toEqual(['Ronde r1', 'Ronde r2']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['Groep p1', [6.5, null]],
      ['Groep all', [7, null]],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { answerChartOption } from './answerChart';
import type { AnswerRow } from './overview';

const rows: AnswerRow[] = [
  { key: 'very_satisfied', label: 'Heel tevreden', count: 12, percent: 40 },
  { key: 'satisfied', label: 'Tevreden', count: 18, percent: 60 },
  { key: 'unsatisfied', label: 'Niet tevreden', count: 0, percent: 0 },
];

describe('answer chart', () => {
  const option = answerChartOption(rows, {
    name: 'Registraties',
    number: (n) => String(n),
    cell: (r) => `${r.count} (${r.percent}%)`,
    description: 'Tevredenheid: 30 antwoorden',
  });

  it('draws a horizontal bar per answer, in the order of the form from the top', () => {
    expect(option.yAxis.type).toBe('category');
    expect(option.yAxis.inverse).toBe(true);
    expect(option.yAxis.data).toEqual(['Heel tevreden', 'Tevreden', 'Niet tevreden']);
    expect(option.xAxis.type).toBe('value');
    expect(option.series).toHaveLength(1);
    expect(option.series[0]!.data).toEqual([12, 18, 0]);
  });

  it('labels every bar with its count and percentage, and gives the spoken summary', () => {
    const label = option.series[0]!.label;
    expect([0, 1, 2].map((dataIndex) => label.formatter({ dataIndex }))).toEqual(['12 (40%)', '18 (60%)', '0 (0%)']);
    expect(option.tooltip.formatter([{ dataIndex: 1 }])).toBe('Tevreden: 18 (60%)');
    expect(option.aria.label.description).toBe('Tevredenheid: 30 antwoorden');
    expect(option.animation).toBe(false);
  });
});

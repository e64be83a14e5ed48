import { chartColours } from '../plan/hoursChart';
import type { AnswerRow } from './overview';

/**
 * The ECharts option of one question (or the cards): a horizontal bar per answer, longest labels on
 * the left, the count with its percentage at the end of every bar. Pure, so it can be tested.
 */
export function answerChartOption(
  rows: readonly AnswerRow[],
  text: { name: string; number: (n: number) => string; cell: (row: AnswerRow) => string; description: string },
) {
  const cells = rows.map((row) => text.cell(row));
  return {
    aria: { enabled: true, label: { enabled: true, description: text.description } },
    color: chartColours.slice(0, 1),
    animation: false,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: { dataIndex: number }[] | { dataIndex: number }) => {
        const first = Array.isArray(params) ? params[0] : params;
        return first ? `${rows[first.dataIndex]?.label ?? ''}: ${cells[first.dataIndex] ?? ''}` : '';
      },
    },
    // Room on the right for the label of the longest bar ("1.234 (100%)").
    grid: { left: 8, right: 96, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, minInterval: 1, axisLabel: { formatter: (v: number) => text.number(v) } },
    yAxis: {
      type: 'category',
      // The first answer of the form at the top.
      inverse: true,
      data: rows.map((row) => row.label),
      axisTick: { show: false },
      axisLabel: { interval: 0, width: 180, overflow: 'break', color: '#1a1a1a', fontSize: 13 },
    },
    series: [
      {
        name: text.name,
        type: 'bar',
        data: rows.map((row) => row.count),
        barMaxWidth: 28,
        label: { show: true, position: 'right', color: '#1a1a1a', formatter: (p: { dataIndex: number }) => cells[p.dataIndex] ?? '' },
      },
    ],
  };
}

import type { StoryComparison, StoryTellerKind, SelectionGroupKind } from '@thuis/domain';
import { chartColours } from '../plan/hoursChart';

/**
 * The ECharts option of the comparison: per kind of selecting group, the selected stories stacked
 * by the kind of teller. A count held back by the small-cell rule is drawn as nothing (the table
 * says "not shown"). Pure, so it can be tested.
 */
export function comparisonChartOption(
  comparison: StoryComparison,
  text: { teller: (k: StoryTellerKind) => string; group: (k: SelectionGroupKind) => string; description: string },
) {
  const rows = comparison.selected.rows;
  return {
    aria: { enabled: true, decal: { show: true }, label: { enabled: true, description: text.description } },
    color: chartColours,
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((r) => text.group(r.groupKind)), inverse: true, axisLabel: { width: 160, overflow: 'break' } },
    series: comparison.tellerKinds.map((kind, column) => ({
      name: text.teller(kind),
      type: 'bar',
      stack: 'selected',
      data: rows.map((r) => r.counts[column] ?? null),
    })),
  };
}

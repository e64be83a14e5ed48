import { activityKinds, type ActivityKind, type ActivityProgress } from '@thuis/domain';
import { chartColours } from '../plan/hoursChart';

/** The ECharts option of activities per theme, stacked by kind. Pure, so it can be tested. */
export function activityChartOption(byTheme: ActivityProgress['byTheme'], text: { kind: (k: ActivityKind) => string; noTheme: string; description: string }) {
  const labels = byTheme.map((t) => (t.themeId ? t.themeName : text.noTheme));
  return {
    aria: { enabled: true, decal: { show: true }, label: { enabled: true, description: text.description } },
    color: chartColours,
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { width: 160, overflow: 'break' } },
    series: activityKinds.map((kind) => ({
      name: text.kind(kind),
      type: 'bar',
      stack: 'activities',
      data: byTheme.map((t) => t.counts.find((c) => c.kind === kind)?.count ?? 0),
    })),
  };
}

import { chartColours } from '../plan/hoursChart';
import { partnerCell, type ReportRow } from './report';

/** The ECharts option: per group a bar per partner, as % of households spoken to. Pure, so it can be tested. */
export function referralChartOption(
  rows: readonly ReportRow[],
  partners: readonly { id: string; name: string }[],
  text: { percent: (value: number) => string; description: string },
) {
  return {
    aria: { enabled: true, decal: { show: true }, label: { enabled: true, description: text.description } },
    color: chartColours,
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => text.percent(Number(v)) },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 8, top: 48, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { interval: 0, width: 100, overflow: 'break' } },
    yAxis: { type: 'value', min: 0, axisLabel: { formatter: (v: number) => text.percent(v) } },
    series: partners.map((p) => ({
      name: p.name,
      type: 'bar',
      data: rows.map((r) => partnerCell(r, p.id).percent ?? 0),
    })),
  };
}

/** The ECharts option of the hours chart: budget next to the actual hours, stacked per organisation. Pure, so it can be tested. */

export interface HoursPhase {
  label: string;
  budget: number;
  byOrganisation: { organisationId: string; organisationName: string; hours: number }[];
}

// Colours with at least 3:1 contrast against white; the decal patterns set by `aria.decal` tell them apart without colour.
export const chartColours = ['#1c4181', '#b35900', '#1e6b33', '#7a1f7a', '#a3002b', '#00626b', '#5c5c00', '#444444'];

export function hoursChartOption(phases: readonly HoursPhase[], text: { budget: string; hours: (value: number) => string; description: string }) {
  const organisations = new Map<string, string>();
  for (const p of phases) for (const o of p.byOrganisation) organisations.set(o.organisationId, o.organisationName);
  return {
    aria: { enabled: true, decal: { show: true }, label: { enabled: true, description: text.description } },
    color: chartColours,
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => text.hours(Number(v)) },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 8, top: 48, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: phases.map((p) => p.label), axisLabel: { interval: 0, width: 80, overflow: 'break' } },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => text.hours(v) } },
    series: [
      { name: text.budget, type: 'bar', data: phases.map((p) => p.budget), barGap: '10%' },
      ...[...organisations].map(([id, name]) => ({
        name,
        type: 'bar',
        stack: 'actual',
        data: phases.map((p) => p.byOrganisation.find((o) => o.organisationId === id)?.hours ?? 0),
      })),
    ],
  };
}

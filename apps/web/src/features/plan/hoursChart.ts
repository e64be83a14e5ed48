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
    // Phases down the side, hours along the bottom: a phase's name has a row of its own and wraps
    // there, instead of running into its neighbours under a narrow column; the hour labels along
    // the axis are thinned out by ECharts where they would overlap.
    grid: { left: 8, right: 24, top: 48, bottom: 8, containLabel: true },
    yAxis: { type: 'category', inverse: true, data: phases.map((p) => p.label), axisLabel: { interval: 0, width: 140, overflow: 'break' } },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => text.hours(v), hideOverlap: true } },
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

import type { SurveyResults } from '@thuis/domain';
import { chartColours } from '../plan/hoursChart';

type Question = SurveyResults['questions'][number];

/**
 * The ECharts option of a scale question over time: a bar per round (x axis, in order of opening)
 * per building phase (series), the mean on the question's scale. A hidden mean is a gap, never a
 * zero. Pure, so it can be tested.
 */
export function surveyChartOption(question: Question, text: { round: (roundId: string) => string; group: (groupId: string) => string; description: string }) {
  const roundIds = [...new Set(question.series.flatMap((s) => s.points.map((p) => p.roundId)))];
  return {
    aria: { enabled: true, decal: { show: true }, label: { enabled: true, description: text.description } },
    color: chartColours,
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: roundIds.map(text.round), axisLabel: { width: 120, overflow: 'break' } },
    yAxis: { type: 'value', min: question.min ?? 0, max: question.max ?? undefined },
    series: question.series.map((s) => ({
      name: text.group(s.group),
      type: 'bar',
      data: roundIds.map((id) => s.points.find((p) => p.roundId === id)?.mean ?? null),
    })),
  };
}

import { useMemo } from 'react';
import type { SurveyResults } from '@thuis/domain';
import { ChartImage } from '../../ui/ChartImage';
import { surveyChartOption } from './surveyChart';

/** The mean of a scale question per round and building phase; the table under it has every figure. */
export default function SurveyChart({
  question,
  round,
  group,
  summary,
}: {
  question: SurveyResults['questions'][number];
  round: (roundId: string) => string;
  group: (groupId: string) => string;
  summary: string;
}) {
  const option = useMemo(() => surveyChartOption(question, { round, group, description: summary }), [question, round, group, summary]);
  return <ChartImage option={option} summary={summary} />;
}

import { useMemo } from 'react';
import type { ActivityKind, ActivityProgress } from '@thuis/domain';
import { ChartImage } from '../../ui/ChartImage';
import { activityChartOption } from './progressChart';

/** Activities per theme, by kind; the table next to it has every figure. */
export default function ActivityChart({
  byTheme,
  kindLabel,
  noTheme,
  summary,
}: {
  byTheme: ActivityProgress['byTheme'];
  kindLabel: (k: ActivityKind) => string;
  noTheme: string;
  summary: string;
}) {
  const option = useMemo(() => activityChartOption(byTheme, { kind: kindLabel, noTheme, description: summary }), [byTheme, kindLabel, noTheme, summary]);
  return <ChartImage option={option} summary={summary} height={`${Math.max(12, 4 + byTheme.length * 2.5)}rem`} />;
}

import { useMemo } from 'react';
import type { SelectionGroupKind, StoryComparison, StoryTellerKind } from '@thuis/domain';
import { ChartImage } from '../../ui/ChartImage';
import { comparisonChartOption } from './comparisonChart';

/** Selected stories per kind of group, by kind of teller; the table next to it has every figure. */
export default function StoryComparisonChart({
  comparison,
  tellerLabel,
  groupLabel,
  summary,
}: {
  comparison: StoryComparison;
  tellerLabel: (k: StoryTellerKind) => string;
  groupLabel: (k: SelectionGroupKind) => string;
  summary: string;
}) {
  const option = useMemo(
    () => comparisonChartOption(comparison, { teller: tellerLabel, group: groupLabel, description: summary }),
    [comparison, tellerLabel, groupLabel, summary],
  );
  return <ChartImage option={option} summary={summary} height={`${Math.max(12, 6 + comparison.selected.rows.length * 3)}rem`} />;
}

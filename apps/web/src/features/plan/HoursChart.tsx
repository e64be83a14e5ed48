import { useMemo } from 'react';
import { ChartImage } from '../../ui/ChartImage';
import { hoursChartOption, type HoursPhase } from './hoursChart';

/** Budget against actual hours per phase; the table next to it has every figure. */
export default function HoursChart({
  phases,
  budgetLabel,
  formatHours,
  summary,
}: {
  phases: HoursPhase[];
  budgetLabel: string;
  formatHours: (value: number) => string;
  summary: string;
}) {
  const option = useMemo(
    () => hoursChartOption(phases, { budget: budgetLabel, hours: formatHours, description: summary }),
    [phases, budgetLabel, formatHours, summary],
  );
  return <ChartImage option={option} summary={summary} />;
}

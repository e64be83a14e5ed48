import { useMemo } from 'react';
import { ChartImage } from '../../ui/ChartImage';
import { answerChartOption } from './answerChart';
import { chartHeight, type AnswerRow } from './overview';

/** One question (or the cards) as horizontal bars; the table under it has every figure. Loaded lazily with ECharts. */
export default function AnswerChart({
  rows,
  name,
  summary,
  formatNumber,
  formatCell,
}: {
  rows: readonly AnswerRow[];
  name: string;
  summary: string;
  formatNumber: (n: number) => string;
  formatCell: (row: AnswerRow) => string;
}) {
  const option = useMemo(
    () => answerChartOption(rows, { name, number: formatNumber, cell: formatCell, description: summary }),
    [rows, name, formatNumber, formatCell, summary],
  );
  return <ChartImage option={option} summary={summary} height={`${chartHeight(rows.length)}rem`} />;
}

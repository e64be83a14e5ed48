import { useMemo } from 'react';
import { ChartImage } from '../../ui/ChartImage';
import type { ReportRow } from './report';
import { referralChartOption } from './reportChart';

/** Referrals per group, a bar per partner as % of the households spoken to; the table under it has every figure. */
export default function ReferralChart({
  rows,
  partners,
  formatPercent,
  summary,
}: {
  rows: ReportRow[];
  partners: { id: string; name: string }[];
  formatPercent: (value: number) => string;
  summary: string;
}) {
  const option = useMemo(() => referralChartOption(rows, partners, { percent: formatPercent, description: summary }), [rows, partners, formatPercent, summary]);
  return <ChartImage option={option} summary={summary} />;
}

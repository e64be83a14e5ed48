import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { ReportRow } from './report';
import { referralChartOption } from './reportChart';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

/**
 * Referrals per group, a bar per partner as % of the households spoken to. The chart is one image
 * with a spoken summary (role="img", aria-label); the table under it has every figure.
 */
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
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: 'svg' });
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(referralChartOption(rows, partners, { percent: formatPercent, description: summary }), true);
  }, [rows, partners, formatPercent, summary]);

  return (
    <div className="thuis-chart">
      {/* ECharts' aria option keeps role="img" and this label (its description) on the same element. */}
      <div ref={ref} className="thuis-chart__canvas" role="img" aria-label={summary} />
    </div>
  );
}

import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { hoursChartOption, type HoursPhase } from './hoursChart';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

/**
 * Budget against actual hours per phase. The chart is one image with a spoken summary
 * (role="img", aria-label); the table next to it has every figure.
 */
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
    chartRef.current?.setOption(hoursChartOption(phases, { budget: budgetLabel, hours: formatHours, description: summary }), true);
  }, [phases, budgetLabel, formatHours, summary]);

  return (
    <div className="thuis-chart">
      {/* ECharts' aria option keeps role="img" and this label (its description) on the same element. */}
      <div ref={ref} className="thuis-chart__canvas" role="img" aria-label={summary} />
    </div>
  );
}

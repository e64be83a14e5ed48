import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

export type ChartOption = Parameters<echarts.ECharts['setOption']>[0];

/**
 * An ECharts chart as one image with a spoken summary (role="img", aria-label); the page shows
 * every figure in a table as well. Imported directly (not through ui/index) so pages can load
 * ECharts lazily. `height` (a CSS length) replaces the default height, e.g. to fit a bar per answer.
 */
export function ChartImage({ option, summary, height }: { option: ChartOption; summary: string; height?: string }) {
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
    chartRef.current?.setOption(option, true);
  }, [option]);

  return (
    <div className="thuis-chart">
      {/* ECharts' aria option keeps role="img" and this label (its description) on the same element. */}
      <div ref={ref} className="thuis-chart__canvas" role="img" aria-label={summary} style={height ? { blockSize: height } : undefined} />
    </div>
  );
}

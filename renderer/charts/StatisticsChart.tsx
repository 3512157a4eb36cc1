import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { StatisticRow } from '../../shared/domain/statistics.ts';
import { chartHeight, statisticsChartOption, type ChartLook } from '../../shared/charts/statistics-chart-option.ts';

// Only the parts drawn here, in SVG: crisp when printed, and its words are text a reader can find.
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** The numbers of one table as bars, nominated beside awarded (the drawing the report's pictures share). */
export function StatisticsChart({
  rows,
  title,
  alongYears,
  look,
  size,
}: {
  rows: readonly StatisticRow[];
  title: string;
  alongYears: boolean;
  /** The printed copy draws in the paper's font; the screen in the app's. */
  look?: ChartLook;
  /** A fixed size (on paper); otherwise the column's width and the height its rows need. */
  size?: { width: number; height: number };
}) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!holder.current) return undefined;
    const chart = echarts.init(holder.current, null, { renderer: 'svg' });
    chart.setOption(statisticsChartOption(rows, alongYears, look));
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [rows, alongYears, look]);
  return (
    <div
      ref={holder}
      className="statistics-chart"
      role="img"
      aria-label={`Biểu đồ ${title}`}
      style={size ?? { height: chartHeight(rows.length, alongYears) }}
    />
  );
}

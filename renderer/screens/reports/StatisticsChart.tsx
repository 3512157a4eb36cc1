import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { StatisticRow } from '../../../shared/domain/statistics.ts';

// Only the parts drawn here, in SVG: crisp when printed, and its words are text a reader can find.
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

const SERIES = [
  { key: 'nominated', name: 'Đề cử', color: '#8c8c8c' },
  { key: 'awarded', name: 'Được khen thưởng', color: '#b71c1c' },
] as const;

/**
 * The numbers of one table as bars, nominated beside awarded. Long names (units, fields) run down
 * the side, largest on top; years run along the bottom in their order.
 */
export function StatisticsChart({ rows, title, alongYears }: { rows: readonly StatisticRow[]; title: string; alongYears: boolean }) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!holder.current) return undefined;
    const chart = echarts.init(holder.current, null, { renderer: 'svg' });
    const labels = rows.map((row) => row.label);
    const category = {
      type: 'category' as const,
      data: alongYears ? labels : [...labels].reverse(),
      axisLabel: { width: 150, overflow: 'truncate' as const },
    };
    const value = { type: 'value' as const, minInterval: 1 };
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'inherit' },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 20, right: 28, top: 36, bottom: 8, containLabel: true },
      xAxis: alongYears ? category : value,
      yAxis: alongYears ? value : category,
      series: SERIES.map((series) => ({
        type: 'bar',
        name: series.name,
        itemStyle: { color: series.color },
        label: { show: true, position: alongYears ? 'top' : 'right' },
        data: (alongYears ? rows : [...rows].reverse()).map((row) => row[series.key]),
      })),
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [rows, alongYears]);
  const height = alongYears ? 360 : Math.max(240, 80 + rows.length * 44);
  return <div ref={holder} className="statistics-chart" role="img" aria-label={`Biểu đồ ${title}`} style={{ height }} />;
}

import type { StatisticRow } from '../domain/statistics.ts';

/**
 * The one drawing of a statistics table as bars, nominated beside awarded: the Báo cáo screen, its
 * printed copy and the pictures of the result report all use it, so the three look alike. Long
 * names (units, fields) run down the side, largest on top; years run along the bottom in order.
 */

export const CHART_SERIES = [
  { key: 'nominated', name: 'Đề cử', color: '#8c8c8c' },
  { key: 'awarded', name: 'Được khen thưởng', color: '#b71c1c' },
] as const;

export interface ChartLook {
  fontFamily: string;
  fontSize: number;
  /** How wide a category name may run before it is cut with "…". */
  labelWidth: number;
}

// A named font, not "inherit": ECharts measures the names with it to keep them inside the chart.
const SCREEN_LOOK: ChartLook = { fontFamily: "'Segoe UI', Arial, sans-serif", fontSize: 12, labelWidth: 150 };

/** The height the chart needs: a row of bars per name when they run down the side. */
export function chartHeight(rows: number, alongYears: boolean, rowHeight = 44): number {
  return alongYears ? 360 : Math.max(240, 80 + rows * rowHeight);
}

/** An ECharts option (plain data, no functions: it is drawn in the browser and in the main process). */
export function statisticsChartOption(rows: readonly StatisticRow[], alongYears: boolean, look: ChartLook = SCREEN_LOOK) {
  const ordered = alongYears ? rows : [...rows].reverse();
  const text = { fontFamily: look.fontFamily, fontSize: look.fontSize, color: '#000' };
  const category = {
    type: 'category' as const,
    data: ordered.map((row) => row.label),
    axisLabel: { ...text, width: look.labelWidth, overflow: 'truncate' as const },
  };
  const value = { type: 'value' as const, minInterval: 1, axisLabel: text };
  return {
    animation: false,
    textStyle: text,
    legend: { top: 0, textStyle: text },
    tooltip: { trigger: 'axis' as const, axisPointer: { type: 'shadow' as const } },
    // ECharts 6 moves the grid in until the axis names fit (grid.outerBounds), so the sides are only a margin.
    grid: { left: 12, right: 36, top: 36, bottom: 24 },
    xAxis: alongYears ? category : value,
    yAxis: alongYears ? value : category,
    series: CHART_SERIES.map((series) => ({
      type: 'bar' as const,
      name: series.name,
      itemStyle: { color: series.color },
      label: { show: true, position: alongYears ? ('top' as const) : ('right' as const), ...text },
      data: ordered.map((row) => row[series.key]),
    })),
  };
}

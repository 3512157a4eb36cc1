import type { Chart } from '../document/model.ts';
import { chartHeight, type ChartLook } from './statistics-chart-option.ts';

/**
 * A chart as it stands on the paper: in the paper's serif font, a little narrower than the text
 * (150 of the 165 mm between the margins of A4), one row of bars every 8 mm, never taller than two
 * thirds of a page so the caption and a line of text fit beside it. Sizes are CSS pixels (96 per inch).
 */
export const PAPER_LOOK: ChartLook = { fontFamily: "'Times New Roman', 'Liberation Serif', serif", fontSize: 15, labelWidth: 190 };

const PX_PER_MM = 96 / 25.4;
const WIDTH_MM = 150;
const ROW_MM = 8;
const MAX_HEIGHT_MM = 160;

export function paperChartSize(chart: Pick<Chart, 'rows' | 'alongYears'>): { width: number; height: number } {
  const height = Math.min(chartHeight(chart.rows.length, chart.alongYears, ROW_MM * PX_PER_MM), MAX_HEIGHT_MM * PX_PER_MM);
  return { width: Math.round(WIDTH_MM * PX_PER_MM), height: Math.round(height) };
}

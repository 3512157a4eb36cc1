import fs from 'node:fs';
import path from 'node:path';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { Resvg } from '@resvg/resvg-js';
import type { Chart } from '../../../shared/document/model.ts';
import { PAPER_LOOK, paperChartSize } from '../../../shared/charts/paper-chart.ts';
import { statisticsChartOption } from '../../../shared/charts/statistics-chart-option.ts';

/**
 * The picture of a chart for the Word file: ECharts draws it as SVG here in the main process, with
 * the option the screen uses, and resvg turns that into a PNG three times the size it prints at
 * (about 290 dots per inch), white behind, in the paper's font.
 */

echarts.use([BarChart, GridComponent, LegendComponent, SVGRenderer]);

// Without a canvas ECharts guesses text widths, and takes every letter it does not know (all
// with Vietnamese marks) as a square: names would be cut far too early. Times New Roman's own
// widths of the plain letters (hundredths of the size, plus 32), a marked letter as its plain one.
const TIMES_WIDTHS = '9AIRRsn2AARX9A9<RRRRRRRRRR<<XXXL|hcch]XhhAGh]yhhXhcX]hh~hh]A<AORALRLRLARR<<R<nRRRRAG<RRhRRLP4PV';
const PLAIN = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D');

function measureText(text: string, font?: string): { width: number } {
  const size = Number(/(\d+(?:\.\d+)?)px/u.exec(font ?? '')?.[1] ?? 12);
  let width = 0;
  for (const char of PLAIN(text)) {
    const code = char.charCodeAt(0);
    width += code >= 32 && code < 127 ? (TIMES_WIDTHS.charCodeAt(code - 32) - 32) / 100 : 0.6;
  }
  return { width: width * size };
}
echarts.setPlatformAPI({ measureText: measureText as never });

/** Times New Roman where Windows keeps it; Liberation Serif (the same widths) on Linux. */
function paperFonts(): string[] {
  const windows = path.join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts');
  const candidates = [
    path.join(windows, 'times.ttf'),
    path.join(windows, 'timesbd.ttf'),
    '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf',
    '/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf',
  ];
  return candidates.filter((file) => fs.existsSync(file));
}

let fonts: string[] | null = null;

/** The chart as SVG, at its size on the paper (CSS pixels). */
export function chartSvg(chart: Chart): string {
  const { width, height } = paperChartSize(chart);
  const drawing = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    const { tooltip: _onScreenOnly, ...option } = statisticsChartOption(chart.rows, chart.alongYears, PAPER_LOOK);
    drawing.setOption(option);
    return drawing.renderToSVGString();
  } finally {
    drawing.dispose();
  }
}

export function drawChartPng(chart: Chart): Buffer {
  fonts ??= paperFonts();
  const picture = new Resvg(chartSvg(chart), {
    fitTo: { mode: 'zoom', value: 3 },
    background: 'white',
    font: {
      loadSystemFonts: fonts.length === 0,
      fontFiles: fonts,
      defaultFontFamily: fonts.some((file) => file.includes('Liberation')) ? 'Liberation Serif' : 'Times New Roman',
    },
  });
  return picture.render().asPng();
}

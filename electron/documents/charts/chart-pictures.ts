import { createRequire } from 'node:module';
import type { AdminDocument, Chart } from '../../../shared/document/model.ts';

type Drawer = typeof import('./draw-chart.ts');

let drawer: Drawer | null = null;

/**
 * ECharts and resvg are loaded only when a paper has a chart. Bundled (the app, the command line),
 * the drawer is its own bundle beside this one, ECharts inside it; from the sources (tests,
 * start:browser) Node runs the TypeScript file itself.
 */
async function loadDrawer(): Promise<Drawer> {
  if (drawer) return drawer;
  if (import.meta.url.endsWith('.cjs')) {
    drawer = createRequire(import.meta.url)('./chart-picture.cjs') as Drawer;
  } else {
    // A name the bundler leaves alone: the bundled app must not carry ECharts in its main file.
    const source = './draw-chart.ts';
    drawer = (await import(source)) as Drawer;
  }
  return drawer;
}

/** The PNG of every chart of the document, drawn before the Word file is put together. */
export async function chartPictures(doc: AdminDocument): Promise<Map<Chart, Buffer>> {
  const charts = doc.sections.flatMap((section) => section.blocks.filter((block): block is Chart => block.kind === 'chart'));
  const pictures = new Map<Chart, Buffer>();
  if (charts.length === 0) return pictures;
  const { drawChartPng } = await loadDrawer();
  for (const chart of charts) pictures.set(chart, drawChartPng(chart));
  return pictures;
}

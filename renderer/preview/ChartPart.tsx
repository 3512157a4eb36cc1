import { lazy, Suspense } from 'react';
import { PAPER_LOOK, paperChartSize } from '../../shared/charts/paper-chart.ts';
import type { Chart } from '../../shared/document/model.ts';

// ECharts is loaded with the first paper that has a chart, not with every preview.
const StatisticsChart = lazy(() => import('../charts/StatisticsChart.tsx').then((module) => ({ default: module.StatisticsChart })));

/** A chart on the page at the size and in the font of its picture in the Word file. */
export function ChartPart({ chart }: { chart: Chart }) {
  const size = paperChartSize(chart);
  return (
    <div className="doc-chart">
      <Suspense fallback={<div style={size} />}>
        <StatisticsChart rows={chart.rows} title={chart.title} alongYears={chart.alongYears} look={PAPER_LOOK} size={size} />
      </Suspense>
    </div>
  );
}

import fs from 'node:fs';
import { DIMENSION_LABELS, type StatisticDimension } from '../../../shared/domain/statistics.ts';
import { asciiFileName } from '../../../shared/text/normalize.ts';
import type { ServiceContext } from '../core/context.ts';
import { campaignStatistics } from './campaign-statistics.ts';

/** One table of the Báo cáo screen as an .xlsx where the user chooses (the command line: --out). */
export async function exportStatisticsTable(ctx: ServiceContext, campaignId: number, dimension: StatisticDimension) {
  const statistics = campaignStatistics(ctx, campaignId);
  const rows = statistics.tables[dimension];
  const title =
    dimension === 'years'
      ? 'KẾT QUẢ PHÁT HIỆN, BỒI DƯỠNG ĐIỂN HÌNH TIÊN TIẾN QUA CÁC NĂM'
      : `KẾT QUẢ NĂM ${statistics.year} THEO ${DIMENSION_LABELS[dimension].toLocaleUpperCase('vi')}`;
  const { buildStatisticsSheet } = await import('../../sheets/statistics-sheet.ts');
  const buffer = await buildStatisticsSheet({ title, dimensionLabel: DIMENSION_LABELS[dimension], rows, withTotal: dimension !== 'years' });
  const suggested = asciiFileName(
    `Thong-ke-${dimension === 'years' ? 'qua-cac-nam' : `${statistics.year}-theo-${DIMENSION_LABELS[dimension]}`}`,
  );
  const target = await ctx.platform.chooseSavePath({ suggestedName: `${suggested}.xlsx`, extension: 'xlsx' });
  if (!target) return { saved: null, rows: rows.length };
  fs.writeFileSync(target, buffer);
  return { saved: target, rows: rows.length };
}

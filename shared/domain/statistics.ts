import * as z from 'zod';

/**
 * The figures of the Báo cáo screen and of the result report: how many were nominated (not
 * withdrawn) and how many were awarded (an issued decision), by one dimension at a time.
 */
export const STATISTIC_DIMENSIONS = ['unit', 'kind', 'ethnicity', 'gender', 'field', 'awardForm', 'years'] as const;
export type StatisticDimension = (typeof STATISTIC_DIMENSIONS)[number];

export const DIMENSION_LABELS: Record<StatisticDimension, string> = {
  unit: 'Đơn vị',
  kind: 'Loại',
  ethnicity: 'Dân tộc',
  gender: 'Giới tính (cá nhân)',
  field: 'Lĩnh vực thành tích',
  awardForm: 'Hình thức khen thưởng',
  years: 'Năm',
};

/** What a value of the dimension stands for when a nominee's record leaves it empty. */
export const NOT_RECORDED = 'Chưa ghi';

export const statisticRowSchema = z.object({
  label: z.string(),
  nominated: z.number().int().nonnegative(),
  awarded: z.number().int().nonnegative(),
});
export type StatisticRow = z.infer<typeof statisticRowSchema>;

export const campaignStatisticsSchema = z.object({
  campaignId: z.number(),
  year: z.number(),
  nominated: z.number(),
  awarded: z.number(),
  /** One table per dimension, largest first ("years" in order of the years). */
  tables: z.record(z.enum(STATISTIC_DIMENSIONS), z.array(statisticRowSchema)),
});
export type CampaignStatistics = z.infer<typeof campaignStatisticsSchema>;

/** The sum of a table's rows (its "Tổng cộng"). */
export function totalOf(rows: readonly Pick<StatisticRow, 'nominated' | 'awarded'>[]): { nominated: number; awarded: number } {
  return rows.reduce((sum, row) => ({ nominated: sum.nominated + row.nominated, awarded: sum.awarded + row.awarded }), {
    nominated: 0,
    awarded: 0,
  });
}

/** The share awarded, as the tables print it ("42,9 %"); a dash where nobody was nominated. */
export function awardedShare(row: Pick<StatisticRow, 'nominated' | 'awarded'>): string {
  if (row.nominated === 0) return '–';
  return `${((row.awarded / row.nominated) * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} %`;
}

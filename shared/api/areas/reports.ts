import * as z from 'zod';
import { id } from '../../domain/fields.ts';
import { campaignStatisticsSchema, STATISTIC_DIMENSIONS } from '../../domain/statistics.ts';

/** Báo cáo: the figures of a campaign by unit, kind, ethnicity, gender, field, award form and across years. */

const campaignId = id('Mã chiến dịch');

export const reportsMethods = {
  'reports.statistics': {
    input: z.strictObject({ campaignId }),
    output: campaignStatisticsSchema,
  },
  /** One table of the screen as an .xlsx where the user chooses. */
  'reports.exportTable': {
    input: z.strictObject({ campaignId, dimension: z.enum(STATISTIC_DIMENSIONS, 'Chọn một bảng thống kê') }),
    output: z.strictObject({ saved: z.string().nullable(), rows: z.number() }),
  },
} as const;

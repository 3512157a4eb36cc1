import * as z from 'zod';
import { documentNumber, id, isoDate, multilineText } from '../../domain/fields.ts';
import { campaignStatisticsSchema, STATISTIC_DIMENSIONS } from '../../domain/statistics.ts';
import { documentSchema, formatProblemSchema } from '../../document/schema.ts';
import { cleanText } from '../../text/normalize.ts';
import { historyEntrySchema, historyPersonSchema } from '../../domain/history.ts';
import { earlierAwardMappingSchema, earlierAwardRowSchema } from '../../domain/earlier-awards.ts';

/**
 * Báo cáo: the figures of a campaign by unit, kind, ethnicity, gender, field, award form and across
 * years, and the Báo cáo kết quả (…/BC-BDT) worked out from the records, issued like the plan.
 */

const campaignId = id('Mã chiến dịch');
const wordsSchema = z.strictObject({
  lessons: multilineText(),
  proposals: multilineText(),
  charts: z.array(z.enum(STATISTIC_DIMENSIONS, 'Biểu đồ không có trong danh sách')).max(STATISTIC_DIMENSIONS.length).default([]),
});
const savedWordsSchema = z.object({ lessons: z.string(), proposals: z.string(), charts: z.array(z.enum(STATISTIC_DIMENSIONS)) });
const earlierListInput = z.strictObject({
  fileName: z.string().min(1, 'Thiếu tên tệp').max(260),
  contentBase64: z
    .string()
    .min(1, 'Tệp rỗng')
    .max(20_000_000, 'Tệp quá lớn (tối đa khoảng 15 MB)')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/u, 'Nội dung tệp không đúng dạng base64'),
  /** The columns as the user told them; without it, the ones remembered for the file's headers, else guessed. */
  mapping: earlierAwardMappingSchema.optional(),
});
const earlierListSchema = z.object({
  fileName: z.string(),
  headers: z.array(z.string()),
  mapping: earlierAwardMappingSchema,
  /** The mapping was the one remembered for files with these headers. */
  remembered: z.boolean(),
  /** The first 500 rows, as they will be taken. */
  rows: z.array(earlierAwardRowSchema),
  total: z.number(),
  toAdd: z.number(),
  already: z.number(),
  refused: z.number(),
  /** The same file imported before, still in the history. */
  sameFile: z.object({ fileName: z.string(), importedAt: z.string() }).nullable(),
});

const issuedReportSchema = z.object({ id: z.number(), number: z.number(), symbol: z.string(), issuedOn: z.string() });

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
  /** The result report as the preview draws it: an issued one as issued, else the draft of today's records. */
  'reports.resultDocument': {
    input: z.strictObject({ campaignId, issuedId: id('Mã văn bản').optional() }),
    output: z.object({
      document: documentSchema,
      problems: z.array(formatProblemSchema),
      words: savedWordsSchema,
      issued: z.array(issuedReportSchema),
      /** The next free number of a report this year, and today as the app's clock reads it (the default date). */
      suggestedNumber: z.number(),
      today: z.string(),
    }),
  },
  /** The lessons and proposals, the part of the report the records do not hold. */
  'reports.saveWords': {
    input: z.strictObject({ campaignId, words: wordsSchema }),
    output: savedWordsSchema,
  },
  'reports.issueResult': {
    input: z.strictObject({ campaignId, number: documentNumber, date: isoDate('Ngày báo cáo') }),
    output: issuedReportSchema,
  },
  /** Sổ vàng: everyone ever nominated whose name holds the search (accents ignored), with each campaign's outcome. */
  'reports.history': {
    input: z.strictObject({ search: z.string().max(200, 'Dài quá 200 ký tự').transform(cleanText) }),
    output: z.object({ people: z.array(historyPersonSchema), more: z.boolean() }),
  },
  /** An earlier award list (Excel) read with its columns, nothing stored. */
  'reports.previewEarlierList': { input: earlierListInput, output: earlierListSchema },
  /** The rows of an earlier list not yet in the history, added; the columns remembered for files like it. */
  'reports.importEarlierList': {
    input: earlierListInput,
    output: earlierListSchema.extend({ importId: z.number().nullable(), added: z.number() }),
  },
  /** An imported earlier list taken out of the history again (the undo of its import). */
  'reports.removeEarlierList': {
    input: z.strictObject({ importId: id('Mã danh sách đã nhập') }),
    output: z.object({ removed: z.number() }),
  },
  /** The awards the same person or collective had in other campaigns. */
  'reports.earlierAwards': {
    input: z.strictObject({ nomineeId: id('Mã đề cử') }),
    output: z.array(historyEntrySchema),
  },
  /** The issued report asked for, else the draft when asked (what the screen shows), else the latest issued one. */
  'reports.exportResult': {
    input: z.strictObject({ campaignId, issuedId: id('Mã văn bản').optional(), draft: z.boolean().optional() }),
    output: z.strictObject({ saved: z.string().nullable() }),
  },
} as const;

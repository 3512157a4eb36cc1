import { z } from 'zod';
import { id, isoDate } from '../fields.ts';
import { TEMPLATE_COLUMNS } from '../../domain/template-columns.ts';
import { nomineeFieldsSchema } from './nominees.ts';

const columnKeys = TEMPLATE_COLUMNS.map((column) => column.key) as [string, ...string[]];
const rawRow = z.partialRecord(z.enum(columnKeys), z.string().max(8000));

const fileInput = {
  campaignId: id('Mã chiến dịch'),
  fileName: z.string().min(1, 'Thiếu tên tệp').max(260),
  /** The file's bytes; at most about 15 MB. */
  contentBase64: z.string().min(1, 'Tệp rỗng').max(20_000_000, 'Tệp quá lớn (tối đa khoảng 15 MB)'),
  /** The unit chosen on screen, used when the file itself does not say. */
  unitId: id('Đơn vị').optional(),
  /** Values the user corrected in the preview, by sheet row. */
  corrections: z
    .array(z.strictObject({ row: z.number().int().positive(), values: rawRow }))
    .max(10_000)
    .optional(),
};

export const importPreviewSchema = z.object({
  fileName: z.string(),
  headerRow: z.number(),
  unitId: z.number().nullable(),
  unitTitle: z.string().nullable(),
  unitSource: z.enum(['title', 'rows', 'chosen']).nullable(),
  encoding: z.enum(['unicode', 'tcvn3', 'vni']),
  accepted: z.array(z.object({ row: z.number(), fields: nomineeFieldsSchema, notes: z.array(z.string()) })),
  rejected: z.array(z.object({ row: z.number(), reason: z.string(), values: rawRow })),
  blankRows: z.array(z.number()),
  /** Accepted rows that match a nominee already in the campaign (row → nominee id). */
  existing: z.record(z.string(), z.number()),
});
export type ImportPreviewResult = z.infer<typeof importPreviewSchema>;

export const importsMethods = {
  'imports.preview': { input: z.strictObject(fileInput), output: importPreviewSchema },
  'imports.commit': {
    input: z.strictObject({ ...fileInput, receivedOn: isoDate('Ngày nhận').optional() }),
    output: z.object({
      submissionId: z.number(),
      created: z.number(),
      updated: z.number(),
      rejected: z.array(z.object({ row: z.number(), reason: z.string() })),
      blankRows: z.number(),
    }),
  },
  'templates.export': {
    input: z.strictObject({ campaignId: id('Mã chiến dịch'), unitId: id('Đơn vị') }),
    output: z.object({ saved: z.string().nullable() }),
  },
  'templates.exportAll': {
    input: z.strictObject({ campaignId: id('Mã chiến dịch') }),
    output: z.object({ folder: z.string().nullable(), files: z.array(z.string()) }),
  },
} as const;

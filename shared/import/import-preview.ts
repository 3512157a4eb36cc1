import * as z from 'zod';
import { nomineeFieldsSchema } from '../domain/nominees.ts';
import { TEMPLATE_COLUMNS, type TemplateColumnKey } from '../domain/template-columns.ts';

/** What reading a district's file says, row by row, before anything is stored. */

const columnKeys = TEMPLATE_COLUMNS.map((column) => column.key) as [TemplateColumnKey, ...TemplateColumnKey[]];

/** A row's cells by template column, as typed in the file (or corrected in the preview). */
export const rawRowSchema = z.partialRecord(z.enum(columnKeys), z.string().max(8000));
export type RawRow = z.infer<typeof rawRowSchema>;

export const acceptedRowSchema = z.object({
  row: z.number(),
  fields: nomineeFieldsSchema,
  /** What was changed to read the row: encodings, spaces, spellings, aliases. */
  notes: z.array(z.string()),
});
export type AcceptedRow = z.infer<typeof acceptedRowSchema>;

/** The nominee an imported row may be, and why that is not sure when it is not. */
export const importMatchSchema = z.object({
  nomineeId: z.number(),
  name: z.string(),
  birthYear: z.number().nullable(),
  certain: z.boolean(),
  doubt: z.string().nullable(),
});
export type ImportMatch = z.infer<typeof importMatchSchema>;

/** A name that can mean several ethnic groups, asked with the groups it can be. */
export const ethnicQuestionSchema = z.object({
  written: z.string(),
  candidates: z.array(z.object({ code: z.string(), name: z.string() })),
});

export const rejectedRowSchema = z.object({
  row: z.number(),
  reason: z.string(),
  values: rawRowSchema,
  ethnicQuestion: ethnicQuestionSchema.optional(),
});
export type RejectedRow = z.infer<typeof rejectedRowSchema>;

export const importPreviewSchema = z.object({
  headerRow: z.number(),
  unitId: z.number().nullable(),
  unitTitle: z.string().nullable(),
  unitSource: z.enum(['title', 'rows', 'chosen']).nullable(),
  encoding: z.enum(['unicode', 'tcvn3', 'vni']),
  accepted: z.array(acceptedRowSchema),
  rejected: z.array(rejectedRowSchema),
  /** Rows with nothing but a number: the template's empty lines. */
  blankRows: z.array(z.number()),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

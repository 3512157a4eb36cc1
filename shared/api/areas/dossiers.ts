import * as z from 'zod';
import { id } from '../../domain/fields.ts';
import { documentSchema } from '../../document/schema.ts';
import { richTextSchema } from '../../domain/rich-text.ts';
import { dossierCheckSchema } from '../../domain/dossier-checklist.ts';
import { jobStatusSchema } from '../../domain/jobs.ts';

/** Hồ sơ điển hình: each nominee's Báo cáo thành tích, the trích ngang, the whole set as folders. */
export const dossiersMethods = {
  /** The report as the preview draws it, filled from the nominee's record. */
  /** With `content`, the report as it will be once that text is saved (the editor's preview). */
  'dossiers.report': {
    input: z.strictObject({ nomineeId: id('Mã đề cử'), content: richTextSchema.optional() }),
    output: z.object({ document: documentSchema }),
  },
  /** The achievement text to edit: as saved, else the short achievement as its first paragraph. */
  'dossiers.achievement': {
    input: z.strictObject({ nomineeId: id('Mã đề cử') }),
    output: z.object({ content: richTextSchema, saved: z.boolean() }),
  },
  'dossiers.saveAchievement': { input: z.strictObject({ nomineeId: id('Mã đề cử'), content: richTextSchema }), output: richTextSchema },
  'dossiers.exportReport': {
    input: z.strictObject({ nomineeId: id('Mã đề cử') }),
    output: z.strictObject({ saved: z.string().nullable() }),
  },
  /** The papers each dossier holds and lacks (one nominee's with nomineeId). */
  'dossiers.checklist': {
    input: z.strictObject({ campaignId: id('Mã chiến dịch'), nomineeId: id('Mã đề cử').optional() }),
    output: z.array(dossierCheckSchema),
  },
  /** The same as a job the screen follows (jobs.status) and may stop (jobs.cancel); null when no folder was chosen. */
  'dossiers.startExport': { input: z.strictObject({ campaignId: id('Mã chiến dịch') }), output: jobStatusSchema.nullable() },
  /** Every dossier of the campaign into a new folder inside the chosen one. */
  'dossiers.export': {
    input: z.strictObject({ campaignId: id('Mã chiến dịch') }),
    output: z.strictObject({ folder: z.string().nullable(), units: z.number(), reports: z.number(), attachments: z.number() }),
  },
} as const;

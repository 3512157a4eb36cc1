import * as z from 'zod';
import { id } from '../../domain/fields.ts';
import { documentSchema } from '../../document/schema.ts';

/** Hồ sơ điển hình: each nominee's Báo cáo thành tích, the trích ngang, the whole set as folders. */
export const dossiersMethods = {
  /** The report as the preview draws it, filled from the nominee's record. */
  'dossiers.report': { input: z.strictObject({ nomineeId: id('Mã đề cử') }), output: z.object({ document: documentSchema }) },
  'dossiers.exportReport': {
    input: z.strictObject({ nomineeId: id('Mã đề cử') }),
    output: z.strictObject({ saved: z.string().nullable() }),
  },
  /** Every dossier of the campaign into a new folder inside the chosen one. */
  'dossiers.export': {
    input: z.strictObject({ campaignId: id('Mã chiến dịch') }),
    output: z.strictObject({ folder: z.string().nullable(), units: z.number(), reports: z.number(), attachments: z.number() }),
  },
} as const;

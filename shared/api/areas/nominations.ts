import * as z from 'zod';
import { cleanText } from '../../text/normalize.ts';
import { id, isoDate, optionalText, text } from '../../domain/fields.ts';
import {
  NOMINEE_KINDS,
  NOMINEE_STATUSES,
  attachmentSchema,
  nomineeFieldsSchema,
  nomineeSchema,
  nomineeWarningSchema,
} from '../../domain/nominees.ts';
import { unitSubmissionSchema } from '../../domain/submissions.ts';
import { acceptedRowSchema, importMatchSchema, importPreviewSchema, rawRowSchema } from '../../import/import-preview.ts';

/**
 * Đề cử: nominees (nominees.*), the files kept with them (attachments.*), what each unit sent
 * (submissions.*), district files read in (imports.*) and the templates sent out (templates.*).
 */

const campaignId = id('Mã chiến dịch');

const fileInput = {
  campaignId: id('Mã chiến dịch'),
  fileName: z.string().min(1, 'Thiếu tên tệp').max(260),
  /** The file's bytes; at most about 15 MB. */
  contentBase64: z
    .string()
    .min(1, 'Tệp rỗng')
    .max(20_000_000, 'Tệp quá lớn (tối đa khoảng 15 MB)')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/u, 'Nội dung tệp không đúng dạng base64'),
  /** The unit chosen on screen, used when the file itself does not say. */
  unitId: id('Đơn vị').optional(),
  /** The day the unit's file was received (default today): the late rule looks at it. */
  receivedOn: isoDate('Ngày nhận').optional(),
  /** Values the user corrected in the preview, by sheet row. */
  corrections: z
    .array(z.strictObject({ row: z.number().int().positive(), values: rawRowSchema }))
    .max(10_000)
    .optional(),
  /** For rows matched to a nominee already there: update it, or add the row as a new nominee. */
  matches: z
    .array(z.strictObject({ row: z.number().int().positive(), action: z.enum(['update', 'create']) }))
    .max(10_000)
    .optional(),
  /** The group meant by a name that can mean several ("Mán"), for every row of the file that writes it. */
  ethnicChoices: z
    .array(z.strictObject({ written: z.string().min(1).max(200), code: z.string().regex(/^\d{2}$/u, 'Mã dân tộc gồm 2 chữ số') }))
    .max(200)
    .optional(),
};

/** An accepted row as it would be stored: its fields, the nominee it updates, and its warnings. */
export const previewedRowSchema = acceptedRowSchema.extend({
  match: importMatchSchema.nullable(),
  /** Whether it updates its match (else it is added as a new nominee). */
  update: z.boolean(),
  /** What an update replaces, and what it keeps because the file left it blank. */
  changes: z.array(z.string()),
  warnings: z.array(nomineeWarningSchema),
});

/** The import preview as the screen gets it: every row as it would be stored, and the warnings counted by rule. */
export const importPreviewResultSchema = importPreviewSchema.extend({
  fileName: z.string(),
  receivedOn: z.string(),
  /** The submission that brought this same file before: importing it again updates that one. */
  sameFileAs: z.number().nullable(),
  accepted: z.array(previewedRowSchema),
  warningCounts: z.array(z.object({ rule: z.string(), label: z.string(), count: z.number() })),
});
export type ImportPreviewResult = z.infer<typeof importPreviewResultSchema>;

/** What the nominee list is filtered and ordered by, on screen and when it is exported. */
const listFilters = {
  campaignId,
  // Cleaned as every text is (control characters such as NUL, invisible ones, extra spaces).
  search: z.string().max(200).transform(cleanText).optional(),
  unitId: id('Đơn vị').optional(),
  kind: z.enum(NOMINEE_KINDS).optional(),
  status: z.enum(NOMINEE_STATUSES).optional(),
  withWarnings: z.boolean().optional(),
  sort: z.enum(['name', 'unit']).optional(),
};

export const nominationsMethods = {
  /** Search ignores diacritics; people sort by given name as Vietnamese lists do. */
  'nominees.list': {
    input: z.strictObject({
      ...listFilters,
      /** A page of the list (default the first 50); `total` says how many match. */
      limit: z.number().int().min(1).max(100_000).optional(),
      offset: z.number().int().min(0).optional(),
    }),
    output: z.object({ total: z.number(), items: z.array(nomineeSchema) }),
  },
  /** The list as filtered, to an .xlsx chosen in a save dialog: title rows, the columns shown, A4 landscape. */
  'nominees.export': {
    input: z.strictObject(listFilters),
    output: z.object({ saved: z.string().nullable(), rows: z.number() }),
  },
  'nominees.save': {
    input: z.strictObject({ campaignId, id: id('Mã đề cử').optional(), fields: nomineeFieldsSchema }),
    output: nomineeSchema,
  },
  /** Removes a nominee from the list; it can be brought back with nominees.restore. */
  'nominees.delete': { input: z.strictObject({ id: id('Mã đề cử') }), output: z.object({ id: z.number() }) },
  'nominees.restore': { input: z.strictObject({ id: id('Mã đề cử') }), output: nomineeSchema },
  /**
   * Moves nominees by hand (hợp lệ, đang bồi dưỡng, rút, or a step back), all or none; a step back
   * or a withdrawal needs a reason. Results, proposals and awards come from their own screens.
   */
  'nominees.setStatus': {
    input: z.strictObject({
      ids: z.array(id('Mã đề cử')).min(1, 'Chọn ít nhất một đề cử').max(50_000),
      status: z.enum(NOMINEE_STATUSES),
      reason: optionalText(1000),
    }),
    output: z.object({ moved: z.number() }),
  },
  /** Deleted nominees of the campaign, last deleted first, to restore at any time. */
  'nominees.deleted': {
    input: z.strictObject({ campaignId }),
    output: z.array(
      z.object({ id: z.number(), name: z.string(), kind: z.enum(NOMINEE_KINDS), unitName: z.string(), deletedAt: z.string() }),
    ),
  },
  'nominees.acceptWarning': {
    input: z.strictObject({ id: id('Mã đề cử'), rule: z.string().min(1).max(40), reason: text('Lý do chấp nhận', 1000) }),
    output: nomineeSchema,
  },
  /** Files kept with a nominee: the district's cover letter, photos, confirmations. */
  'nominees.attachments': { input: z.strictObject({ id: id('Mã đề cử') }), output: z.array(attachmentSchema) },
  'nominees.attach': {
    input: z.strictObject({
      id: id('Mã đề cử'),
      fileName: z.string().min(1, 'Thiếu tên tệp').max(260),
      contentBase64: z
        .string()
        .min(1, 'Tệp rỗng')
        .max(20_000_000, 'Tệp quá lớn (tối đa khoảng 15 MB)')
        .regex(/^[A-Za-z0-9+/]*={0,2}$/u, 'Nội dung tệp không đúng dạng base64'),
      label: optionalText(200).optional(),
    }),
    output: z.array(attachmentSchema),
  },
  'nominees.detach': {
    input: z.strictObject({ id: id('Mã đề cử'), hash: z.string().regex(/^[0-9a-f]{64}$/u, 'Mã tệp không hợp lệ') }),
    output: z.array(attachmentSchema),
  },
  /** A kept file's content, to open or save it again. */
  'attachments.content': {
    input: z.strictObject({ hash: z.string().regex(/^[0-9a-f]{64}$/u, 'Mã tệp không hợp lệ') }),
    output: z.object({ fileName: z.string(), mediaType: z.string(), contentBase64: z.string() }),
  },
  'submissions.list': {
    input: z.strictObject({ campaignId, today: isoDate('Ngày hôm nay').optional() }),
    output: z.array(unitSubmissionSchema),
  },
  /**
   * When something a unit sent arrived: one of its submissions (a file, a paper list), or without
   * submissionId the unit's list on paper. The late warnings of its nominees follow at once.
   */
  'submissions.setReceived': {
    input: z.strictObject({
      campaignId,
      unitId: id('Đơn vị'),
      submissionId: id('Lần gửi').optional(),
      receivedOn: z.union([isoDate('Ngày nhận'), z.null()]),
    }),
    output: z.array(unitSubmissionSchema),
  },
  'imports.preview': { input: z.strictObject(fileInput), output: importPreviewResultSchema },
  'imports.commit': {
    input: z.strictObject(fileInput),
    output: z.object({
      submissionId: z.number(),
      fileName: z.string(),
      unitTitle: z.string().nullable(),
      /** The rows stored, as the preview showed them. */
      accepted: z.array(previewedRowSchema),
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

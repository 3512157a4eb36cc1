import { z } from 'zod';
import { id, isoDate, optionalText, text } from '../fields.ts';
import { NOMINEE_KINDS, NOMINEE_STATUSES } from '../../domain/nominees.ts';

const nullableText = (max = 4000) => z.union([optionalText(max).transform((value) => value || null), z.null()]);

/** Every field of the district template (issue 4), as a user or an import fills it. */
export const nomineeFieldsSchema = z.strictObject({
  unitId: id('Đơn vị'),
  kind: z.enum(NOMINEE_KINDS),
  name: text('Họ và tên / Tên tập thể', 300),
  collectiveForm: nullableText(200),
  representative: nullableText(200),
  gender: z.union([z.enum(['nam', 'nu']), z.null()]),
  birthYear: z.union([z.number().int('Năm sinh là số nguyên').min(1900, 'Năm sinh từ 1900').max(2100, 'Năm sinh không hợp lý'), z.null()]),
  ethnicCode: z.union([z.string().regex(/^\d{2}$/u, 'Mã dân tộc gồm 2 chữ số'), z.null()]),
  position: optionalText(300),
  village: optionalText(200),
  commune: optionalText(200),
  district: optionalText(200),
  phone: optionalText(40),
  achievementField: optionalText(300),
  achievementSummary: optionalText(8000),
  priorAwards: optionalText(4000),
});
export type NomineeFields = z.output<typeof nomineeFieldsSchema>;

export const nomineeWarningSchema = z.object({
  rule: z.string(),
  message: z.string(),
  accepted: z.object({ reason: z.string(), by: z.string(), at: z.string() }).nullable(),
});

export const nomineeSchema = z.object({
  id: z.number(),
  campaignId: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  kind: z.enum(NOMINEE_KINDS),
  name: z.string(),
  collectiveForm: z.string().nullable(),
  representative: z.string().nullable(),
  gender: z.enum(['nam', 'nu']).nullable(),
  birthYear: z.number().nullable(),
  ethnicCode: z.string().nullable(),
  ethnicity: z.string().nullable(),
  position: z.string(),
  village: z.string(),
  commune: z.string(),
  district: z.string(),
  phone: z.string(),
  achievementField: z.string(),
  achievementSummary: z.string(),
  priorAwards: z.string(),
  status: z.enum(NOMINEE_STATUSES),
  receivedOn: z.string().nullable(),
  warnings: z.array(nomineeWarningSchema),
  createdAt: z.string(),
});
export type Nominee = z.infer<typeof nomineeSchema>;

export const unitSubmissionSchema = z.object({
  unitId: z.number(),
  unitTitle: z.string(),
  quota: z.object({ collective: z.number(), individual: z.number() }),
  filled: z.object({ collective: z.number(), individual: z.number() }),
  receivedOn: z.string().nullable(),
  state: z.enum(['on-time', 'late', 'not-yet']),
  daysLeft: z.number(),
  warnings: z.number(),
  files: z.array(z.object({ hash: z.string(), fileName: z.string(), receivedOn: z.string().nullable() })),
});
export type UnitSubmission = z.infer<typeof unitSubmissionSchema>;

export const attachmentSchema = z.object({
  hash: z.string(),
  fileName: z.string(),
  label: z.string(),
  size: z.number(),
  mediaType: z.string(),
});
export type NomineeAttachment = z.infer<typeof attachmentSchema>;

const campaignId = id('Mã chiến dịch');

export const nomineesMethods = {
  'ethnicGroups.list': {
    input: z.strictObject({}),
    output: z.array(z.object({ code: z.string(), name: z.string(), displayName: z.string(), minority: z.boolean() })),
  },
  /** Search ignores diacritics; people sort by given name as Vietnamese lists do. */
  'nominees.list': {
    input: z.strictObject({
      campaignId,
      search: z.string().max(200).optional(),
      unitId: id('Đơn vị').optional(),
      kind: z.enum(NOMINEE_KINDS).optional(),
      status: z.enum(NOMINEE_STATUSES).optional(),
      withWarnings: z.boolean().optional(),
      sort: z.enum(['name', 'unit']).optional(),
      /** A page of the list (default the first 200); `total` says how many match. */
      limit: z.number().int().min(1).max(100_000).optional(),
      offset: z.number().int().min(0).optional(),
    }),
    output: z.object({ total: z.number(), items: z.array(nomineeSchema) }),
  },
  'nominees.save': {
    input: z.strictObject({ campaignId, id: id('Mã đề cử').optional(), fields: nomineeFieldsSchema }),
    output: nomineeSchema,
  },
  /** Removes a nominee from the list; it can be brought back with nominees.restore. */
  'nominees.delete': { input: z.strictObject({ id: id('Mã đề cử') }), output: z.object({ id: z.number() }) },
  'nominees.restore': { input: z.strictObject({ id: id('Mã đề cử') }), output: nomineeSchema },
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
      contentBase64: z.string().min(1, 'Tệp rỗng').max(20_000_000, 'Tệp quá lớn (tối đa khoảng 15 MB)'),
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
  'submissions.setReceived': {
    input: z.strictObject({ campaignId, unitId: id('Đơn vị'), receivedOn: z.union([isoDate('Ngày nhận'), z.null()]) }),
    output: z.array(unitSubmissionSchema),
  },
} as const;

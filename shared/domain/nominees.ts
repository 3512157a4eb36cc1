import * as z from 'zod';
import { id, optionalText, text } from './fields.ts';

/** Kinds of nominee the plan names: a collective (tập thể) or an individual (cá nhân). */
export const NOMINEE_KINDS = ['collective', 'individual'] as const;
export type NomineeKind = (typeof NOMINEE_KINDS)[number];

export const NOMINEE_KIND_LABELS: Record<NomineeKind, string> = {
  collective: 'Tập thể',
  individual: 'Cá nhân',
};

/** In the order of the phases (see nominee-status.ts for how a nominee moves between them). */
export const NOMINEE_STATUSES = ['nominated', 'valid', 'nurturing', 'passed', 'failed', 'proposed', 'awarded', 'withdrawn'] as const;
export type NomineeStatus = (typeof NOMINEE_STATUSES)[number];

/** A withdrawn nominee stays on record but no longer counts toward its unit's quota. */
export const WITHDRAWN: NomineeStatus = 'withdrawn';

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Record<Gender, string> = { male: 'Nam', female: 'Nữ' };

export const NOMINEE_STATUS_LABELS: Record<NomineeStatus, string> = {
  nominated: 'Đã đề cử',
  valid: 'Hợp lệ',
  nurturing: 'Đang bồi dưỡng',
  passed: 'Đánh giá đạt',
  failed: 'Đánh giá không đạt',
  proposed: 'Đề nghị khen thưởng',
  awarded: 'Đã khen thưởng',
  withdrawn: 'Rút khỏi danh sách',
};

const nullableText = (max = 4000) => z.union([optionalText(max).transform((value) => value || null), z.null()]);

/** Every field of the district template, as a user or an import fills it. */
export const nomineeFieldsSchema = z.strictObject({
  unitId: id('Đơn vị'),
  kind: z.enum(NOMINEE_KINDS),
  name: text('Họ và tên / Tên tập thể', 300),
  collectiveForm: nullableText(200),
  representative: nullableText(200),
  gender: z.union([z.enum(GENDERS), z.null()]),
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
  gender: z.enum(GENDERS).nullable(),
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

/** A nominee's own fields, as the dialog and nominees.save take them. */
export function nomineeFields(nominee: Nominee): NomineeFields {
  return {
    unitId: nominee.unitId,
    kind: nominee.kind,
    name: nominee.name,
    collectiveForm: nominee.collectiveForm,
    representative: nominee.representative,
    gender: nominee.gender,
    birthYear: nominee.birthYear,
    ethnicCode: nominee.ethnicCode,
    position: nominee.position,
    village: nominee.village,
    commune: nominee.commune,
    district: nominee.district,
    phone: nominee.phone,
    achievementField: nominee.achievementField,
    achievementSummary: nominee.achievementSummary,
    priorAwards: nominee.priorAwards,
  };
}

export const attachmentSchema = z.object({
  hash: z.string(),
  fileName: z.string(),
  label: z.string(),
  size: z.number(),
  mediaType: z.string(),
});
export type NomineeAttachment = z.infer<typeof attachmentSchema>;

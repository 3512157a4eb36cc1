import { z } from 'zod';
import { email, id, isoDate, optionalText, text } from '../fields.ts';
import { SIGNER_AUTHORITIES } from '../../domain/plan.ts';

export const departmentSchema = z.strictObject({
  name: text('Tên phòng'),
  abbreviation: text('Viết tắt của phòng', 20),
});

/** Agency fields a user edits; the abbreviation goes into document symbols (15/KH-BDT). */
export const agencyFieldsSchema = z.strictObject({
  name: text('Tên cơ quan'),
  fullName: text('Tên đầy đủ của cơ quan'),
  parentBody: text('Cơ quan chủ quản'),
  abbreviation: z
    .string()
    .transform((value) => value.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(1, 'Chữ viết tắt: không được để trống')
        .max(20, 'Chữ viết tắt: dài quá 20 ký tự')
        .regex(/^[\p{Lu}\p{N}]+$/u, 'Chữ viết tắt chỉ gồm chữ in hoa và số, không dấu cách (ví dụ BDT)'),
    ),
  place: text('Địa danh'),
  headTitle: text('Chức vụ người đứng đầu'),
  deputyTitle: optionalText(),
  signerAuthority: z.enum(SIGNER_AUTHORITIES),
  signerTitle: optionalText(),
  signerName: text('Họ tên người ký'),
  departments: z.array(departmentSchema),
  contactName: text('Người liên hệ'),
  contactPosition: text('Chức vụ người liên hệ'),
  contactPhone: text('Điện thoại liên hệ', 40),
  email: z.union([email, z.literal('').transform(() => null), z.null()]),
});

export const agencySchema = agencyFieldsSchema.extend({
  id: z.number(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
});
export type Agency = z.infer<typeof agencySchema>;

export const baseSalarySchema = z.object({
  id: z.number(),
  amount: z.number(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  decree: z.string(),
  verified: z.string(),
});
export type BaseSalary = z.infer<typeof baseSalarySchema>;

const coefficient = (label: string) =>
  z
    .number({ error: `${label}: cần một số` })
    .int(`${label}: tính theo phần trăm của mức lương cơ sở, là số nguyên`)
    .min(0, `${label}: không được âm`)
    .max(10_000, `${label}: quá lớn`);

export const AWARD_SUBJECTS = ['individual', 'collective', 'household'] as const;

export const awardFormFieldsSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]+$/u, 'Mã hình thức chỉ gồm chữ thường không dấu, số và gạch nối'),
  name: text('Tên hình thức khen thưởng'),
  issuerTitle: text('Người quyết định'),
  decreeRef: text('Căn cứ (nghị định)'),
  validFrom: isoDate('Áp dụng từ ngày'),
  validTo: z.union([isoDate('Áp dụng đến ngày'), z.null()]),
  /** Hundredths of the base salary: 30 = 0,3 × mức lương cơ sở. Null when the law gives none. */
  coefficientIndividual: z.union([coefficient('Hệ số cá nhân'), z.null()]),
  coefficientCollective: z.union([coefficient('Hệ số tập thể'), z.null()]),
  coefficientHousehold: z.union([coefficient('Hệ số hộ gia đình'), z.null()]),
  /** Khen thưởng the agency grants itself (true) or proposes to a higher level (false). */
  grantedByAgency: z.boolean(),
  verified: z.enum(['V', 'S', 'U']),
});

export const awardFormSchema = awardFormFieldsSchema.extend({ id: z.number() });
export type AwardForm = z.infer<typeof awardFormSchema>;

export const settingsMethods = {
  'agencies.list': {
    input: z.strictObject({}),
    output: z.array(agencySchema),
  },
  'agencies.update': {
    input: z.strictObject({ id: id('Mã cơ quan'), fields: agencyFieldsSchema }),
    output: agencySchema,
  },
  /** A new agency from a date (a reorganisation): the current one ends the day before. */
  'agencies.create': {
    input: z.strictObject({ fields: agencyFieldsSchema, validFrom: isoDate('Có hiệu lực từ ngày') }),
    output: agencySchema,
  },
  'baseSalaries.list': {
    input: z.strictObject({}),
    output: z.array(baseSalarySchema),
  },
  'baseSalaries.create': {
    input: z.strictObject({
      amount: z
        .number({ error: 'Mức lương: cần một số' })
        .int('Mức lương tính bằng đồng, là số nguyên')
        .min(100_000, 'Mức lương cơ sở phải từ 100.000 đồng')
        .max(100_000_000, 'Mức lương cơ sở quá lớn'),
      validFrom: isoDate('Áp dụng từ ngày'),
      decree: text('Căn cứ (nghị định)'),
    }),
    output: baseSalarySchema,
  },
  'baseSalaries.delete': {
    input: z.strictObject({ id: id('Mã mức lương') }),
    output: z.strictObject({ deleted: z.number() }),
  },
  'awardForms.list': {
    input: z.strictObject({}),
    output: z.array(awardFormSchema),
  },
  'awardForms.create': {
    input: z.strictObject({ fields: awardFormFieldsSchema }),
    output: awardFormSchema,
  },
  'awardForms.update': {
    input: z.strictObject({ id: id('Mã hình thức'), fields: awardFormFieldsSchema }),
    output: awardFormSchema,
  },
} as const;

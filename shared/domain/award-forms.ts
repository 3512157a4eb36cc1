import * as z from 'zod';
import { isoDate, text } from './fields.ts';

/** Forms of award (Giấy khen, Bằng khen …) with who decides and the coefficients of prize money. */

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
    .min(1, 'Nhập mã hình thức')
    .max(40, 'Mã hình thức dài quá 40 ký tự')
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

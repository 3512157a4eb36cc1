import * as z from 'zod';
import { email, optionalText, text } from './fields.ts';
import { SIGNER_AUTHORITIES } from './plan.ts';

/** The agency that runs the campaign and signs its papers; a reorganisation makes a successor. */

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

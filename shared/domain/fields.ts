import * as z from 'zod';
import { cleanMultiline, cleanText } from '../text/normalize.ts';
import { parseIsoDate } from '../format/dates.ts';

/**
 * Field schemas shared by every boundary. Text is normalised (NFC, spaces collapsed) as it
 * is parsed, so nothing un-normalised reaches a service.
 */

export const text = (label: string, max = 4000) =>
  z
    .string({ error: `${label}: cần nhập chữ` })
    .transform(cleanText)
    .pipe(z.string().min(1, `${label}: không được để trống`).max(max, `${label}: dài quá ${max} ký tự`));

export const optionalText = (max = 4000) =>
  z
    .string()
    .transform(cleanText)
    .pipe(z.string().max(max, `Dài quá ${max} ký tự`));

/** Text of several paragraphs, one per line: normalised like any text, its line breaks kept. */
export const multilineText = (max = 20_000) =>
  z
    .string()
    .max(max, `Dài quá ${max.toLocaleString('vi-VN')} ký tự`)
    .transform((value) =>
      cleanMultiline(value)
        .split('\n')
        .map((line) => line.replace(/\p{Cc}/gu, ''))
        .join('\n'),
    );

export const isoDate = (label: string) =>
  z.string({ error: `${label}: cần một ngày` }).refine((value) => parseIsoDate(value) !== null, {
    message: `${label}: ngày không hợp lệ (cần dạng YYYY-MM-DD và là ngày có thật)`,
  });

export const email = z
  .string()
  .transform((value) => value.normalize('NFC').trim().toLowerCase())
  .pipe(z.email({ error: 'Địa chỉ email không hợp lệ' }));

export const id = (label = 'Mã') =>
  z
    .number({ error: `${label}: cần một số` })
    .int(`${label}: phải là số nguyên`)
    .positive(`${label}: phải lớn hơn 0`);

export const year = z
  .number({ error: 'Năm: cần một số' })
  .int('Năm phải là số nguyên')
  .min(2000, 'Năm phải từ 2000 trở đi')
  .max(2100, 'Năm phải trước 2100');

/** The number of an issued paper (15 in "15/KH-BDT"), one per ký hiệu and year. */
export const documentNumber = z
  .number({ error: 'Số văn bản phải là số' })
  .int('Số văn bản phải là số nguyên')
  .min(1, 'Số văn bản phải từ 1')
  .max(99_999, 'Số văn bản quá lớn');

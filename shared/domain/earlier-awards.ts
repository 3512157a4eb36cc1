import * as z from 'zod';
import { foldText } from '../text/normalize.ts';

/**
 * The office's award lists from before the app: an Excel file per year or several years, its
 * columns told once (the same headers are mapped the same way the next time).
 */

export const EARLIER_AWARD_FIELDS = ['name', 'year', 'kind', 'birthYear', 'unit', 'award', 'decisionNumber', 'decisionDate'] as const;
export type EarlierAwardField = (typeof EARLIER_AWARD_FIELDS)[number];

export const EARLIER_AWARD_FIELD_LABELS: Record<EarlierAwardField, string> = {
  name: 'Họ tên / Tên tập thể',
  year: 'Năm khen thưởng',
  kind: 'Cá nhân hay tập thể',
  birthYear: 'Năm sinh',
  unit: 'Đơn vị (huyện, xã)',
  award: 'Hình thức khen thưởng',
  decisionNumber: 'Số quyết định',
  decisionDate: 'Ngày quyết định',
};

/** Headers offices write for each field, folded; the first header holding one of them is taken. */
const HEADER_WORDS: Record<EarlierAwardField, readonly string[]> = {
  name: ['ho va ten', 'ho ten', 'ten tap the', 'ten ca nhan', 'ten'],
  year: ['nam khen', 'nam'],
  kind: ['doi tuong', 'loai', 'ca nhan/tap the', 'ca nhan, tap the'],
  birthYear: ['nam sinh', 'ngay sinh', 'sinh nam'],
  unit: ['don vi', 'huyen', 'dia ban', 'xa'],
  award: ['hinh thuc', 'danh hieu', 'khen thuong'],
  decisionNumber: ['so quyet dinh', 'so qd', 'quyet dinh'],
  decisionDate: ['ngay quyet dinh', 'ngay qd', 'ngay ky'],
};

/** Each field to a column of the file (0 = the first), or null when the file has none. */
export const earlierAwardMappingSchema = z.strictObject(
  Object.fromEntries(EARLIER_AWARD_FIELDS.map((field) => [field, z.number().int().min(0).max(200).nullable()])) as Record<
    EarlierAwardField,
    z.ZodNullable<z.ZodNumber>
  >,
);
export type EarlierAwardMapping = z.infer<typeof earlierAwardMappingSchema>;

/** The columns guessed from the headers: more specific words first ("năm sinh" before "năm"), each column used once. */
export function guessMapping(headers: readonly string[]): EarlierAwardMapping {
  const folded = headers.map((header) => foldText(header));
  const used = new Set<number>();
  const mapping = Object.fromEntries(EARLIER_AWARD_FIELDS.map((field) => [field, null])) as EarlierAwardMapping;
  const order: EarlierAwardField[] = ['birthYear', 'decisionDate', 'decisionNumber', 'kind', 'award', 'unit', 'name', 'year'];
  for (const field of order) {
    for (const word of HEADER_WORDS[field]) {
      const column = folded.findIndex((header, index) => !used.has(index) && header !== '' && header.includes(word));
      if (column >= 0) {
        mapping[field] = column;
        used.add(column);
        break;
      }
    }
  }
  return mapping;
}

/** The headers of a file as one key: a file laid out the same way is mapped the same way. */
export const headersKey = (headers: readonly string[]) => headers.map((header) => foldText(header)).join('|');

export const earlierAwardRowSchema = z.object({
  row: z.number(),
  name: z.string(),
  year: z.number().nullable(),
  kind: z.enum(['individual', 'collective']),
  birthYear: z.number().nullable(),
  unit: z.string(),
  award: z.string(),
  decision: z.string(),
  /** Why the row cannot be taken (no name, no year), or that it is in the history already. */
  problem: z.string().nullable(),
  already: z.boolean(),
});
export type EarlierAwardRow = z.infer<typeof earlierAwardRowSchema>;

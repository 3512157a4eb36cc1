import { isValidCalendarDate } from '../format/dates.ts';
import { cleanText, foldText } from '../text/normalize.ts';
import { vietnameseSortKey } from '../text/sort-key.ts';
import type { Gender, NomineeKind } from './nominees.ts';

/** Parsers for what districts type in the template, each saying what it could not understand. */

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

export function parseKind(raw: string): Parsed<NomineeKind> {
  const key = foldText(raw).replace(/[^a-z]/gu, '');
  if (['taphe', 'tt', 'tapthe', 'collective'].includes(key) || key.startsWith('tapthe')) return { ok: true, value: 'collective' };
  if (['canhan', 'cn', 'individual'].includes(key) || key.startsWith('canhan')) return { ok: true, value: 'individual' };
  return { ok: false, reason: `Loại "${raw}" không rõ (cần "Tập thể" hoặc "Cá nhân")` };
}

export function parseGender(raw: string): Parsed<Gender> {
  const key = foldText(raw).replace(/[^a-z]/gu, '');
  if (['nu', 'f', 'female', 'gai'].includes(key)) return { ok: true, value: 'female' };
  if (['nam', 'm', 'male', 'trai'].includes(key)) return { ok: true, value: 'male' };
  return { ok: false, reason: `Giới tính "${raw}" không rõ (cần "Nam" hoặc "Nữ")` };
}

/** A birth year typed as 1975, "1975", "1975.0", "năm 1975" or a whole date "02/03/1975". */
export function parseBirthYear(raw: string | number, thisYear: number): Parsed<number> {
  const text = typeof raw === 'number' ? String(raw) : cleanText(raw);
  const unreadable = (why: string): Parsed<number> => ({ ok: false, reason: `Năm sinh "${text}" ${why}` });
  // A sign before the year is not a year (a typo or a formula), never read as the year after it.
  if (/^[-−–+]/u.test(text)) return unreadable('có dấu trừ hoặc dấu cộng, không phải một năm');
  const years = [...new Set(text.match(/(?<!\d)(?:1[89]\d{2}|20\d{2})(?!\d)/gu) ?? [])];
  if (years.length > 1) return unreadable(`có ${years.length} năm khác nhau (${years.join(', ')}): hãy ghi một năm`);
  // A whole date must be a date that exists: 31/02, 00/00 or month 13 is refused, not guessed.
  const date = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/u.exec(text) ?? null;
  if (date && !isValidCalendarDate(Number(date[3]), Number(date[2]), Number(date[1]))) return unreadable('không phải ngày có thật');
  const iso = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/u.exec(text);
  if (iso && !isValidCalendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))) return unreadable('không phải ngày có thật');
  const monthYear = date || iso ? null : /(?<!\d)(\d{1,2})[/.-](\d{4})(?!\d)/u.exec(text);
  if (monthYear && (Number(monthYear[1]) < 1 || Number(monthYear[1]) > 12)) return unreadable('có tháng không có thật');
  const match = /(?:^|\D)(1[89]\d{2}|20\d{2})(?:\.0+)?(?:\D|$)/u.exec(text);
  const year = match ? Number(match[1]) : Number.NaN;
  if (!Number.isInteger(year)) return unreadable('không đọc được');
  if (year < 1900 || year > thisYear) return { ok: false, reason: `Năm sinh ${year} không hợp lý` };
  return { ok: true, value: year };
}

// Vietnamese has no locale-specific case rules (unlike Turkish i), so the faster root-locale
// toLowerCase/toUpperCase give the same letters as toLocale…Case('vi').

/** "  hoàng  thị MAI " → "Hoàng Thị Mai": every syllable of a person's name capitalised (Phụ lục II). */
export function personName(raw: string): string {
  return cleanText(raw)
    .toLowerCase()
    .split(' ')
    .map((word) => (word ? `${word.charAt(0).toUpperCase()}${word.slice(1)}` : word))
    .join(' ');
}

/**
 * Collective names keep their own capitals; one typed all in capitals is shown with each word
 * capitalised (the preview says so, and the office can correct it).
 */
export function collectiveName(raw: string): string {
  const text = cleanText(raw);
  if (text === text.toUpperCase() && text.length > 6) return personName(text);
  return text ? `${text.charAt(0).toUpperCase()}${text.slice(1)}` : text;
}

/** Vietnamese lists sort people by given name (the last syllable), then by the full name. */
export function givenNameKey(name: string): string {
  const parts = cleanText(name).split(' ');
  return `${parts.at(-1) ?? ''} ${parts.slice(0, -1).join(' ')}`;
}

/**
 * Where a nominee sorts by name, as official lists order them: collectives first, by their whole
 * name ("Hợp tác xã … Thanh Sơn" under H), then persons by given name.
 */
export function nomineeSortKey(kind: NomineeKind, name: string): string {
  return kind === 'collective' ? `0 ${vietnameseSortKey(cleanText(name))}` : `1 ${vietnameseSortKey(givenNameKey(name))}`;
}

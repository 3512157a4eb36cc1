/**
 * Dates are stored as ISO calendar dates (YYYY-MM-DD) and shown as dd/mm/yyyy in tables
 * and as "ngày 05 tháng 02 năm 2024" in documents (Nghị định 30/2020, Phụ lục I, II.4.b).
 */

export interface CalendarDate {
  y: number;
  m: number;
  d: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidCalendarDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Parses YYYY-MM-DD; returns null for malformed or impossible dates such as 2024-02-30. */
export function parseIsoDate(value: string): CalendarDate | null {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidCalendarDate(y, m, d) ? { y, m, d } : null;
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

export function toIsoDate(date: CalendarDate): string {
  return `${date.y}-${String(date.m).padStart(2, '0')}-${String(date.d).padStart(2, '0')}`;
}

function requireDate(iso: string): CalendarDate {
  const parsed = parseIsoDate(iso);
  if (!parsed) throw new RangeError(`Ngày không hợp lệ: ${iso}`);
  return parsed;
}

/** 20/03/2024 — the table form used on screens and in spreadsheets. */
export function formatDateVi(iso: string | null | undefined): string {
  if (!iso) return '';
  const { y, m, d } = requireDate(iso);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
}

/** "ngày 05 tháng 02 năm 2024", "ngày 20 tháng 3 năm 2024": zero only for days < 10 and months 1–2. */
export function formatDateInWords(iso: string): string {
  const { y, m, d } = requireDate(iso);
  const dd = d < 10 ? `0${d}` : String(d);
  const mm = m <= 2 ? `0${m}` : String(m);
  return `ngày ${dd} tháng ${mm} năm ${y}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = requireDate(from);
  const b = requireDate(to);
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

/**
 * The same calendar day `years` later; 29/02 becomes 28/02 in a non-leap year.
 * Used when a campaign is copied to a later year.
 */
export function shiftYears(iso: string, years: number): string {
  const { y, m, d } = requireDate(iso);
  const year = y + years;
  return toIsoDate({ y: year, m, d: Math.min(d, daysInMonth(year, m)) });
}

/** Today's local date as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return toIsoDate({ y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() });
}

/**
 * The short date form used inside running text of documents, as in the plan:
 * "06/01/2023", "07/4/2014", "20/3/2024" (zero only for days < 10 and months 1–2).
 */
export function formatDateInText(iso: string): string {
  const { y, m, d } = requireDate(iso);
  const dd = d < 10 ? `0${d}` : String(d);
  const mm = m <= 2 ? `0${m}` : String(m);
  return `${dd}/${mm}/${y}`;
}

/** The ISO date `days` after (or before, when negative) the given one. */
export function shiftDays(iso: string, days: number): string {
  const { y, m, d } = requireDate(iso);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return toIsoDate({ y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() });
}

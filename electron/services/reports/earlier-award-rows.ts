import {
  guessMapping,
  type EarlierAwardMapping,
  type EarlierAwardRow,
  type EarlierAwardField,
} from '../../../shared/domain/earlier-awards.ts';
import { isValidCalendarDate } from '../../../shared/format/dates.ts';
import { cleanText, foldText } from '../../../shared/text/normalize.ts';
import type { SheetRow } from '../../sheets/read-sheet.ts';

/** Reading the rows of an earlier award list, once its columns are known: pure, so a preview and the import agree. */

const COLLECTIVE_STARTS = [
  'hop tac xa',
  'to ',
  'thon ',
  'ban ',
  'hoi ',
  'truong ',
  'chi bo',
  'doi ',
  'cong ty',
  'ho gia dinh',
  'ubnd',
  'xa ',
];

/** The first row of the first ten that names at least two fields is the header; else the first row. */
export function headerRowOf(rows: readonly SheetRow[]): SheetRow | undefined {
  const named = (row: SheetRow) => Object.values(guessMapping(row.values)).filter((column) => column !== null).length;
  return rows.slice(0, 10).find((row) => named(row) >= 2) ?? rows[0];
}

function yearIn(text: string): number | null {
  const match = /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/u.exec(text);
  return match ? Number(match[1]) : null;
}

/** A date as the sheet gives it (dd/mm/yyyy), or null. */
function dateIn(text: string): { day: number; month: number; year: number } | null {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(text.trim());
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidCalendarDate(year, month, day) ? { day, month, year } : null;
}

function kindOf(kindText: string, name: string, birthYear: number | null): 'individual' | 'collective' {
  const kind = foldText(kindText);
  if (kind.includes('tap the') || kind.includes('ho gia dinh') || kind === 'ho') return 'collective';
  if (kind.includes('ca nhan')) return 'individual';
  if (birthYear !== null) return 'individual';
  const folded = `${foldText(name)} `;
  return COLLECTIVE_STARTS.some((start) => folded.startsWith(start)) ? 'collective' : 'individual';
}

/** The rows under the header, each with what it says and why it cannot be taken; empty rows left out. */
export function earlierAwardRows(
  rows: readonly SheetRow[],
  header: SheetRow,
  mapping: EarlierAwardMapping,
): Omit<EarlierAwardRow, 'already'>[] {
  const cell = (row: SheetRow, field: EarlierAwardField) => {
    const column = mapping[field];
    return column === null ? '' : cleanText(row.values[column] ?? '');
  };
  return rows
    .filter((row) => row.row > header.row && row.values.some((value) => value.trim() !== ''))
    .map((row) => {
      const name = cell(row, 'name');
      const date = dateIn(cell(row, 'decisionDate'));
      const year = yearIn(cell(row, 'year')) ?? date?.year ?? null;
      const birthYear = yearIn(cell(row, 'birthYear'));
      const number = cell(row, 'decisionNumber');
      const dated = date ? `ngày ${String(date.day).padStart(2, '0')}/${String(date.month).padStart(2, '0')}/${date.year}` : '';
      const problem = !name
        ? 'Thiếu họ tên hoặc tên tập thể'
        : year === null
          ? 'Thiếu năm khen thưởng (cột năm hoặc ngày quyết định)'
          : null;
      return {
        row: row.row,
        name,
        year,
        kind: kindOf(cell(row, 'kind'), name, birthYear),
        birthYear,
        unit: cell(row, 'unit'),
        award: cell(row, 'award'),
        decision: [number, dated].filter(Boolean).join(' '),
        problem,
      };
    });
}

/** The key that says two rows are the same award of the same person. */
export const awardKey = (row: { year: number | null; kind: string; name: string; birthYear: number | null; award: string }) =>
  `${row.year}|${row.kind}|${foldText(row.name)}|${row.birthYear ?? ''}|${foldText(row.award)}`;

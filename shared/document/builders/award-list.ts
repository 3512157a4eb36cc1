import { AWARD_GROUPS, type AwardRow } from '../../domain/awards.ts';
import { formatInteger, twoDigits } from '../../format/numbers.ts';
import type { Table, TableCell } from '../model.ts';

/**
 * The table of an award list, grouped I. Tập thể, II. Hộ gia đình, III. Cá nhân (groups with no
 * one are left out and the rest keep their order): attached to a decision it ends with the
 * amounts and their total; attached to a Tờ trình it names the form proposed instead.
 */

const cell = (text: string, align: TableCell['align'] = 'left', bold = false): TableCell => ({ runs: [{ text, bold }], align });

export function groupRows(rows: readonly AwardRow[]) {
  return AWARD_GROUPS.map((group) => ({ ...group, rows: rows.filter((row) => row.subject === group.subject) })).filter(
    (group) => group.rows.length > 0,
  );
}

/** "04 tập thể, 01 hộ gia đình và 05 cá nhân" — kinds with none are left out. */
export function countPhrase(rows: readonly AwardRow[]): string {
  const parts = groupRows(rows).map((group) => `${twoDigits(group.rows.length)} ${group.noun}`);
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} và ${parts.at(-1)}`;
}

/** "Tập thể, hộ gia đình, cá nhân" of the kinds present, for titles. */
export function kindsPhrase(rows: readonly AwardRow[]): string {
  const nouns = groupRows(rows).map((group) => group.noun);
  const text = nouns.length <= 1 ? (nouns[0] ?? '') : `${nouns.slice(0, -1).join(', ')} và ${nouns.at(-1)}`;
  return `${text.charAt(0).toLocaleUpperCase('vi')}${text.slice(1)}`;
}

export function awardListTable(rows: readonly AwardRow[], withAmount: boolean): Table {
  const last = withAmount ? 'Số tiền thưởng (đồng)' : 'Hình thức đề nghị';
  const groups = groupRows(rows);
  const body: TableCell[][] = [];
  let number = 0;
  groups.forEach((group, index) => {
    const roman = ['I', 'II', 'III'][index] ?? group.roman;
    body.push([
      cell(roman, 'center', true),
      { ...cell(group.label, 'left', true), colSpan: 5 },
      cell(withAmount ? formatInteger(group.rows.reduce((sum, row) => sum + row.amount, 0)) : '', 'right', true),
    ]);
    for (const row of group.rows) {
      number += 1;
      body.push([
        cell(String(number), 'center'),
        cell(row.name),
        cell(row.ethnicity, 'center'),
        cell(row.positionOrAddress),
        cell(row.unitName),
        cell(row.achievement),
        withAmount ? cell(formatInteger(row.amount), 'right') : cell(row.awardName),
      ]);
    }
  });
  if (withAmount) {
    const total = rows.reduce((sum, row) => sum + row.amount, 0);
    body.push([{ ...cell('Tổng cộng', 'center', true), colSpan: 6 }, cell(formatInteger(total), 'right', true)]);
  }
  return {
    kind: 'table',
    columnWidths: withAmount ? [9, 34, 12, 34, 20, 46, 20] : [9, 34, 12, 34, 20, 42, 26],
    headerRows: [
      ['STT', 'Tên tập thể, họ và tên', 'Dân tộc', 'Chức vụ, địa chỉ', 'Đơn vị', 'Thành tích', last].map((text) =>
        cell(text, 'center', true),
      ),
    ],
    rows: body,
  };
}

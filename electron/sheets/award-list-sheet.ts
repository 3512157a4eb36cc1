import ExcelJS from 'exceljs';
import { AWARD_GROUPS, type AwardRow } from '../../shared/domain/awards.ts';
import { FONT, LINE_HEIGHT, printedListPage, wrappedLines } from './list-sheet.ts';

/**
 * Danh sách khen thưởng as an .xlsx: the agency and the decision above, the rows grouped I. Tập
 * thể, II. Hộ gia đình, III. Cá nhân, each group's amount a SUM of its rows and the total the sum
 * of the groups — formulas with their values cached, so a reader that does not calculate (a
 * phone's viewer, openpyxl) still shows them. Amounts are numbers, formatted #,##0.
 */

export interface AwardListSheet {
  parentBody: string;
  agencyName: string;
  title: string;
  /** "(Kèm theo Quyết định số 15/QĐ-BDT ngày 10/12/2024 của Ban Dân tộc)", or the draft's note. */
  reference: string;
  rows: readonly AwardRow[];
}

const COLUMNS = [
  { header: 'STT', width: 6 },
  { header: 'Tên tập thể, họ và tên', width: 30 },
  { header: 'Dân tộc', width: 10 },
  { header: 'Chức vụ, địa chỉ', width: 26 },
  { header: 'Đơn vị', width: 16 },
  { header: 'Thành tích', width: 44 },
  { header: 'Số tiền thưởng (đồng)', width: 16 },
] as const;
export const AWARD_LIST_HEADER_ROW = 5;
const AMOUNT = 'G';
const MONEY = '#,##0';

export async function buildAwardListSheet(data: AwardListSheet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Điển hình tiên tiến';
  const sheet = workbook.addWorksheet('Danh sách khen thưởng', printedListPage(AWARD_LIST_HEADER_ROW));
  const thin = { style: 'thin' as const };
  const border = { top: thin, left: thin, bottom: thin, right: thin };
  const line = (row: number, text: string, font: Partial<ExcelJS.Font>, horizontal: 'left' | 'center' = 'center') => {
    sheet.mergeCells(`A${row}:${AMOUNT}${row}`);
    const cell = sheet.getCell(`A${row}`);
    cell.value = text;
    cell.font = { ...FONT, ...font };
    cell.alignment = { horizontal, vertical: 'middle', wrapText: true };
  };
  line(1, `${data.parentBody.toLocaleUpperCase('vi')} - ${data.agencyName.toLocaleUpperCase('vi')}`, { bold: true }, 'left');
  line(2, data.title, { bold: true, size: 14 });
  line(3, data.reference, { italic: true });
  sheet.getRow(2).height = 36;
  const header = sheet.getRow(AWARD_LIST_HEADER_ROW);
  COLUMNS.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = border;
    sheet.getColumn(index + 1).width = column.width;
  });
  header.height = 32;

  let at = AWARD_LIST_HEADER_ROW + 1;
  let number = 0;
  const subtotals: { row: number; value: number }[] = [];
  const groups = AWARD_GROUPS.map((group) => ({ ...group, rows: data.rows.filter((row) => row.subject === group.subject) })).filter(
    (group) => group.rows.length > 0,
  );
  groups.forEach((group, index) => {
    const groupRow = sheet.getRow(at);
    const first = at + 1;
    const last = at + group.rows.length;
    const value = group.rows.reduce((sum, row) => sum + row.amount, 0);
    groupRow.getCell(1).value = ['I', 'II', 'III'][index] ?? group.roman;
    groupRow.getCell(2).value = group.label;
    groupRow.getCell(7).value = { formula: `SUM(${AMOUNT}${first}:${AMOUNT}${last})`, result: value };
    subtotals.push({ row: at, value });
    styleRow(groupRow, border, true);
    at += 1;
    for (const item of group.rows) {
      number += 1;
      const row = sheet.getRow(at);
      // Strings stay strings: a name beginning with "=" is written as text, never as a formula.
      const values: (string | number)[] = [
        number,
        item.name,
        item.ethnicity,
        item.positionOrAddress,
        item.unitName,
        item.achievement,
        item.amount,
      ];
      values.forEach((value, column) => {
        row.getCell(column + 1).value = value;
      });
      styleRow(row, border, false);
      const lines = Math.max(...values.map((value, column) => wrappedLines(String(value), COLUMNS[column]?.width ?? 10)));
      row.height = LINE_HEIGHT * lines + 2;
      at += 1;
    }
  });
  const totalRow = sheet.getRow(at);
  sheet.mergeCells(`A${at}:F${at}`);
  totalRow.getCell(1).value = 'Tổng cộng';
  totalRow.getCell(7).value = {
    formula: subtotals.map((item) => `${AMOUNT}${item.row}`).join('+') || '0',
    result: subtotals.reduce((sum, item) => sum + item.value, 0),
  };
  styleRow(totalRow, border, true);
  totalRow.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function styleRow(row: ExcelJS.Row, border: Partial<ExcelJS.Borders>, bold: boolean): void {
  for (let column = 1; column <= COLUMNS.length; column += 1) {
    const cell = row.getCell(column);
    cell.font = { ...FONT, bold };
    cell.border = border;
    const centred = column === 1 || column === 3;
    cell.alignment = { vertical: 'top', wrapText: true, horizontal: column === 7 ? 'right' : centred ? 'center' : 'left' };
    if (column === 7) cell.numFmt = MONEY;
  }
}

import ExcelJS from 'exceljs';
import { awardedShare, totalOf, type StatisticRow } from '../../shared/domain/statistics.ts';
import { FONT } from './list-sheet.ts';

/**
 * One table of the Báo cáo screen as an .xlsx: its title, a header, a row per value and the total,
 * the total a SUM formula with its value cached (a reader that does not calculate still shows it).
 */
export async function buildStatisticsSheet(data: {
  title: string;
  dimensionLabel: string;
  rows: readonly StatisticRow[];
  /** The years table has no total: a person nominated in two years is two rows. */
  withTotal: boolean;
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Điển hình tiên tiến';
  const sheet = workbook.addWorksheet('Thống kê');
  sheet.columns = [{ width: 6 }, { width: 36 }, { width: 14 }, { width: 18 }, { width: 12 }];
  const thin = { style: 'thin' as const };
  const border = { top: thin, left: thin, bottom: thin, right: thin };
  sheet.mergeCells('A1:E1');
  Object.assign(sheet.getCell('A1'), {
    value: data.title,
    font: { ...FONT, bold: true, size: 14 },
    alignment: { horizontal: 'center', wrapText: true },
  });
  sheet.getRow(1).height = 36;
  const header = sheet.getRow(3);
  header.values = ['STT', data.dimensionLabel, 'Số đề cử', 'Số được khen thưởng', 'Tỉ lệ'];
  const first = 4;
  data.rows.forEach((row, index) => {
    sheet.getRow(first + index).values = [index + 1, row.label, row.nominated, row.awarded, awardedShare(row)];
  });
  let last = first + data.rows.length - 1;
  if (data.withTotal && data.rows.length > 0) {
    const sums = totalOf(data.rows);
    const sum = (column: 'C' | 'D', result: number) => ({ formula: `SUM(${column}${first}:${column}${last})`, result });
    const total = sheet.getRow(last + 1);
    total.values = ['', 'Tổng cộng', sum('C', sums.nominated), sum('D', sums.awarded), awardedShare(sums)];
    total.font = { ...FONT, bold: true };
    last += 1;
  }
  for (let row = 3; row <= last; row += 1) {
    sheet.getRow(row).eachCell({ includeEmpty: true }, (cell, column) => {
      cell.border = border;
      cell.font = { ...FONT, bold: row === 3 || cell.font?.bold === true };
      if (row === 3) cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      else if (column >= 3) cell.alignment = { horizontal: 'right' };
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

import ExcelJS from 'exceljs';
import { AppError } from '../../shared/api/errors.ts';

export interface SheetRow {
  /** The row number as Excel shows it. */
  row: number;
  /** Cell texts by column (index 0 = column A); numbers as typed, dates as dd/mm/yyyy. */
  values: string[];
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  }
  return String(value);
}

/**
 * Reads the first visible worksheet that has rows. A file that is not an .xlsx (an old .xls,
 * a password-protected workbook, a corrupt or empty file) is refused with one sentence.
 */
export async function readSheet(buffer: Buffer): Promise<{ sheetName: string; rows: SheetRow[] }> {
  if (buffer.length === 0) throw new AppError('invalid_input', 'Tệp rỗng.');
  if (buffer.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new AppError('invalid_input', 'Tệp là Excel cũ (.xls) hoặc có đặt mật khẩu: hãy mở bằng Excel, bỏ mật khẩu và lưu thành .xlsx.');
  }
  if (buffer.subarray(0, 2).toString('latin1') !== 'PK') throw new AppError('invalid_input', 'Tệp không phải là bảng tính Excel (.xlsx).');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new AppError('invalid_input', 'Tệp Excel bị hỏng, không đọc được.');
  }
  const sheet = workbook.worksheets.find((candidate) => candidate.state === 'visible' && candidate.actualRowCount > 0);
  if (!sheet) throw new AppError('invalid_input', 'Tệp Excel không có dữ liệu.');
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      values[column - 1] = cellText(cell.value);
    });
    rows.push({ row: number, values: Array.from(values, (value) => value ?? '') });
  });
  return { sheetName: sheet.name, rows };
}

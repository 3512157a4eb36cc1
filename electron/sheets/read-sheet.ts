import { strFromU8, unzipSync } from 'fflate';
import { AppError } from '../../shared/api/errors.ts';
import { partTooLarge, SHEET_LIMITS } from './sheet-limits.ts';
import { dateStyles, scanWorksheet, sharedStrings, workbookSheets, type ScannedRow } from './spreadsheet-xml.ts';

export type SheetRow = ScannedRow;

const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/**
 * Inflates the named parts only, each after its declared size is checked against the limits
 * (and the running total of what this file has inflated so far): a small file cannot inflate
 * gigabytes, and parts the workbook does not refer to are never inflated at all.
 */
function inflateParts(zip: Uint8Array, names: ReadonlySet<string>, budget: { total: number }): Record<string, Uint8Array> {
  let refused: AppError | null = null;
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(zip, {
      filter: (entry) => {
        if (!names.has(entry.name) || refused) return false;
        budget.total += entry.originalSize;
        if (entry.originalSize > SHEET_LIMITS.partBytes) refused = partTooLarge(entry.name, entry.originalSize, SHEET_LIMITS.partBytes);
        else if (budget.total > SHEET_LIMITS.totalBytes) refused = partTooLarge('tổng các phần', budget.total, SHEET_LIMITS.totalBytes);
        return refused === null;
      },
    });
  } catch {
    throw refused ?? new AppError('invalid_input', 'Tệp Excel bị hỏng, không đọc được.');
  }
  if (refused) throw refused;
  return parts;
}

function partText(parts: Record<string, Uint8Array>, name: string): string {
  const part = parts[name];
  return part ? strFromU8(part) : '';
}

/**
 * Reads the first visible worksheet that has rows, as cell texts (numbers as typed, dates as
 * dd/mm/yyyy). A file that is not an .xlsx (an old .xls, a password-protected workbook, a
 * corrupt or empty file) is refused with one sentence.
 */
export function readSheet(buffer: Buffer): { sheetName: string; rows: SheetRow[] } {
  if (buffer.length === 0) throw new AppError('invalid_input', 'Tệp rỗng.');
  if (buffer.subarray(0, 4).equals(CFB_SIGNATURE)) {
    throw new AppError('invalid_input', 'Tệp là Excel cũ (.xls) hoặc có đặt mật khẩu: hãy mở bằng Excel, bỏ mật khẩu và lưu thành .xlsx.');
  }
  if (buffer.subarray(0, 2).toString('latin1') !== 'PK') throw new AppError('invalid_input', 'Tệp không phải là bảng tính Excel (.xlsx).');
  const zip = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const budget = { total: 0 };
  // First the workbook and its relationships, which say which parts hold the sheets.
  const index = inflateParts(zip, new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels']), budget);
  const workbook = partText(index, 'xl/workbook.xml');
  if (!workbook) throw new AppError('invalid_input', 'Tệp không phải là bảng tính Excel (.xlsx).');
  const visibleSheets = workbookSheets(workbook, partText(index, 'xl/_rels/workbook.xml.rels')).filter((sheet) => sheet.visible);
  const shared = inflateParts(zip, new Set(['xl/sharedStrings.xml', 'xl/styles.xml']), budget);
  const context = {
    strings: sharedStrings(partText(shared, 'xl/sharedStrings.xml')),
    dateStyles: dateStyles(partText(shared, 'xl/styles.xml')),
    date1904: /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/u.test(workbook),
  };
  // Then one sheet at a time, until one has rows: the others are never inflated.
  for (const sheet of visibleSheets) {
    const rows = scanWorksheet(partText(inflateParts(zip, new Set([sheet.part]), budget), sheet.part), context);
    if (rows.length > 0) return { sheetName: sheet.name, rows };
  }
  throw new AppError('invalid_input', 'Tệp Excel không có dữ liệu.');
}

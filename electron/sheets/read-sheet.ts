import { strFromU8, unzipSync } from 'fflate';
import { AppError } from '../../shared/api/errors.ts';
import { partTooLarge, SHEET_LIMITS } from './sheet-limits.ts';
import { dateStyles, scanWorksheet, sharedStrings, workbookSheets, type ScannedRow } from './spreadsheet-xml.ts';

export type SheetRow = ScannedRow;

const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

function unpack(buffer: Buffer): Record<string, Uint8Array> {
  let refused: AppError | null = null;
  let total = 0;
  let parts: Record<string, Uint8Array>;
  try {
    // Only XML parts are inflated (pictures, printer settings and embedded objects are skipped),
    // and only after their declared size is checked: a small file cannot inflate gigabytes.
    parts = unzipSync(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), {
      filter: (entry) => {
        if (!/\.(?:xml|rels)$/u.test(entry.name) || entry.name.startsWith('xl/drawings/')) return false;
        total += entry.originalSize;
        if (entry.originalSize > SHEET_LIMITS.partBytes) refused ??= partTooLarge(entry.name, entry.originalSize, SHEET_LIMITS.partBytes);
        else if (total > SHEET_LIMITS.totalBytes) refused ??= partTooLarge('tổng các phần', total, SHEET_LIMITS.totalBytes);
        return refused === null;
      },
    });
  } catch {
    throw refused ?? new AppError('invalid_input', 'Tệp Excel bị hỏng, không đọc được.');
  }
  if (refused) throw refused;
  return parts;
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
  const parts = unpack(buffer);
  const text = (name: string) => {
    const part = parts[name];
    return part ? strFromU8(part) : '';
  };
  const workbook = text('xl/workbook.xml');
  if (!workbook) throw new AppError('invalid_input', 'Tệp không phải là bảng tính Excel (.xlsx).');
  const context = {
    strings: sharedStrings(text('xl/sharedStrings.xml')),
    dateStyles: dateStyles(text('xl/styles.xml')),
    date1904: /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/u.test(workbook),
  };
  for (const sheet of workbookSheets(workbook, text('xl/_rels/workbook.xml.rels'))) {
    if (!sheet.visible) continue;
    const rows = scanWorksheet(text(sheet.part), context);
    if (rows.length > 0) return { sheetName: sheet.name, rows };
  }
  throw new AppError('invalid_input', 'Tệp Excel không có dữ liệu.');
}

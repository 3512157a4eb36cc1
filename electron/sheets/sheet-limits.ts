import { AppError } from '../../shared/api/errors.ts';

/**
 * What a district's file may make the reader do. A real nominee list is a few hundred rows of
 * about twenty columns; these are far beyond that and far below what would hurt the app, and each
 * is checked before the work it limits.
 */
export const SHEET_LIMITS = {
  /** Rows of the sheet that is read. */
  rows: 20_000,
  /** Columns a cell with text may be in. */
  columns: 200,
  /** Characters in one cell. */
  cellLength: 10_000,
  /** Bytes of one inflated XML part, and of all of them. */
  partBytes: 50 * 1024 * 1024,
  totalBytes: 100 * 1024 * 1024,
} as const;

const number = (value: number) => value.toLocaleString('vi-VN');
const megabytes = (bytes: number) => `${number(Math.ceil(bytes / (1024 * 1024)))} MB`;

export function tooManyRows(): AppError {
  return new AppError('invalid_input', `Tệp có hơn ${number(SHEET_LIMITS.rows)} dòng, vượt giới hạn của một danh sách đề cử.`);
}

export function cellTooFarRight(reference: string, column: number): AppError {
  return new AppError(
    'invalid_input',
    `Tệp có dữ liệu ở ô ${reference} (cột thứ ${number(column + 1)}), vượt giới hạn ${number(SHEET_LIMITS.columns)} cột của một danh sách đề cử.`,
  );
}

export function cellTooLong(reference: string, length: number): AppError {
  return new AppError(
    'invalid_input',
    `Ô ${reference} dài ${number(length)} ký tự, vượt giới hạn ${number(SHEET_LIMITS.cellLength)} ký tự một ô.`,
  );
}

export function partTooLarge(name: string, bytes: number, limit: number): AppError {
  return new AppError('invalid_input', `Tệp Excel khi giải nén quá lớn (${name}: ${megabytes(bytes)}, giới hạn ${megabytes(limit)}).`);
}

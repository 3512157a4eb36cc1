/**
 * What a SQLite failure means for the user, by its code: a full disk, a lock held by another
 * program or a damaged file each call for a different action, and none of them means the file
 * is not a database (a user told that might throw a healthy file away).
 */
export function sqliteCode(error: unknown): string | null {
  if (!(error instanceof Error) || !('code' in error)) return null;
  const code = String(error.code);
  return code.startsWith('SQLITE_') ? code : null;
}

export const BUSY_MESSAGE =
  'Dữ liệu đang được một chương trình khác ghi (ứng dụng hoặc dòng lệnh); không có gì bị thay đổi. Hãy thử lại sau ít phút.';

export function describeSqliteError(error: unknown): string | null {
  const code = sqliteCode(error);
  if (code === null) return null;
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE' || code === 'SQLITE_IOERR_FSYNC') {
    return 'Ổ đĩa đã đầy (hoặc không ghi được); không có gì bị thay đổi. Hãy giải phóng chỗ trống rồi thử lại.';
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return BUSY_MESSAGE;
  if (code.startsWith('SQLITE_CORRUPT')) {
    return 'Tệp cơ sở dữ liệu bị hỏng ở một phần; không có gì bị thay đổi. Hãy chạy "Kiểm tra" (lệnh check) và khôi phục từ bản sao lưu.';
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM') {
    return 'Không có quyền ghi vào tệp cơ sở dữ liệu; không có gì bị thay đổi.';
  }
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) {
    return 'Không đọc hoặc ghi được tệp cơ sở dữ liệu (ổ đĩa bị rút ra, mạng mất, hoặc đĩa đầy); không có gì bị thay đổi.';
  }
  return null;
}

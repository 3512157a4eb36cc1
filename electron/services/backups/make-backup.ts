import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors.ts';
import type { BackupEntry, BackupKind } from '../../../shared/domain/backups.ts';
import { APPLICATION_ID } from '../../db/open.ts';
import { attachmentsFolder, copyKeptFile } from '../core/attachment-store.ts';
import type { ServiceContext } from '../core/context.ts';
import { prepared } from '../../db/statements.ts';
import { listBackups, newBackupName, poolFolder } from './backup-files.ts';
import { databaseIdOf } from './database-identity.ts';

function ensureFolder(folder: string): void {
  try {
    fs.mkdirSync(folder, { recursive: true });
    fs.accessSync(folder, fs.constants.W_OK);
  } catch {
    throw new AppError('not_found', `Không ghi được vào thư mục sao lưu "${folder}" (ổ USB đã rút, mạng mất hay không có quyền?).`);
  }
}

function fileSize(file: string): number {
  return fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
}

/** The kept files the folder does not hold yet: they are copied beside the copy. */
function attachmentBytesToCopy(ctx: ServiceContext, folder: string): number {
  const pool = poolFolder(folder);
  const rows = prepared(ctx.db, 'SELECT hash, size FROM attachments').all() as { hash: string; size: number }[];
  return rows.reduce((sum, row) => (fs.existsSync(path.join(pool, row.hash)) ? sum : sum + row.size), 0);
}

/**
 * Refused before any work when the folder cannot hold the copy: the database and its WAL, and the
 * kept files not yet in the folder, with a margin.
 */
function checkFreeSpace(ctx: ServiceContext, folder: string): void {
  const needed = Math.ceil((fileSize(ctx.databasePath) + fileSize(`${ctx.databasePath}-wal`) + attachmentBytesToCopy(ctx, folder)) * 1.1);
  let free: number;
  try {
    const stats = fs.statfsSync(folder);
    free = stats.bavail * stats.bsize;
  } catch {
    return;
  }
  if (free < needed) {
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
    throw new AppError('invalid_input', `Thư mục sao lưu "${folder}" không đủ chỗ: còn ${mb(free)}, bản sao cần khoảng ${mb(needed)}.`);
  }
}

/** A copy is only trusted once SQLite reads it whole and it carries the app's mark. */
function verifyCopy(file: string): void {
  const copy = new BetterSqlite3(file);
  try {
    // A copy on a USB drive or a share is opened read-only later: no WAL file may be needed beside it.
    copy.pragma('journal_mode = DELETE');
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new AppError('database', `Bản sao vừa ghi không đọc lại được (${String(check)}).`);
    if (Number(copy.pragma('application_id', { simple: true })) !== APPLICATION_ID) {
      throw new AppError('database', 'Bản sao vừa ghi không mang dấu nhận biết của ứng dụng.');
    }
  } finally {
    copy.close();
  }
}

function keptHashes(file: string): string[] {
  const copy = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    return prepared(copy, 'SELECT hash FROM attachments').pluck().all() as string[];
  } finally {
    copy.close();
  }
}

/**
 * A consistent copy with SQLite's online backup API (the app keeps working meanwhile), written
 * under a temporary name, read back, its kept files copied beside it, then given its name: a
 * copy that is listed is whole. Returns the copy, and how many kept files could not be copied.
 */
export async function writeBackup(
  ctx: ServiceContext,
  folder: string,
  kind: BackupKind,
  name = newBackupName(folder, kind, ctx.now(), databaseIdOf(ctx)),
): Promise<BackupEntry & { missingFiles: number }> {
  ensureFolder(folder);
  checkFreeSpace(ctx, folder);
  const target = path.join(folder, name);
  if (fs.existsSync(target)) throw new AppError('conflict', `"${target}" đã tồn tại; hãy chọn tên khác.`);
  const temporary = path.join(folder, `.${name}.${process.pid}.tmp`);
  try {
    await ctx.db.backup(temporary);
    verifyCopy(temporary);
    let missingFiles = 0;
    const pool = poolFolder(folder);
    for (const hash of keptHashes(temporary)) {
      if (!copyKeptFile(path.join(attachmentsFolder(ctx), hash), pool, hash)) missingFiles++;
    }
    fs.renameSync(temporary, target);
    const entry = listBackups(folder).find((backup) => backup.name === name);
    return { ...(entry ?? { name, kind, createdAt: ctx.now().toISOString(), size: fileSize(target), databaseId: null }), missingFiles };
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    fs.rmSync(`${temporary}-journal`, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC' || code === 'EDQUOT') {
      throw new AppError(
        'invalid_input',
        `Thư mục sao lưu "${folder}" hết chỗ trong lúc chép; bản sao chưa được ghi. Hãy giải phóng chỗ trống rồi thử lại.`,
      );
    }
    throw error;
  }
}

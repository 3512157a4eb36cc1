import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors.ts';
import type { BackupEntry, BackupInspection, DatabaseSummary } from '../../../shared/domain/backups.ts';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations/index.ts';
import { APPLICATION_ID, openDatabase } from '../../db/open.ts';
import { bringWarningsToCurrentRules } from '../nominations/warning-figures.ts';
import { describeSqliteError } from '../../db/sqlite-errors.ts';
import { attachmentsFolder, copyKeptFile, holdsContent } from '../core/attachment-store.ts';
import { recordChange } from '../core/audit.ts';
import type { ServiceContext } from '../core/context.ts';
import { prepared } from '../../db/statements.ts';
import { listBackups, poolFolder } from './backup-files.ts';
import { writeBackup } from './make-backup.ts';
import { backupFolderOf, FOLDER_KEY, LAST_KEY } from './backup-state.ts';
import { DATABASE_ID_KEY } from './database-identity.ts';
import { readSetting, writeSetting } from '../core/app-settings.ts';

function summarize(db: Database): DatabaseSummary {
  return {
    schemaVersion: Number(db.pragma('user_version', { simple: true })),
    campaigns: prepared(db, 'SELECT year, title FROM campaigns ORDER BY year').all() as { year: number; title: string }[],
    nominees: Number(prepared(db, 'SELECT count(*) FROM nominees WHERE deleted_at IS NULL').pluck().get()),
    attachments: Number(prepared(db, 'SELECT count(*) FROM attachments').pluck().get()),
    lastChangeAt: (prepared(db, 'SELECT max(at) FROM audit_log').pluck().get() as string | null) ?? null,
  };
}

/** A copy named in a folder: its entry, or refused when the folder has no such copy. */
export function findBackup(folder: string, name: string): BackupEntry & { file: string } {
  const file = path.join(folder, name);
  const entry = listBackups(folder).find((backup) => backup.name === name);
  if (entry) return { ...entry, file };
  // A copy written under a name of the user's choice (backup --out) is still a copy.
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile() || !name.toLowerCase().endsWith('.sqlite')) {
    throw new AppError('not_found', `Không có bản sao lưu "${name}" trong "${folder}".`);
  }
  return { name, kind: 'manual', createdAt: stat.mtime.toISOString(), size: stat.size, databaseId: null, file };
}

/** Reads a copy without changing it: SQLite's check, the app's mark, the schema, and what it holds. */
export function inspectBackup(ctx: ServiceContext, folder: string, name: string): BackupInspection {
  const backup = findBackup(folder, name);
  const problems: string[] = [];
  let contents: DatabaseSummary | null = null;
  let hashes: string[] = [];
  try {
    const copy = new BetterSqlite3(backup.file, { readonly: true, fileMustExist: true });
    try {
      if (Number(copy.pragma('application_id', { simple: true })) !== APPLICATION_ID) {
        problems.push('Tệp không phải là bản sao lưu của ứng dụng Điển hình tiên tiến.');
      } else {
        const check = copy.pragma('quick_check', { simple: true });
        if (check !== 'ok') problems.push(`Bản sao lưu bị hỏng (SQLite báo: ${String(check)}).`);
        const version = Number(copy.pragma('user_version', { simple: true }));
        if (version > LATEST_SCHEMA_VERSION) {
          problems.push(`Bản sao lưu do phiên bản mới hơn của ứng dụng tạo (lược đồ ${version}); hãy cập nhật ứng dụng trước.`);
        }
        if (problems.length === 0) {
          contents = summarize(copy);
          hashes = prepared(copy, 'SELECT hash FROM attachments').pluck().all() as string[];
        }
      }
    } finally {
      copy.close();
    }
  } catch (error) {
    problems.push(`Không đọc được bản sao lưu: ${describeSqliteError(error) ?? (error instanceof Error ? error.message : String(error))}`);
  }
  const pool = poolFolder(folder);
  const missingAttachments = hashes.filter((hash) => !holdsContent(path.join(pool, hash), hash)).length;
  const { file: _file, ...entry } = backup;
  return {
    backup: entry,
    problems,
    contents,
    current: summarize(ctx.db),
    missingAttachments,
    migratesFrom: contents && contents.schemaVersion < LATEST_SCHEMA_VERSION ? contents.schemaVersion : null,
  };
}

function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}

/** The last change a database holds: every write of the app and of the command line adds an audit row. */
export function changeMark(db: Database): number {
  return Number(prepared(db, 'SELECT coalesce(max(id), 0) FROM audit_log').pluck().get());
}

function markOfCopy(file: string): number {
  const copy = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    return changeMark(copy);
  } finally {
    copy.close();
  }
}

/** The file's identity and backup settings stay those of the file in its place, not the copy's. */
function keepSettingsOfThisFile(ctx: ServiceContext, staged: Database): void {
  const stagedCtx = { ...ctx, db: staged };
  for (const key of [DATABASE_ID_KEY, FOLDER_KEY, LAST_KEY]) {
    const value = readSetting(ctx, key);
    if (value === undefined) prepared(staged, 'DELETE FROM app_settings WHERE key = ?').run(key);
    // The last copy's change mark belongs to the data replaced: the next automatic copy must not be skipped.
    else writeSetting(stagedCtx, key, key === LAST_KEY && value && typeof value === 'object' ? { ...value, mark: -1 } : value);
  }
}

/** A restore under way, per open database: the automatic copy (on start, on quit) waits for it. */
const restoring = new WeakMap<ServiceContext, Promise<unknown>>();

export function restoreFinished(ctx: ServiceContext): Promise<unknown> {
  return (restoring.get(ctx) ?? Promise.resolve()).catch(() => undefined);
}

/**
 * Replaces the data with a copy: checked first, the current data copied (kept, not rotated), the
 * copy staged beside the database and brought up to date there, its kept files put back, then
 * written into the open database by SQLite's backup API — the app's connection stays valid and
 * sees the restored data. Nothing of the current data is lost: it is in the safety copy, and a
 * write that slips in after it (the command line) stops the restore before anything is replaced.
 */
export function restoreBackup(
  ctx: ServiceContext,
  folder: string,
  name: string,
  expectedNominees: number,
  options: { beforeOverwrite?: () => Promise<void> } = {},
) {
  const running = replaceData(ctx, folder, name, expectedNominees, options);
  restoring.set(ctx, running);
  return running.finally(() => {
    if (restoring.get(ctx) === running) restoring.delete(ctx);
  });
}

async function replaceData(
  ctx: ServiceContext,
  folder: string,
  name: string,
  expectedNominees: number,
  // Lets a test write from another connection at the worst moment, just before the overwrite.
  options: { beforeOverwrite?: () => Promise<void> } = {},
) {
  const inspection = inspectBackup(ctx, folder, name);
  if (inspection.problems.length > 0 || !inspection.contents) {
    throw new AppError('invalid_input', `Không khôi phục: ${inspection.problems.join(' ')}`);
  }
  if (inspection.contents.nominees !== expectedNominees) {
    throw new AppError('conflict', 'Bản sao lưu đã khác so với lúc xem (số đề cử khác); hãy xem lại trước khi khôi phục.');
  }
  const safetyCopy = await writeBackup(ctx, backupFolderOf(ctx), 'before-restore');
  const safeUpTo = markOfCopy(path.join(backupFolderOf(ctx), safetyCopy.name));
  const staging = path.join(path.dirname(ctx.databasePath), `.dang-khoi-phuc-${process.pid}.sqlite`);
  removeDatabaseFiles(staging);
  try {
    fs.copyFileSync(path.join(folder, name), staging);
    const staged = openDatabase(staging, { create: false, keepUpgradeCopy: false });
    try {
      // Brought up to date as the app brings any file it opens: schema, then warnings of newer rules.
      bringWarningsToCurrentRules({ ...ctx, db: staged.db, databasePath: staging });
      keepSettingsOfThisFile(ctx, staged.db);
      const live = attachmentsFolder(ctx);
      for (const hash of prepared(staged.db, 'SELECT hash FROM attachments').pluck().all() as string[]) {
        copyKeptFile(path.join(poolFolder(folder), hash), live, hash);
      }
      await options.beforeOverwrite?.();
      let checked = false;
      await staged.db.backup(ctx.databasePath, {
        // The first step takes the database's write lock and copies nothing: from here on nobody else
        // can write, so a change made since the safety copy is seen now, and stops the restore whole.
        progress: () => {
          checked = true;
          if (changeMark(ctx.db) !== safeUpTo) {
            throw new AppError(
              'conflict',
              'Trong lúc khôi phục, dữ liệu vừa có thay đổi mới (từ dòng lệnh?); chưa khôi phục gì. Hãy thử lại khi không còn chương trình nào ghi.',
            );
          }
          return 0x7fffffff;
        },
      });
      // A first step that found the file locked by another writer copies nothing and ends as if done.
      if (!checked) {
        throw new AppError(
          'conflict',
          'Dữ liệu đang được một chương trình khác ghi (dòng lệnh?); chưa khôi phục gì. Hãy thử lại sau ít phút.',
        );
      }
    } finally {
      staged.db.close();
    }
  } finally {
    removeDatabaseFiles(staging);
  }
  ctx.db
    .transaction(() =>
      recordChange(ctx, {
        action: 'update',
        entity: 'database',
        entityId: name,
        before: { ...inspection.current, safetyCopy: safetyCopy.name },
        after: inspection.contents,
      }),
    )
    .immediate();
  const { missingFiles: _missing, ...safety } = safetyCopy;
  return { restored: inspection.backup, safetyCopy: safety, migratedFrom: inspection.migratesFrom };
}

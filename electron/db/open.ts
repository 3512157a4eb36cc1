import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors.ts';
import { LATEST_SCHEMA_VERSION, runMigrations } from './migrations/index.ts';
import { backupBeforeMigration } from '../backup/backup.ts';
import { describeSqliteError, sqliteCode } from './sqlite-errors.ts';

/** "DHTT" — marks a SQLite file as this app's, so another program's database is refused. */
export const APPLICATION_ID = 0x44485454;

export interface OpenOptions {
  /**
   * Create the file when it does not exist, or take an existing empty one (init, the app's own
   * data file). Without it an empty file is refused unchanged, like another program's. Default true.
   */
  create?: boolean;
  /** Bring an older schema up to date (default true); `check` looks at a file as it is. */
  migrate?: boolean;
  /** Keep a copy of the file before upgrading it (default true); a staged restore is itself a copy. */
  keepUpgradeCopy?: boolean;
}

export interface OpenedDatabase {
  db: Database;
  /** The schema version the file had before this open (0 for a new file). */
  previousVersion: number;
  /** Where the copy made before migrating went, when a migration ran on an existing file. */
  backupPath: string | null;
}

function fail(message: string): never {
  throw new AppError('database', message);
}

function checkLocation(filePath: string, create: boolean): boolean {
  const folder = path.dirname(filePath);
  if (!fs.existsSync(folder)) fail(`Thư mục "${folder}" không tồn tại.`);
  if (!fs.statSync(folder).isDirectory()) fail(`"${folder}" không phải là thư mục.`);
  const exists = fs.existsSync(filePath);
  if (exists && !fs.statSync(filePath).isFile()) fail(`"${filePath}" không phải là tệp.`);
  if (!exists && !create) fail(`Không có tệp cơ sở dữ liệu "${filePath}". Hãy chạy lệnh init trước.`);
  try {
    fs.accessSync(folder, fs.constants.W_OK);
    if (exists) fs.accessSync(filePath, fs.constants.R_OK | fs.constants.W_OK);
  } catch {
    fail(`Không có quyền ghi vào "${exists ? filePath : folder}".`);
  }
  return exists;
}

interface FileIdentity {
  applicationId: number;
  userVersion: number;
  tableCount: number;
}

function readIdentity(db: Database, filePath: string): FileIdentity {
  try {
    return {
      applicationId: Number(db.pragma('application_id', { simple: true })),
      userVersion: Number(db.pragma('user_version', { simple: true })),
      tableCount: Number(db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get()),
    };
  } catch (error) {
    if (sqliteCode(error) === 'SQLITE_NOTADB') {
      fail(`Tệp "${filePath}" không phải là cơ sở dữ liệu của ứng dụng (không đọc được như SQLite).`);
    }
    throw error;
  }
}

/** A SQLite failure while opening, said for what it is (full disk, lock, damage), with the file's name. */
function openFailure(error: unknown, filePath: string): unknown {
  const meaning = describeSqliteError(error);
  return meaning ? new AppError('database', `Không mở được "${filePath}": ${meaning}`) : error;
}

/**
 * Opens (or creates) the app's database: refuses another program's file or a newer schema
 * without writing to it, then turns on WAL and foreign keys and brings the schema up to date,
 * after a backup copy when an existing file is migrated.
 */
export function openDatabase(filePath: string, options: OpenOptions = {}): OpenedDatabase {
  const absolute = path.resolve(filePath);
  const create = options.create ?? true;
  const existed = checkLocation(absolute, create);
  let db: Database;
  try {
    db = new BetterSqlite3(absolute);
  } catch (error) {
    fail(`Không mở được "${absolute}": ${(error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''}`);
  }
  try {
    const identity = readIdentity(db, absolute);
    const isEmpty = identity.tableCount === 0 && identity.userVersion === 0;
    if (isEmpty && existed && !create) {
      fail(`Tệp "${absolute}" rỗng, không phải là cơ sở dữ liệu của ứng dụng; tệp được để nguyên. Tạo cơ sở dữ liệu mới bằng lệnh init.`);
    }
    if (!isEmpty && identity.applicationId !== APPLICATION_ID) {
      fail(`Tệp "${absolute}" không phải là cơ sở dữ liệu của ứng dụng Điển hình tiên tiến.`);
    }
    if (identity.userVersion > LATEST_SCHEMA_VERSION) {
      fail(
        `Tệp "${absolute}" do phiên bản mới hơn của ứng dụng tạo (lược đồ ${identity.userVersion}, phiên bản này biết đến ${LATEST_SCHEMA_VERSION}). Hãy cập nhật ứng dụng.`,
      );
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const backupPath =
      identity.userVersion < LATEST_SCHEMA_VERSION && (options.migrate ?? true)
        ? migrate(db, absolute, existed && (options.keepUpgradeCopy ?? true), identity)
        : null;
    return { db, previousVersion: identity.userVersion, backupPath };
  } catch (error) {
    db.close();
    throw openFailure(error, absolute);
  }
}

/**
 * Upgrades in one transaction, after a copy of the existing file. A failed upgrade leaves the
 * file as it was, so its copy is removed again: repeated failures do not fill the folder.
 */
function migrate(db: Database, absolute: string, existed: boolean, identity: FileIdentity): string | null {
  const isEmpty = identity.tableCount === 0 && identity.userVersion === 0;
  const backupPath = existed && identity.userVersion > 0 ? backupBeforeMigration(db, absolute, identity.userVersion) : null;
  try {
    if (isEmpty) db.pragma(`application_id = ${APPLICATION_ID}`);
    runMigrations(db, identity.userVersion);
  } catch (error) {
    if (backupPath && Number(db.pragma('user_version', { simple: true })) === identity.userVersion) fs.rmSync(backupPath, { force: true });
    throw error;
  }
  return backupPath;
}

export function schemaVersion(db: Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, openDatabase } from '../../electron/db/open.ts';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/db/migrations/index.ts';
import { AppError } from '../../shared/api/errors.ts';
import { databaseAtVersion, tempFile } from '../support/database-at-version.ts';

function tables(db: BetterSqlite3.Database): string[] {
  return db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
}

function fileAtVersion(file: string, version: number): void {
  databaseAtVersion(version, '', file);
}

function expectRefusal(action: () => unknown, text: string): void {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toContain(text);
    expect((error as AppError).message).not.toContain('\n');
    return;
  }
  throw new Error('expected a refusal');
}

describe('schema migrations', () => {
  it('are numbered 1, 2, … in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('bring a new file to the latest version with WAL, foreign keys and the app mark', () => {
    const file = tempFile();
    const { db, previousVersion, backupPath } = openDatabase(file);
    expect(previousVersion).toBe(0);
    expect(backupPath).toBeNull();
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(tables(db)).toEqual(
      expect.arrayContaining([
        'agencies',
        'units',
        'campaigns',
        'campaign_quotas',
        'nominees',
        'awards',
        'issued_documents',
        'attachments',
        'audit_log',
      ]),
    );
    db.close();
  });

  for (const older of MIGRATIONS.map((m) => m.version).filter((v) => v < LATEST_SCHEMA_VERSION)) {
    it(`upgrade a version ${older} file to the latest, keeping its rows and a backup of the old file`, () => {
      const file = tempFile();
      fileAtVersion(file, older);
      const before = new BetterSqlite3(file);
      before
        .prepare(
          `INSERT INTO agencies (name, full_name, parent_body, abbreviation, place, head_title, signer_name, contact_name, contact_position, contact_phone)
           VALUES ('Ban Dân tộc', 'Ban Dân tộc tỉnh X', 'UBND tỉnh X', 'BDT', 'X', 'TRƯỞNG BAN', 'Người Ký', 'A', 'B', '1')`,
        )
        .run();
      before.close();

      const { db, previousVersion, backupPath } = openDatabase(file);
      expect(previousVersion).toBe(older);
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(db.prepare('SELECT signer_name FROM agencies').pluck().get()).toBe('Người Ký');
      expect(backupPath).not.toBeNull();
      const backup = new BetterSqlite3(backupPath ?? '', { readonly: true });
      expect(backup.pragma('user_version', { simple: true })).toBe(older);
      expect(backup.prepare('SELECT count(*) FROM agencies').pluck().get()).toBe(1);
      backup.close();
      db.close();
    });
  }

  it('refuse a file from a newer version of the app and leave it unchanged', () => {
    const file = tempFile();
    fileAtVersion(file, LATEST_SCHEMA_VERSION);
    const db = new BetterSqlite3(file);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    db.close();
    const bytes = fs.readFileSync(file);
    expectRefusal(() => openDatabase(file), 'phiên bản mới hơn');
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuse another program’s SQLite file and leave it unchanged', () => {
    const file = tempFile('other.db');
    const other = new BetterSqlite3(file);
    other.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('x');");
    other.close();
    const bytes = fs.readFileSync(file);
    expectRefusal(() => openDatabase(file), 'không phải là cơ sở dữ liệu của ứng dụng');
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuse a file that is not SQLite at all and leave it unchanged', () => {
    const file = tempFile('notes.sqlite');
    fs.writeFileSync(file, 'Danh sách đề cử — không phải cơ sở dữ liệu\n'.repeat(50));
    const bytes = fs.readFileSync(file);
    expectRefusal(() => openDatabase(file), 'không đọc được như SQLite');
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuse a missing folder, and a missing file when creating is not allowed', () => {
    const file = tempFile();
    expectRefusal(() => openDatabase(path.join(path.dirname(file), 'khong-co', 'db.sqlite')), 'không tồn tại');
    expectRefusal(() => openDatabase(file, { create: false }), 'Hãy chạy lệnh init');
    expect(fs.existsSync(file)).toBe(false);
  });
});

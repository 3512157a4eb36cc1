import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupFolder } from '../../electron/backup/backup.ts';
import { LATEST_SCHEMA_VERSION } from '../../electron/db/migrations/index.ts';
import { openDatabase } from '../../electron/db/open.ts';
import { describeSqliteError } from '../../electron/db/sqlite-errors.ts';
import { databaseAtVersion, MINIMAL_ROWS_SQL } from '../support/database-at-version.ts';
import { addNominees, person } from '../support/nominees.ts';
import { cli, expectOneLineFailure, tempDb } from '../support/run-cli.ts';
import { fails, newSession } from '../support/session.ts';

/** Every file in the folder with its bytes, to show a refused file (and its neighbours) unchanged. */
function folderBytes(folder: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(folder)
      .filter((name) => fs.statSync(path.join(folder, name)).isFile())
      .map((name) => [name, fs.readFileSync(path.join(folder, name)).toString('base64')]),
  );
}

describe('database files that are not (or no longer) a healthy database of this app', () => {
  it('check refuses a 0-byte file and an empty SQLite file of another program, unchanged; init takes the empty one', () => {
    const empty = tempDb();
    fs.writeFileSync(empty, '');
    expectOneLineFailure(cli('check', '--db', empty), 'rỗng');
    expect(folderBytes(path.dirname(empty))).toEqual({ 'x.db': '' });
    const otherEmpty = tempDb();
    const other = new BetterSqlite3(otherEmpty);
    other.pragma('page_size = 8192');
    other.exec('VACUUM');
    other.close();
    const before = folderBytes(path.dirname(otherEmpty));
    expectOneLineFailure(cli('nominees', '--db', otherEmpty, '--campaign', '2024'), 'không phải là cơ sở dữ liệu của ứng dụng');
    expect(folderBytes(path.dirname(otherEmpty))).toEqual(before);
    const init = cli('init', '--db', empty);
    expect(init.code).toBe(0);
    expect(cli('check', '--db', empty).stdout).toContain('Cơ sở dữ liệu tốt');
  });

  it('check reports a damaged page of the nominees table instead of failing with the generic error', () => {
    const db = tempDb();
    expect(cli('init', '--db', db).code).toBe(0);
    const session = newSession({ file: db });
    addNominees(
      session,
      Array.from({ length: 600 }, (_, i) => person(1, `Người Thứ ${i}`, { achievementSummary: 'Thành tích '.repeat(20) })),
    );
    const leaf = session.db
      .prepare("SELECT pageno FROM dbstat WHERE name = 'nominees' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET 5")
      .pluck()
      .get() as number;
    const pageSize = Number(session.db.pragma('page_size', { simple: true }));
    session.db.pragma('wal_checkpoint(TRUNCATE)');
    session.close();
    const handle = fs.openSync(db, 'r+');
    fs.writeSync(handle, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (leaf - 1) * pageSize);
    fs.closeSync(handle);
    const check = cli('check', '--db', db);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('chỗ hỏng');
    expect(check.stderr).toMatch(/page \d+/iu);
    expect(check.stderr).not.toContain('lỗi không mong đợi');
    // The app's own answer to a read of the damaged table says what it is and what to do.
    const listed = cli('nominees', '--db', db, '--campaign', '2024');
    expect(listed.code).not.toBe(0);
    expect(listed.stderr).toMatch(/bị hỏng|chỗ hỏng/u);
  });

  it('an upgrade that fails leaves the file as it was and no copy behind, however often it is tried', () => {
    const file = databaseAtVersion(7, `${MINIMAL_ROWS_SQL}; CREATE TABLE mail_log (x INTEGER);`);
    const bytes = fs.readFileSync(file);
    for (let attempt = 0; attempt < 3; attempt++) expect(() => openDatabase(file)).toThrow();
    // Past the header (where SQLite notes the journal mode), every byte is as it was.
    expect(fs.readFileSync(file).subarray(100).equals(bytes.subarray(100))).toBe(true);
    const copies = fs.existsSync(backupFolder(file)) ? fs.readdirSync(backupFolder(file)) : [];
    expect(copies).toEqual([]);
    const db = new BetterSqlite3(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    db.close();
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThan(7);
  });

  it('check looks at an older file without upgrading it', () => {
    const file = databaseAtVersion(7, MINIMAL_ROWS_SQL);
    const bytes = fs.readFileSync(file);
    const check = cli('check', '--db', file);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(`Lược đồ ở phiên bản 7, cần ${LATEST_SCHEMA_VERSION}`);
    expect(fs.existsSync(backupFolder(file))).toBe(false);
    const db = new BetterSqlite3(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    db.close();
    expect(fs.readFileSync(file).subarray(100).equals(bytes.subarray(100))).toBe(true);
  });

  it('a full disk is said as a full disk, with nothing changed', async () => {
    const session = newSession();
    const pages = Number(session.db.pragma('page_count', { simple: true }));
    // SQLite's own limit on the file's pages answers exactly as a full disk does (SQLITE_FULL).
    session.db.pragma(`max_page_count = ${pages}`);
    const error = await fails(session, 'campaigns.copy', { fromCampaignId: 1, year: 2031 });
    expect(error.message).toContain('Ổ đĩa đã đầy');
    expect(session.db.prepare('SELECT count(*) FROM campaigns').pluck().get()).toBe(1);
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    expect(describeSqliteError(full)).toContain('Ổ đĩa đã đầy');
    expect(describeSqliteError(Object.assign(new Error('x'), { code: 'SQLITE_NOTADB' }))).toBeNull();
  });
});

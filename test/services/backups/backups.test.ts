import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../electron/db/migrations/index.ts';
import { APPLICATION_ID } from '../../../electron/db/open.ts';
import { automaticBackup } from '../../../electron/services/backups/automatic-backup.ts';
import { copiesToPrune, listBackups, poolFolder } from '../../../electron/services/backups/backup-files.ts';
import { pruneAutomaticCopies } from '../../../electron/services/backups/prune-backups.ts';
import { contentHash } from '../../../electron/services/core/attachment-store.ts';
import { databaseAtVersion, MINIMAL_ROWS_SQL } from '../../support/database-at-version.ts';
import { addNominees, person } from '../../support/nominees.ts';
import { fails, newSession, ok } from '../../support/session.ts';
import type { BackupEntry } from '../../../shared/domain/backups.ts';

const nomineeCount = (db: BetterSqlite3.Database) => db.prepare('SELECT count(*) FROM nominees WHERE deleted_at IS NULL').pluck().get();
const ORIGINAL = Buffer.from('Công văn đề cử của huyện Sơn Động — bản gốc');

async function sessionWithData(now?: () => Date) {
  const session = newSession(now ? { now } : {});
  const [first] = addNominees(session, [person(1, 'Lý Thị Sen'), person(1, 'Hoàng Văn Bình'), person(2, 'Nông Thị Hoa')]);
  await ok(session, 'nominees.attach', { id: first ?? 0, fileName: 'cong-van.pdf', contentBase64: ORIGINAL.toString('base64') });
  return session;
}

describe('backups', () => {
  it('makes a copy with the online backup API that reads alone: the app’s mark, no WAL needed, its kept files beside it', async () => {
    const session = await sessionWithData();
    const copy = await ok(session, 'backups.create', {});
    expect(copy).toMatchObject({ kind: 'manual', missingFiles: 0 });
    const state = await ok(session, 'backups.state', {});
    expect(state.folderIsDefault).toBe(true);
    expect(state.backups.map((entry) => entry.name)).toEqual([copy?.name]);
    const file = path.join(state.folder, copy?.name ?? '');
    const db = new BetterSqlite3(file, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(nomineeCount(db)).toBe(3);
    db.close();
    expect(fs.readFileSync(path.join(poolFolder(state.folder), contentHash(ORIGINAL))).equals(ORIGINAL)).toBe(true);
    expect(fs.readdirSync(state.folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('restores a copy after changes: says what it replaces, keeps the current data, puts the kept file back', async () => {
    const session = await sessionWithData();
    const copy = await ok(session, 'backups.create', {});
    const name = copy?.name ?? '';
    addNominees(session, [person(3, 'Người Thêm Sau')]);
    await ok(session, 'nominees.delete', { id: 1 });
    const attachments = path.join(session.dir, 'tep-dinh-kem');
    fs.rmSync(path.join(attachments, contentHash(ORIGINAL)));
    const inspection = await ok(session, 'backups.inspect', { name, from: 'folder' });
    expect(inspection.problems).toEqual([]);
    expect(inspection.contents?.nominees).toBe(3);
    expect(inspection.current.nominees).toBe(3);
    expect(inspection.contents?.campaigns).toEqual([expect.objectContaining({ year: 2024 })]);
    expect(inspection.migratesFrom).toBeNull();
    // A count other than the one shown is refused: the user restores only what they saw.
    expect((await fails(session, 'backups.restore', { name, from: 'folder', expectedNominees: 4 })).message).toContain(
      'khác so với lúc xem',
    );
    const result = await ok(session, 'backups.restore', { name, from: 'folder', expectedNominees: 3 });
    expect(result.safetyCopy.kind).toBe('before-restore');
    // The app's own connection sees the restored data at once.
    const names = session.db.prepare('SELECT name FROM nominees WHERE deleted_at IS NULL ORDER BY id').pluck().all();
    expect(names).toEqual(['Lý Thị Sen', 'Hoàng Văn Bình', 'Nông Thị Hoa']);
    expect(fs.readFileSync(path.join(attachments, contentHash(ORIGINAL))).equals(ORIGINAL)).toBe(true);
    const content = await ok(session, 'attachments.content', { hash: contentHash(ORIGINAL) });
    expect(Buffer.from(content.contentBase64, 'base64').equals(ORIGINAL)).toBe(true);
    const safety = new BetterSqlite3(path.join((await ok(session, 'backups.state', {})).folder, result.safetyCopy.name), {
      readonly: true,
    });
    expect(safety.prepare('SELECT name FROM nominees WHERE deleted_at IS NULL ORDER BY id').pluck().all()).toEqual([
      'Hoàng Văn Bình',
      'Nông Thị Hoa',
      'Người Thêm Sau',
    ]);
    safety.close();
    const audit = session.db.prepare("SELECT entity_id FROM audit_log WHERE entity = 'database'").pluck().all();
    expect(audit).toEqual([name]);
    expect((await ok(session, 'system.check', {})).problems).toEqual([]);
  });

  it('restores a copy made by an older schema and brings it up to date', async () => {
    const session = newSession();
    const folder = (await ok(session, 'backups.state', {})).folder;
    fs.mkdirSync(folder, { recursive: true });
    const name = 'Dien-hinh-tien-tien_2025-01-10_08-00-00_tu-dong.sqlite';
    databaseAtVersion(7, MINIMAL_ROWS_SQL, path.join(folder, name));
    const inspection = await ok(session, 'backups.inspect', { name, from: 'folder' });
    expect(inspection.migratesFrom).toBe(7);
    expect(inspection.problems).toEqual([]);
    await ok(session, 'backups.restore', { name, from: 'folder', expectedNominees: inspection.contents?.nominees ?? -1 });
    expect(session.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(session.db.prepare('SELECT year FROM campaigns').pluck().all()).toEqual([2024]);
    // The copy itself is left as it was, at its own version.
    const copy = new BetterSqlite3(path.join(folder, name), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(7);
    copy.close();
  });

  it('refuses another program’s file, a damaged copy and one from a newer version, with the data unchanged', async () => {
    const session = await sessionWithData();
    const folder = (await ok(session, 'backups.state', {})).folder;
    fs.mkdirSync(folder, { recursive: true });
    const other = new BetterSqlite3(path.join(folder, 'khac.sqlite'));
    other.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x')");
    other.close();
    const newer = (await ok(session, 'backups.create', {}))?.name ?? '';
    const newerDb = new BetterSqlite3(path.join(folder, newer));
    newerDb.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    newerDb.close();
    const torn = 'Dien-hinh-tien-tien_2025-02-01_08-00-00_thu-cong.sqlite';
    const bytes = fs.readFileSync(path.join(folder, newer));
    fs.writeFileSync(path.join(folder, torn), bytes.subarray(0, Math.floor(bytes.length / 2)));
    for (const [name, reason] of [
      ['khac.sqlite', 'không phải là bản sao lưu'],
      [newer, 'phiên bản mới hơn'],
      [torn, 'hỏng'],
    ] as const) {
      const inspection = await ok(session, 'backups.inspect', { name, from: 'folder' });
      expect(inspection.problems.join(' ')).toContain(reason);
      const refused = await fails(session, 'backups.restore', { name, from: 'folder', expectedNominees: 3 });
      expect(refused.message).toContain('Không khôi phục');
    }
    expect(nomineeCount(session.db)).toBe(3);
    expect(listBackups(folder).filter((entry) => entry.kind === 'before-restore')).toEqual([]);
    expect((await fails(session, 'backups.inspect', { name: '../test.sqlite', from: 'folder' })).message).toContain('không hợp lệ');
    expect((await fails(session, 'backups.inspect', { name: 'x.sqlite', from: 'browsed' })).message).toContain('Chưa mở thư mục khác');
  });

  it('keeps the newest automatic copy of each of the last 7 days and of the last 4 weeks; copies made by hand stay', () => {
    const entry = (day: string, time: string, kind: BackupEntry['kind'] = 'automatic', databaseId = 'aaaa0001'): BackupEntry => ({
      name: `${day}_${time}_${kind}_${databaseId}`,
      kind,
      createdAt: `${day}T${time}`,
      size: 1,
      databaseId,
    });
    // Two copies a day (start and quit) over 40 days, newest first, and one made by hand long ago.
    const days = Array.from({ length: 40 }, (_, i) => new Date(Date.UTC(2026, 10, 30 - i)).toISOString().slice(0, 10));
    // Another database's copies in the same folder (a shared USB drive) are not this one's to rotate.
    const others = days.map((day) => entry(day, '12:00:00', 'automatic', 'bbbb0002'));
    const entries = [...days.flatMap((day) => [entry(day, '17:00:00'), entry(day, '08:00:00')]), entry('2026-01-05', '09:00:00', 'manual')];
    const pruned = new Set(copiesToPrune([...entries, ...others], 'aaaa0001', '').map((e) => e.name));
    expect(others.filter((e) => pruned.has(e.name))).toEqual([]);
    const kept = entries.filter((e) => !pruned.has(e.name)).map((e) => e.createdAt);
    expect(kept).toEqual([
      ...days.slice(0, 7).map((day) => `${day}T17:00:00`),
      // Older weeks: the newest copy of each ISO week (Sunday), up to four weeks in all.
      '2026-11-22T17:00:00',
      '2026-11-15T17:00:00',
      '2026-01-05T09:00:00',
    ]);
    // A clock set back dates the copy just written before all others: it is kept all the same.
    const behind = entry('2025-06-01', '08:00:00');
    expect(copiesToPrune([...entries, behind], 'aaaa0001', behind.name).map((e) => e.name)).not.toContain(behind.name);
    expect(copiesToPrune([...entries, behind], 'aaaa0001', '').map((e) => e.name)).toContain(behind.name);
  });

  it('runs on start and quit: skips when nothing changed, rotates, and never throws when the folder is gone', async () => {
    let clock = new Date(2026, 11, 1, 8, 0, 0);
    const session = await sessionWithData(() => clock);
    const first = await automaticBackup(session.ctx);
    expect(first.ok).toBe(true);
    const again = await automaticBackup(session.ctx);
    expect(again.message).toContain('Không có thay đổi');
    addNominees(session, [person(3, 'Người Thêm Sau')]);
    await ok(session, 'nominees.save', { campaignId: 1, id: 1, fields: person(1, 'Lý Thị Sen', { birthYear: 1981 }) });
    clock = new Date(2026, 11, 2, 8, 0, 0);
    const changed = await automaticBackup(session.ctx);
    expect(changed.ok).toBe(true);
    const state0 = await ok(session, 'backups.state', {});
    const folder = state0.folder;
    expect(listBackups(folder).filter((entry) => entry.kind === 'automatic')).toHaveLength(2);
    expect(listBackups(folder).map((entry) => entry.databaseId)).toEqual([state0.databaseId, state0.databaseId]);
    // Kept files no copy refers to go, unless just copied (a copy being written may need them).
    const stale = path.join(poolFolder(folder), 'a'.repeat(64));
    const fresh = path.join(poolFolder(folder), 'b'.repeat(64));
    fs.writeFileSync(stale, 'cũ');
    fs.writeFileSync(fresh, 'mới');
    fs.utimesSync(stale, new Date(Date.now() - 2 * 3600_000), new Date(Date.now() - 2 * 3600_000));
    pruneAutomaticCopies(folder, state0.databaseId ?? '', '');
    expect([fs.existsSync(stale), fs.existsSync(fresh), fs.existsSync(path.join(poolFolder(folder), contentHash(ORIGINAL)))]).toEqual([
      false,
      true,
      true,
    ]);
    // The chosen folder on a USB drive that has been pulled out.
    session.db
      .prepare("INSERT INTO app_settings (key, value_json) VALUES ('backups.folder', ?)")
      .run(JSON.stringify(path.join(session.dir, 'o-usb-da-rut', 'sao-luu')));
    fs.writeFileSync(path.join(session.dir, 'o-usb-da-rut'), 'không phải thư mục');
    await ok(session, 'nominees.delete', { id: 2 });
    const gone = await automaticBackup(session.ctx);
    expect(gone.ok).toBe(false);
    expect(gone.message).toContain('Không ghi được vào thư mục sao lưu');
    const state = await ok(session, 'backups.state', {});
    expect(state.lastAutomatic).toMatchObject({ ok: false });
    expect(state.folderReachable).toBe(false);
  });
});

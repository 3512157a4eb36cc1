import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { automaticBackup } from '../../../electron/services/backups/automatic-backup.ts';
import { listBackups, poolFolder } from '../../../electron/services/backups/backup-files.ts';
import { writeBackup } from '../../../electron/services/backups/make-backup.ts';
import { pruneAutomaticCopies } from '../../../electron/services/backups/prune-backups.ts';
import { restoreBackup } from '../../../electron/services/backups/restore.ts';
import { contentHash } from '../../../electron/services/core/attachment-store.ts';
import { addNominees, person } from '../../support/nominees.ts';
import { newSession, ok } from '../../support/session.ts';

const ORIGINAL = Buffer.from('Biên bản bình xét của xã — bản gốc');
const names = (db: BetterSqlite3.Database) => db.prepare('SELECT name FROM nominees WHERE deleted_at IS NULL ORDER BY id').pluck().all();
const setFolder = (db: BetterSqlite3.Database, folder: string) =>
  db
    .prepare(
      "INSERT INTO app_settings (key, value_json) VALUES ('backups.folder', ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json",
    )
    .run(JSON.stringify(folder));
const hoursAgo = (file: string, hours: number) =>
  fs.utimesSync(file, new Date(Date.now() - hours * 3600_000), new Date(Date.now() - hours * 3600_000));

describe('backups in a folder shared with other files and other programs', () => {
  it('a restore keeps this file’s backup folder and identity, and the next automatic copy is not skipped', async () => {
    const session = newSession();
    addNominees(session, [person(1, 'Lý Thị Sen')]);
    const usbOld = path.join(session.dir, 'usb-cu');
    setFolder(session.db, usbOld);
    const copy = await ok(session, 'backups.create', { to: 'folder' });
    const usbNew = path.join(session.dir, 'usb-moi');
    setFolder(session.db, usbNew);
    fs.mkdirSync(usbNew);
    fs.copyFileSync(path.join(usbOld, copy?.name ?? ''), path.join(usbNew, copy?.name ?? ''));
    const before = await ok(session, 'backups.state', {});
    const first = await automaticBackup(session.ctx);
    expect(first.ok).toBe(true);
    await ok(session, 'backups.restore', { name: copy?.name ?? '', from: 'folder', expectedNominees: 1 });
    const after = await ok(session, 'backups.state', {});
    // The copy was made while the folder was the old drive: the restore does not bring that choice back.
    expect([after.folder, after.databaseId]).toEqual([usbNew, before.databaseId]);
    const next = await automaticBackup(session.ctx);
    expect(next.message).toMatch(/^Dien-hinh-tien-tien_.*_tu-dong_[0-9a-f]{8}\.sqlite$/u);
    expect(next.message).not.toBe(first.message);
  });

  it('a write from another program after the safety copy stops the restore before anything is replaced', async () => {
    const session = newSession();
    addNominees(session, [person(1, 'Lý Thị Sen'), person(1, 'Hoàng Văn Bình')]);
    const copy = await ok(session, 'backups.create', { to: 'folder' });
    const folder = (await ok(session, 'backups.state', {})).folder;
    // The command line, on the same file, as a second process would be.
    const commandLine = newSession({ file: session.ctx.databasePath });
    await ok(commandLine, 'nominees.delete', { id: 2 });
    const write = () =>
      ok(commandLine, 'nominees.save', { campaignId: 1, id: 1, fields: person(1, 'Lý Thị Sen Sửa Từ Dòng Lệnh') }).then(() => undefined);
    await expect(restoreBackup(session.ctx, folder, copy?.name ?? '', 2, { beforeOverwrite: write })).rejects.toThrow('chưa khôi phục gì');
    // Nothing replaced, nothing lost: the late write is in the data, the restore left no audit row.
    expect(names(session.db)).toEqual(['Lý Thị Sen Sửa Từ Dòng Lệnh']);
    expect(session.db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'database'").pluck().get()).toBe(0);
    // Tried again with nobody writing, it goes through.
    await restoreBackup(session.ctx, folder, copy?.name ?? '', 2);
    expect(names(session.db)).toEqual(['Lý Thị Sen', 'Hoàng Văn Bình']);
    expect(names(commandLine.db)).toEqual(['Lý Thị Sen', 'Hoàng Văn Bình']);
  });

  it('a file held by another writer at the moment of the overwrite is refused, not reported as restored', async () => {
    const session = newSession();
    addNominees(session, [person(1, 'Lý Thị Sen'), person(1, 'Hoàng Văn Bình')]);
    const copy = await ok(session, 'backups.create', { to: 'folder' });
    const folder = (await ok(session, 'backups.state', {})).folder;
    await ok(session, 'nominees.delete', { id: 2 });
    const other = new BetterSqlite3(session.ctx.databasePath);
    const hold = async () => {
      other.exec('BEGIN IMMEDIATE');
    };
    await expect(restoreBackup(session.ctx, folder, copy?.name ?? '', 2, { beforeOverwrite: hold })).rejects.toThrow('chưa khôi phục gì');
    other.exec('ROLLBACK');
    other.close();
    expect(names(session.db)).toEqual(['Lý Thị Sen']);
    expect(session.db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'database'").pluck().get()).toBe(0);
  });

  it('calls that arrive during a restore wait for it and then see the restored data', async () => {
    const session = newSession();
    addNominees(session, [person(1, 'Lý Thị Sen')]);
    const copy = await ok(session, 'backups.create', { to: 'folder' });
    addNominees(session, [person(2, 'Người Thêm Sau')]);
    const restoring = ok(session, 'backups.restore', { name: copy?.name ?? '', from: 'folder', expectedNominees: 1 });
    const listed = ok(session, 'nominees.list', { campaignId: 1 });
    const saved = ok(session, 'nominees.save', { campaignId: 1, fields: person(2, 'Nhập Trong Lúc Khôi Phục') });
    await restoring;
    expect((await listed).total).toBe(1);
    await saved;
    expect(names(session.db)).toEqual(['Lý Thị Sen', 'Nhập Trong Lúc Khôi Phục']);
  });

  it('keeps the kept files of a copy saved under a name of the user’s choice, and drops only what nothing needs', async () => {
    const session = newSession();
    const [id] = addNominees(session, [person(1, 'Lý Thị Sen')]);
    await ok(session, 'nominees.attach', { id: id ?? 0, fileName: 'bien-ban.pdf', contentBase64: ORIGINAL.toString('base64') });
    const folder = (await ok(session, 'backups.state', {})).folder;
    await writeBackup(session.ctx, folder, 'manual', 'ban-cua-phong-truoc-dai-hoi.sqlite');
    const kept = path.join(poolFolder(folder), contentHash(ORIGINAL));
    const orphan = path.join(poolFolder(folder), 'c'.repeat(64));
    fs.writeFileSync(orphan, 'không bản nào cần');
    const leftover = path.join(folder, '.Dien-hinh-tien-tien_x.sqlite.4242.tmp');
    fs.writeFileSync(leftover, 'bản bị ngắt giữa chừng');
    fs.writeFileSync(path.join(folder, 'ghi-chu.sqlite'), 'không phải cơ sở dữ liệu');
    for (const file of [kept, orphan, leftover]) hoursAgo(file, 2);
    const databaseId = (await ok(session, 'backups.state', {})).databaseId ?? '';
    pruneAutomaticCopies(folder, databaseId, '');
    expect([fs.existsSync(kept), fs.existsSync(orphan), fs.existsSync(leftover)]).toEqual([true, false, false]);
    fs.rmSync(path.join(folder, 'ban-cua-phong-truoc-dai-hoi.sqlite'));
    pruneAutomaticCopies(folder, databaseId, '');
    expect(fs.existsSync(kept)).toBe(false);
  });

  it('a copy that is made but whose clean-up fails is reported as made', async () => {
    const session = newSession();
    addNominees(session, [person(1, 'Lý Thị Sen')]);
    const folder = (await ok(session, 'backups.state', {})).folder;
    fs.mkdirSync(folder, { recursive: true });
    // The kept-files folder is not a folder: listing it fails after the copy is written.
    fs.writeFileSync(poolFolder(folder), 'chặn');
    const outcome = await automaticBackup(session.ctx);
    expect(outcome.ok).toBe(true);
    expect(outcome.message).toContain('chưa xóa được bản cũ');
    expect(listBackups(folder).filter((entry) => entry.kind === 'automatic')).toHaveLength(1);
  });
});

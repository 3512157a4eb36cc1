import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cli, expectOneLineFailure, tempDb } from '../support/run-cli.ts';

const campaignYears = (db: string) => {
  const file = new BetterSqlite3(db, { readonly: true });
  const years = file.prepare('SELECT year FROM campaigns ORDER BY year').pluck().all();
  file.close();
  return years;
};

describe('backup and restore on the command line', () => {
  it('backs up to a file, says what a restore replaces, and restores it keeping the data it replaces', () => {
    const db = tempDb();
    expect(cli('init', '--db', db).code).toBe(0);
    const out = path.join(path.dirname(db), 'ban-sao.sqlite');
    const backup = cli('backup', '--db', db, '--out', out);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain(out);
    expectOneLineFailure(cli('backup', '--db', db, '--out', out), 'đã tồn tại');
    expectOneLineFailure(cli('backup', '--db', db, '--out', path.join(path.dirname(db), 'x.docx')), '.sqlite');
    expect(cli('campaign', 'copy', '--db', db, '--from', '2024', '--year', '2026').code).toBe(0);
    expect(campaignYears(db)).toEqual([2024, 2026]);
    const dry = cli('restore', '--db', db, '--from', out, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Sẽ thay thế dữ liệu hiện có: chiến dịch 2024, 2026');
    expect(dry.stdout).toContain('Chưa khôi phục');
    expect(campaignYears(db)).toEqual([2024, 2026]);
    const restore = cli('restore', '--db', db, '--from', out);
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain('Đã khôi phục');
    expect(campaignYears(db)).toEqual([2024]);
    const safety = /bản (\S+_truoc-khoi-phuc_[0-9a-f]{8}\.sqlite)/u.exec(restore.stdout)?.[1] ?? '';
    expect(campaignYears(path.join(path.dirname(db), 'sao-luu', safety))).toEqual([2024, 2026]);
    expect(cli('check', '--db', db).stdout).toContain('Cơ sở dữ liệu tốt');
    const notOurs = path.join(path.dirname(db), 'khac.sqlite');
    fs.writeFileSync(notOurs, 'không phải SQLite'.repeat(100));
    expectOneLineFailure(cli('restore', '--db', db, '--from', notOurs), 'Không khôi phục');
    expect(campaignYears(db)).toEqual([2024]);
  });
});

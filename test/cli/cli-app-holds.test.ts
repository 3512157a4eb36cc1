import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { holderFile } from '../../electron/session/database-holder.ts';
import { openSession } from '../../electron/session/open-session.ts';
import { cli, cliWhileServing, expectOneLineFailure, tempDb } from '../support/run-cli.ts';

const children: ReturnType<typeof spawn>[] = [];
afterEach(() => children.splice(0).forEach((child) => child.kill()));

/** A process that runs (as the app would) for the length of the test. */
function runningProcess(): number {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)'], { stdio: 'ignore' });
  children.push(child);
  return child.pid ?? 0;
}

function markHeld(db: string, pid: number, bootedAt = Date.now() - os.uptime() * 1000): void {
  fs.writeFileSync(holderFile(db), JSON.stringify({ pid, host: 'electron', since: new Date().toISOString(), bootedAt }));
}

describe('the command line while the app has the database open', () => {
  it('the app marks the file while it has it open, and only its own mark is removed', () => {
    const db = tempDb();
    const session = openSession({ databasePath: db, holder: 'browser' });
    expect(JSON.parse(fs.readFileSync(holderFile(db), 'utf8'))).toMatchObject({ pid: process.pid, host: 'browser' });
    session.close();
    expect(fs.existsSync(holderFile(db))).toBe(false);
  });

  it('refuses a restore, naming the app and its process; a mark left by a process that ended or before a restart is ignored', () => {
    const db = tempDb();
    expect(cli('init', '--db', db).code).toBe(0);
    const copy = db.replace(/x\.db$/u, 'ban-sao.sqlite');
    expect(cli('backup', '--db', db, '--out', copy).code).toBe(0);
    const pid = runningProcess();
    markHeld(db, pid);
    expectOneLineFailure(cli('restore', '--db', db, '--from', copy), `Ứng dụng Điển hình tiên tiến đang mở tệp này (tiến trình ${pid}`);
    expect(cli('campaigns', '--db', db).code).toBe(0);
    const ended = spawnSync(process.execPath, ['-e', 'process.pid'], { stdio: 'ignore' }).pid ?? 0;
    markHeld(db, ended);
    expect(cli('restore', '--db', db, '--from', copy, '--dry-run').code).toBe(0);
    // Written before the machine last started: its process id may now be another program's.
    markHeld(db, pid, Date.now() - os.uptime() * 1000 - 3 * 3600_000);
    expect(cli('restore', '--db', db, '--from', copy, '--dry-run').code).toBe(0);
  });

  it('waits for the app’s write to finish instead of failing at once', async () => {
    const db = tempDb();
    expect(cli('init', '--db', db).code).toBe(0);
    markHeld(db, runningProcess());
    const app = new BetterSqlite3(db);
    app.exec('BEGIN IMMEDIATE');
    app.prepare("UPDATE agencies SET contact_phone = '0204 3854 999'").run();
    const copying = cliWhileServing({}, 'campaign', 'copy', '--db', db, '--from', '2024', '--year', '2027');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    app.exec('COMMIT');
    app.close();
    const result = await copying;
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const file = new BetterSqlite3(db, { readonly: true });
    expect(file.prepare('SELECT year FROM campaigns ORDER BY year').pluck().all()).toEqual([2024, 2027]);
    expect(file.prepare('SELECT contact_phone FROM agencies').pluck().get()).toBe('0204 3854 999');
    file.close();
  });
});

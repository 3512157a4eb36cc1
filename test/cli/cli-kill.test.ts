import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { districtSheet, personRow } from '../support/district-sheet.ts';
import { cli, root, tempDb } from '../support/run-cli.ts';

/** Runs a command and kills it with SIGKILL (kill -9) after `afterMs`, or lets it finish; its exit signal. */
function runAndKill(args: string[], afterMs: number | null): Promise<{ ms: number; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(root, 'electron/build/run-cli.cjs'), ...args], { cwd: root, stdio: 'ignore' });
    const timer = afterMs === null ? undefined : setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve({ ms: performance.now() - started, signal });
    });
  });
}

function counts(db: string) {
  const file = new BetterSqlite3(db, { readonly: true });
  const one = (sql: string) => Number(file.prepare(sql).pluck().get());
  const result = {
    nominees: one('SELECT count(*) FROM nominees'),
    campaigns: one('SELECT count(*) FROM campaigns'),
    issued: one('SELECT count(*) FROM issued_documents'),
    integrity: String(file.pragma('integrity_check', { simple: true })),
  };
  file.close();
  return result;
}

/**
 * Kills a command at moments spread over its own run time (measured first), then checks the file
 * and that what the command writes is there whole or not at all. Returns how many kills landed.
 */
async function killAtManyMoments(db: string, args: string[], whole: (c: ReturnType<typeof counts>) => boolean) {
  // The starting point as one file: whatever a killed run left in the WAL is folded in first.
  const settle = new BetterSqlite3(db);
  settle.pragma('wal_checkpoint(TRUNCATE)');
  settle.close();
  const before = counts(db);
  const template = `${db}.vor`;
  fs.copyFileSync(db, template);
  const { ms } = await runAndKill(args, null);
  expect(whole(counts(db))).toBe(true);
  let landed = 0;
  for (const fraction of [0.15, 0.3, 0.45, 0.6, 0.75, 0.9]) {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${db}${suffix}`, { force: true });
    fs.copyFileSync(template, db);
    const run = await runAndKill(args, Math.max(5, Math.round(ms * fraction)));
    if (run.signal === 'SIGKILL') landed += 1;
    const check = cli('check', '--db', db);
    expect([fraction, check.code, check.stderr]).toEqual([fraction, 0, '']);
    const after = counts(db);
    expect(after.integrity).toBe('ok');
    expect(
      whole(after) || JSON.stringify({ ...after, integrity: 'ok' }) === JSON.stringify({ ...before, integrity: 'ok' }),
      JSON.stringify(after),
    ).toBe(true);
  }
  return landed;
}

describe('kill -9 at many moments', () => {
  it('leaves an import, a copy and an issue all or nothing, and the file healthy', async () => {
    const db = tempDb();
    expect(cli('init', '--db', db).code).toBe(0);
    const file = path.join(path.dirname(db), 'luc-ngan.xlsx');
    const rows = Array.from({ length: 1500 }, (_, i) => personRow(`Hoàng Văn Người ${i + 1}`, { birthYear: 1940 + (i % 60) }));
    fs.writeFileSync(file, Buffer.from((await districtSheet('Huyện Lục Ngạn', rows)).contentBase64, 'base64'));
    const importArgs = ['import', 'nominations', '--db', db, '--campaign', '2024', '--file', file, '--received', '2024-03-10'];
    const imports = await killAtManyMoments(db, importArgs, (c) => c.nominees === 1500);
    const copyArgs = ['campaign', 'copy', '--db', db, '--from', '2024', '--year', '2026'];
    const copies = await killAtManyMoments(db, copyArgs, (c) => c.campaigns === 2);
    const issueArgs = ['issue-plan', '--db', db, '--campaign', '2024', '--number', '15', '--date', '2024-02-05'];
    const issues = await killAtManyMoments(db, issueArgs, (c) => c.issued === 1);
    // Most kills land before the command ends (the rest finish first, which is also whole).
    expect(imports + copies + issues).toBeGreaterThanOrEqual(9);
  }, 120_000);
});

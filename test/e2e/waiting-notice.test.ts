import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, RENDERER_DIST, type RunningApp } from '../support/browser.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { makeTempDir } from '../support/temp.ts';

// The built renderer in Debian's Chromium, wired to the real dispatcher on a temporary database.
let app: RunningApp;
let temp: ReturnType<typeof makeTempDir>;
let databasePath: string;

beforeAll(async () => {
  if (!fs.existsSync(path.join(RENDERER_DIST, 'index.html'))) {
    throw new Error('dist/renderer is missing: run `npm run build` first (npm test does).');
  }
  temp = makeTempDir('dhtt-e2e-');
  databasePath = path.join(temp.dir, 'e2e.sqlite');
  app = await launchApp({ databasePath, width: 1366, height: 768 });
});

afterAll(async () => {
  await app?.close();
  temp?.cleanup();
});

/** Another program (the command line) holding the write lock for a while, then letting go. */
function holdWriteLock(ms: number): Promise<void> {
  const script = `
    const Database = require(${JSON.stringify(path.join(REPO_ROOT, 'node_modules', 'better-sqlite3'))});
    const db = new Database(${JSON.stringify(databasePath)});
    db.exec('BEGIN IMMEDIATE');
    console.log('locked');
    setTimeout(() => { db.exec('COMMIT'); db.close(); }, ${ms});`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', () => resolve());
    child.on('error', reject);
  });
}

describe('a write that waits behind another program', () => {
  it('says "Đang chờ…" after a second, then saves what was typed', async () => {
    const { page } = app;
    await page.goto(`${app.bridge.url}#/settings/agency`);
    const signer = page.getByLabel('Họ tên người ký');
    await expect.poll(() => signer.inputValue()).toBe('Vi Thanh Quyền');
    await signer.fill('Nguyễn Thị Chờ');
    // The page notes whether the notice ever appeared: this process is itself held up while it waits.
    await page.evaluate(() => {
      const seen = { notice: '' };
      Object.assign(window, { seenWaiting: seen });
      new MutationObserver(() => {
        const notice = document.querySelector('.waiting-notice');
        if (notice && !seen.notice) seen.notice = notice.textContent ?? '';
      }).observe(document.body, { childList: true, subtree: true });
    });
    await holdWriteLock(2500);
    await page.getByRole('button', { name: /Lưu thay đổi/u }).click();
    await expect
      .poll(() => app.session.db.prepare('SELECT signer_name FROM agencies').pluck().get(), { timeout: 15_000 })
      .toBe('Nguyễn Thị Chờ');
    const seen = await page.evaluate(() => (window as unknown as { seenWaiting: { notice: string } }).seenWaiting.notice);
    expect(seen).toContain('Đang chờ…');
    await expect.poll(() => page.locator('.waiting-notice').count()).toBe(0);
    expect(await signer.inputValue()).toBe('Nguyễn Thị Chờ');
  });
});

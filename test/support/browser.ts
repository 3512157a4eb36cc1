import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { makeTempDir } from './temp.ts';
import { startBridge, type Bridge } from '../../electron/bridge/server.ts';
import { openSession, type Session } from '../../electron/session/open-session.ts';
import { browserPlatform } from '../../electron/bridge/browser-platform.ts';

/** Debian's Chromium, with the flags this machine needs (no network, no sandbox as root). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RENDERER_DIST = path.join(root, 'dist', 'renderer');

export interface RunningApp {
  session: Session;
  bridge: Bridge;
  browser: Browser;
  page: Page;
  close: () => Promise<void>;
}

/**
 * The real renderer (built by `npm run build`) in Chromium, talking to the real dispatcher over
 * the loopback bridge, on the given database file. Only Electron itself is missing.
 */
export async function launchApp(options: {
  databasePath: string;
  now?: () => Date;
  width?: number;
  height?: number;
  exportFolder?: string;
}): Promise<RunningApp> {
  const session = openSession({
    databasePath: options.databasePath,
    osUser: 'kiem-thu',
    platform: browserPlatform(options.exportFolder ?? path.join(path.dirname(options.databasePath), 'xuat')),
    ...(options.now ? { now: options.now } : {}),
  });
  const bridge = await startBridge({ dispatch: session.dispatch, staticRoot: RENDERER_DIST });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(bridge.url);
  return {
    session,
    bridge,
    browser,
    page,
    close: async () => {
      await browser.close();
      await bridge.close();
      session.close();
      if (problems.length > 0) throw new Error(`Lỗi trong trang: ${problems.join(' | ')}`);
    },
  };
}

/**
 * Picks an option of an Ant Design select by its label, as a user clicks it, and waits until the
 * select shows it: under load a click can land while the list is still opening, so it is tried again.
 */
export async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  const select = page.getByLabel(label);
  const shown = page.locator('.ant-select', { has: select }).locator(`.ant-select-content[title="${option}"]`);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await select.click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle(option, { exact: true }).click();
    try {
      await shown.waitFor({ timeout: 3_000 });
      return;
    } catch {
      await page.keyboard.press('Escape');
    }
  }
  throw new Error(`Không chọn được "${option}" trong "${label}"`);
}

/**
 * One app for the whole test file, on a fresh database in a temporary folder: launched before the
 * first test, closed (and the folder removed) after the last. Read `.app` and `.dir` inside tests.
 */
export function appForThisFile(options: { width?: number; height?: number } = {}): { readonly app: RunningApp; readonly dir: string } {
  let running: RunningApp | undefined;
  let temp: ReturnType<typeof makeTempDir> | undefined;
  beforeAll(async () => {
    if (!fs.existsSync(path.join(RENDERER_DIST, 'index.html'))) {
      throw new Error('dist/renderer is missing: run `npm run build` first (npm test does).');
    }
    temp = makeTempDir('dhtt-e2e-');
    running = await launchApp({ databasePath: path.join(temp.dir, 'e2e.sqlite'), ...options });
  });
  afterAll(async () => {
    await running?.close();
    temp?.cleanup();
  });
  return {
    get app() {
      if (!running) throw new Error('The app has not started.');
      return running;
    },
    get dir() {
      if (!temp) throw new Error('The app has not started.');
      return temp.dir;
    },
  };
}

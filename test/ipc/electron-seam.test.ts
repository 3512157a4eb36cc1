import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNEL, type WindowApi } from '../../shared/api/window-api.ts';
import { APP_PAGE_URL, appFileFor, isAppUrl } from '../../electron/security.ts';

// The Electron binary cannot exist here: this file replaces the 'electron' module with a recorder,
// so the preload and the IPC registration are checked as they are, in plain Node.
const exposed: Record<string, unknown> = {};
const invoked: unknown[][] = [];
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: { invoke: (...args: unknown[]) => (invoked.push(args), Promise.resolve({ ok: true, value: 'ok' })) },
}));

/** A frame as Electron's main process sees it (WebFrameMain): its URL is Chromium's spelling. */
function frame(processId: number, frameToken: string, url: string) {
  return { processId, frameToken, url, detached: false, parent: null };
}

// The URL Chromium gives a page loaded from "c:\Users\An Nguyen\App 100%\resources\app.asar\dist\renderer".
const WINDOWS_RENDERER_DIR = 'c:\\Users\\An Nguyen\\App 100%\\resources\\app.asar\\dist\\renderer';
const WINDOWS_PAGE_URL = 'file:///C:/Users/An%20Nguyen/App%20100%25/resources/app.asar/dist/renderer/index.html';

describe('the preload', () => {
  it('exposes one api object with only invoke, forwarding every call on one channel to main', async () => {
    await import('../../electron/preload.ts');
    expect(Object.keys(exposed)).toEqual(['api']);
    const api = exposed.api as WindowApi;
    expect(Object.keys(api)).toEqual(['invoke']);
    await api.invoke('campaigns.list', {});
    await api.invoke('fs.readFile' as never, {} as never);
    // Main checks the method name (and answers "unknown_method"); the preload checks nothing twice.
    expect(invoked).toEqual([
      [INVOKE_CHANNEL, { method: 'campaigns.list', input: {} }],
      [INVOKE_CHANNEL, { method: 'fs.readFile', input: {} }],
    ]);
  });

  it('is built without zod or the contract', () => {
    const bundle = fs.readFileSync(path.join('dist', 'electron', 'preload.cjs'), 'utf8');
    expect(bundle.length).toBeLessThan(4_000);
    expect(bundle).toContain(INVOKE_CHANNEL);
    expect(bundle).not.toMatch(/zod|strictObject|campaigns\.list/u);
  });
});

describe('the IPC registration', () => {
  async function registered(appFrame: () => ReturnType<typeof frame> | null) {
    const { registerIpc } = await import('../../electron/ipc/register-ipc.ts');
    let handler: ((event: unknown, message: unknown) => Promise<unknown>) | undefined;
    const ipcMain = { handle: (channel: string, fn: typeof handler) => channel === INVOKE_CHANNEL && (handler = fn) };
    const calls: unknown[] = [];
    registerIpc(ipcMain as never, async (method, input) => (calls.push([method, input]), { ok: true, value: 1 }), appFrame as never);
    if (!handler) throw new Error('not registered');
    return { handler, calls };
  }

  it('answers the app window’s main frame whatever the spelling of its Windows URL', async () => {
    const main = frame(7, 'A1B2', WINDOWS_PAGE_URL);
    const { handler, calls } = await registered(() => main);
    // The same frame, as event.senderFrame gives it: upper-case drive letter, %20 and %25.
    expect(await handler({ senderFrame: frame(7, 'A1B2', WINDOWS_PAGE_URL) }, { method: 'campaigns.list', input: {} })).toEqual({
      ok: true,
      value: 1,
    });
    expect(calls).toEqual([['campaigns.list', {}]]);
  });

  it('refuses any other frame, even one showing the very same URL, and a closed window', async () => {
    const main = frame(7, 'A1B2', WINDOWS_PAGE_URL);
    let current: ReturnType<typeof frame> | null = main;
    const { handler, calls } = await registered(() => current);
    const message = { method: 'campaigns.list', input: {} };
    expect(await handler({ senderFrame: frame(7, 'C3D4', WINDOWS_PAGE_URL) }, message)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await handler({ senderFrame: frame(9, 'A1B2', WINDOWS_PAGE_URL) }, message)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await handler({ senderFrame: { ...main, detached: true } }, message)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handler({ senderFrame: null }, message)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    current = null;
    expect(await handler({ senderFrame: main }, message)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toEqual([]);
  });
});

describe('the app:// protocol and navigation inside the app', () => {
  it('serves the built renderer’s files from app://renderer/, on Windows paths as on Linux', () => {
    expect(APP_PAGE_URL).toBe('app://renderer/index.html');
    expect(appFileFor(APP_PAGE_URL, WINDOWS_RENDERER_DIR, 'win32')).toBe(`${WINDOWS_RENDERER_DIR}\\index.html`);
    expect(appFileFor('app://renderer/', WINDOWS_RENDERER_DIR, 'win32')).toBe(`${WINDOWS_RENDERER_DIR}\\index.html`);
    expect(appFileFor('app://renderer/assets/index-B1.js', '/home/an/app/dist/renderer', 'linux')).toBe(
      '/home/an/app/dist/renderer/assets/index-B1.js',
    );
    expect(appFileFor('app://renderer/assets/t%C3%AAn%20c%C3%B3%20d%E1%BA%A5u.png', '/r', 'linux')).toBe('/r/assets/tên có dấu.png');
    expect(isAppUrl(`${APP_PAGE_URL}#/nominations`, WINDOWS_RENDERER_DIR, 'win32')).toBe(true);
  });

  it('blocks everything that leaves the app, file:// included', () => {
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:8080/index.html',
      WINDOWS_PAGE_URL,
      'file:///C:/Windows/System32/drivers/etc/hosts',
      'app://other/index.html',
      'app://renderer:80/index.html',
      'app://user@renderer/index.html',
      'app://renderer/..%5c..%5cevil.html',
      'app://renderer/%E0%A4%A',
      'app://renderer/a%00.html',
      'javascript:alert(1)',
      'không phải url',
    ]) {
      expect(isAppUrl(url, WINDOWS_RENDERER_DIR, 'win32'), url).toBe(false);
    }
    // The URL parser folds "/../" and "/%2e%2e/" away itself: what is left names a file inside the folder.
    expect(appFileFor('app://renderer/../../etc/passwd', '/home/an/app/dist/renderer', 'linux')).toBe(
      '/home/an/app/dist/renderer/etc/passwd',
    );
    expect(appFileFor('app://renderer/%2e%2e/%2e%2e/evil.html', '/r', 'linux')).toBe('/r/evil.html');
  });
});

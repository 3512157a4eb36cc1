import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { makeTempDir } from '../support/temp.ts';

// The Electron binary cannot exist here: 'electron' is replaced by a recorder of what the app
// registers, and each registered handler is then called as Electron would call it.
type Listener = (...args: unknown[]) => unknown;
const recorded = vi.hoisted(() => ({
  schemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
  appListeners: new Map<string, Listener>(),
  sessionListeners: new Map<string, Listener>(),
  sessionHandlers: new Map<string, Listener>(),
}));
vi.mock('electron', () => ({
  app: { on: (name: string, fn: Listener) => recorded.appListeners.set(name, fn) },
  dialog: { showErrorBox: () => undefined, showMessageBox: () => Promise.resolve({ response: 0 }) },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.schemes.push(...schemes),
    handle: (scheme: string, fn: (request: { url: string }) => Promise<Response>) => recorded.protocolHandlers.set(scheme, fn),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn: Listener) => recorded.sessionHandlers.set('request', fn),
      setPermissionCheckHandler: (fn: Listener) => recorded.sessionHandlers.set('check', fn),
      setDevicePermissionHandler: (fn: Listener) => recorded.sessionHandlers.set('device', fn),
      on: (name: string, fn: Listener) => recorded.sessionListeners.set(name, fn),
    },
  },
}));

const temp = makeTempDir('dhtt-harden-');
const rendererDir = path.join(temp.dir, 'renderer');

beforeAll(async () => {
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<html>ứng dụng</html>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(temp.dir, 'secret.txt'), 'bí mật');
  const hardening = await import('../../electron/hardening.ts');
  hardening.registerAppScheme();
  hardening.serveAppScheme(rendererDir);
  hardening.hardenContents(rendererDir);
});

describe('Electron hardening', () => {
  it('serves app://renderer/ from the built renderer only, with the CSP header', async () => {
    expect(recorded.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    const serve = recorded.protocolHandlers.get('app');
    if (!serve) throw new Error('app:// not handled');
    const page = await serve({ url: 'app://renderer/index.html' });
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<html>ứng dụng</html>');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-type')).toContain('text/html');
    expect((await serve({ url: 'app://renderer/assets/app.js' })).headers.get('content-type')).toContain('javascript');
    for (const url of ['app://renderer/..%2fsecret.txt', 'app://renderer/assets', 'app://renderer/khong-co.js', 'app://other/index.html']) {
      const refused = await serve({ url });
      expect(refused.status, url).toBe(404);
      expect(await refused.text()).not.toContain('bí mật');
    }
  });

  it('denies every permission and device, and blocks navigation out of the app in any frame', () => {
    let granted: boolean | undefined;
    recorded.sessionHandlers.get('request')?.({}, 'media', (answer: boolean) => (granted = answer));
    expect(granted).toBe(false);
    expect(recorded.sessionHandlers.get('check')?.({}, 'clipboard-read')).toBe(false);
    expect(recorded.sessionHandlers.get('device')?.({ deviceType: 'usb' })).toBe(false);
    for (const name of ['select-hid-device', 'select-usb-device']) {
      let chosen: unknown = 'not called';
      let prevented = false;
      recorded.sessionListeners.get(name)?.({ preventDefault: () => (prevented = true) }, {}, (device?: unknown) => (chosen = device));
      expect([name, prevented, chosen]).toEqual([name, true, undefined]);
    }
    const contentsListeners = new Map<string, Listener>();
    let openHandler: Listener | undefined;
    const contents = {
      on: (name: string, fn: Listener) => contentsListeners.set(name, fn),
      setWindowOpenHandler: (fn: Listener) => (openHandler = fn),
    };
    recorded.appListeners.get('web-contents-created')?.({}, contents);
    expect([...contentsListeners.keys()].sort()).toEqual(['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect']);
    const navigate = (name: string, url: string) => {
      let prevented = false;
      contentsListeners.get(name)?.({ url, preventDefault: () => (prevented = true) });
      return prevented;
    };
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(navigate(name, 'https://example.com/'), name).toBe(true);
      expect(navigate(name, `file://${path.join(rendererDir, 'index.html')}`), name).toBe(true);
      expect(navigate(name, 'app://renderer/index.html#/settings'), name).toBe(false);
    }
    expect(openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});

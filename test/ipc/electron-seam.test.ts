import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNEL, type WindowApi } from '../../shared/api/window-api.ts';

// The Electron binary cannot exist here: this file replaces the 'electron' module with a recorder,
// so the preload and the IPC registration are checked as they are, in plain Node.
const exposed: Record<string, unknown> = {};
const invoked: unknown[][] = [];
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: { invoke: (...args: unknown[]) => (invoked.push(args), Promise.resolve({ ok: true, value: 'ok' })) },
}));

describe('the preload', () => {
  it('exposes one api object with only invoke, forwarding contract methods on one channel', async () => {
    await import('../../electron/preload.ts');
    expect(Object.keys(exposed)).toEqual(['api']);
    const api = exposed.api as WindowApi;
    expect(Object.keys(api)).toEqual(['invoke']);
    await api.invoke('campaigns.list', {});
    expect(invoked).toEqual([[INVOKE_CHANNEL, { method: 'campaigns.list', input: {} }]]);
    const refused = await api.invoke('fs.readFile' as never, {} as never);
    expect(refused).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(invoked).toHaveLength(1);
  });
});

describe('the IPC registration', () => {
  it('answers only the app’s own top frame', async () => {
    const { registerIpc } = await import('../../electron/ipc/register-ipc.ts');
    let handler: ((event: unknown, message: unknown) => Promise<unknown>) | undefined;
    const ipcMain = { handle: (channel: string, fn: typeof handler) => channel === INVOKE_CHANNEL && (handler = fn) };
    const calls: unknown[] = [];
    registerIpc(ipcMain as never, async (method, input) => (calls.push([method, input]), { ok: true, value: 1 }), 'file:///app/renderer');
    if (!handler) throw new Error('not registered');
    const own = { senderFrame: { url: 'file:///app/renderer/index.html', parent: null } };
    expect(await handler(own, { method: 'campaigns.list', input: {} })).toEqual({ ok: true, value: 1 });
    const foreign = { senderFrame: { url: 'https://example.com/', parent: null } };
    expect(await handler(foreign, { method: 'campaigns.list', input: {} })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const subframe = { senderFrame: { url: 'file:///app/renderer/index.html', parent: {} } };
    expect(await handler(subframe, { method: 'campaigns.list', input: {} })).toMatchObject({ ok: false });
    expect(calls).toEqual([['campaigns.list', {}]]);
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { downloadElectronZip, downloadFailureReason, PROXY_HINT } from '../../electron/build/electron-download.ts';
import { makeTempDir } from '../support/temp.ts';

// The first `npm start` downloads Electron. Here the download goes to servers on 127.0.0.1 that
// fail the ways an office network does, and the message must give the real reason.
let cache: ReturnType<typeof makeTempDir>;
const saved = { ...process.env };
beforeEach(() => {
  cache = makeTempDir();
  process.env.electron_config_cache = cache.dir;
});
afterEach(() => {
  process.env = { ...saved };
  cache.cleanup();
});

async function server(handler: http.RequestListener): Promise<{ url: string; close: () => Promise<void> }> {
  const instance = http.createServer(handler);
  await new Promise<void>((resolve) => instance.listen(0, '127.0.0.1', resolve));
  const { port } = instance.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => (instance.closeAllConnections(), instance.close(() => resolve()))),
  };
}

async function failure(): Promise<string> {
  const progress: string[] = [];
  try {
    await downloadElectronZip('45.5.0', (text) => progress.push(text));
  } catch (error) {
    return String(error instanceof Error ? error.message : error);
  }
  throw new Error('the download unexpectedly succeeded');
}

describe('the first-start download of Electron', () => {
  it('says the connection was refused when nothing answers', async () => {
    const closed = await server(() => undefined);
    await closed.close();
    process.env.ELECTRON_MIRROR = closed.url;
    const message = await failure();
    expect(message).toContain('không tải được Electron 45.5.0: kết nối tới máy chủ tải về bị từ chối');
    expect(message).toContain(PROXY_HINT);
  });

  it('gives the server’s answer when the file is not there', async () => {
    const missing = await server((_req, res) => res.writeHead(404).end());
    process.env.ELECTRON_MIRROR = missing.url;
    try {
      expect(await failure()).toContain('máy chủ tải về trả lời mã 404');
    } finally {
      await missing.close();
    }
  });

  it('refuses a damaged download by its checksum, showing progress meanwhile', async () => {
    const body = Buffer.alloc(256 * 1024, 7);
    const damaged = await server((_req, res) => res.writeHead(200, { 'Content-Length': String(body.length) }).end(body));
    process.env.ELECTRON_MIRROR = damaged.url;
    const progress: string[] = [];
    try {
      await expect(downloadElectronZip('45.5.0', (text) => progress.push(text))).rejects.toThrow(/mã kiểm tra không khớp/u);
      expect(progress.join('')).toMatch(/Đang tải Electron 45\.5\.0: 100 % \(0\/0 MB\)/u);
    } finally {
      await damaged.close();
    }
  });

  it('names the proxy, the timeout and the missing network from the errors fetch gives', () => {
    const wrapped = (cause: object) => Object.assign(new TypeError('fetch failed'), { cause });
    expect(
      downloadFailureReason(
        wrapped({ name: 'AbortError', code: 'UND_ERR_ABORTED', message: 'Proxy response (407) !== 200 when HTTP Tunneling' }),
      ),
    ).toMatch(/^proxy từ chối/u);
    expect(downloadFailureReason(wrapped({ code: 'UND_ERR_CONNECT_TIMEOUT', message: 'Connect Timeout Error' }))).toMatch(
      /quá thời gian chờ/u,
    );
    expect(downloadFailureReason(wrapped({ code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND github.com' }))).toMatch(
      /chưa có mạng Internet/u,
    );
    expect(downloadFailureReason(new Error('EPERM: operation not permitted\n    at x'))).toBe('EPERM: operation not permitted');
  });
});

import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../ipc/dispatcher.ts';
import { CONTENT_SECURITY_POLICY } from '../security.ts';
import { mediaTypeOf } from '../static-files.ts';

/**
 * The loopback bridge: a second door to the same dispatcher for `npm run start:browser` and the
 * browser tests. Bound to 127.0.0.1 only; every call must carry the per-run token, and the Host
 * and Origin must be this server (so another site in the browser cannot call it). The token is
 * only in the address that opens the page (`/?token=…`), never in a page the server sends: another
 * program or user on the machine that asks for `/` gets no token.
 */

export const TOKEN_PARAMETER = 'token';
const MAX_BODY_BYTES = 20 * 1024 * 1024;

export interface BridgeOptions {
  dispatch: Dispatch;
  /** The built renderer (dist/renderer). */
  staticRoot: string;
  port?: number;
  /** Fixed token for tests; a random one otherwise. */
  token?: string;
}

export interface Bridge {
  /** The address that opens the app: the page with its token. */
  url: string;
  /** http://127.0.0.1:PORT, for the API and the static files. */
  origin: string;
  token: string;
  close: () => Promise<void>;
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

async function handleInvoke(req: http.IncomingMessage, res: http.ServerResponse, options: BridgeOptions, token: string) {
  const auth = req.headers.authorization ?? '';
  if (!sameToken(auth.replace(/^Bearer /u, ''), token)) {
    send(res, 401, JSON.stringify({ ok: false, error: { code: 'forbidden', message: 'Thiếu hoặc sai mã phiên.' } }), 'application/json');
    return;
  }
  let message: unknown;
  try {
    message = JSON.parse(await readBody(req));
  } catch {
    send(res, 400, JSON.stringify({ ok: false, error: { code: 'invalid_input', message: 'Yêu cầu không đọc được.' } }), 'application/json');
    return;
  }
  const { method, input } = (typeof message === 'object' && message !== null ? message : {}) as { method?: unknown; input?: unknown };
  const result = await options.dispatch(typeof method === 'string' ? method : '', input);
  send(res, 200, JSON.stringify(result), 'application/json; charset=utf-8');
}

function serveStatic(res: http.ServerResponse, url: URL, options: BridgeOptions, token: string): void {
  const root = path.resolve(options.staticRoot);
  const relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
  const file = path.resolve(root, `.${relative}`);
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    send(res, 404, 'Không tìm thấy', 'text/plain; charset=utf-8');
    return;
  }
  const type = mediaTypeOf(file);
  if (file.endsWith('index.html') && !sameToken(url.searchParams.get(TOKEN_PARAMETER) ?? '', token)) {
    send(res, 403, 'Hãy mở ứng dụng bằng đúng địa chỉ mà npm run start:browser in ra (có mã phiên).', 'text/plain; charset=utf-8');
    return;
  }
  send(res, 200, fs.readFileSync(file), type);
}

export function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? crypto.randomBytes(32).toString('hex');
  let origin = '';
  const server = http.createServer((req, res) => {
    try {
      route(req, res);
    } catch {
      // A malformed path (e.g. "/%") must never stop the server.
      send(res, 400, 'Yêu cầu không hợp lệ', 'text/plain; charset=utf-8');
    }
  });
  const route = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const host = req.headers.host ?? '';
    if (`http://${host}` !== origin || (req.headers.origin !== undefined && req.headers.origin !== origin)) {
      send(res, 403, 'Chỉ nhận yêu cầu từ chính ứng dụng.', 'text/plain; charset=utf-8');
      return;
    }
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname === '/api/invoke' && req.method === 'POST') {
      handleInvoke(req, res, options, token).catch(() => send(res, 500, '{}', 'application/json'));
      return;
    }
    if (req.method !== 'GET') {
      send(res, 405, 'Không hỗ trợ', 'text/plain; charset=utf-8');
      return;
    }
    serveStatic(res, url, options, token);
  };
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      origin = `http://127.0.0.1:${port}`;
      resolve({
        url: `${origin}/?${TOKEN_PARAMETER}=${token}`,
        origin,
        token,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

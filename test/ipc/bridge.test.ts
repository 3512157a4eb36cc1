import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBridge } from '../../electron/bridge/server.ts';
import { newSession } from '../support/session.ts';

function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the loopback bridge', () => {
  it('listens on 127.0.0.1 only and needs the per-run token', async () => {
    const session = newSession();
    const root = path.join(session.dir, 'renderer');
    fs.mkdirSync(root);
    fs.writeFileSync(path.join(root, 'index.html'), '<html><head></head><body>ứng dụng</body></html>');
    const bridge = await startBridge({ dispatch: session.dispatch, staticRoot: root });
    try {
      expect(bridge.url).toBe(`${bridge.origin}/?token=${bridge.token}`);
      expect(bridge.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/u);
      const page = await request(bridge.url);
      expect(page.status).toBe(200);
      expect(page.body).toContain('ứng dụng');
      expect(page.body).not.toContain(bridge.token);
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
      // Another program on this machine that asks for the page gets neither it nor the token.
      for (const address of [`${bridge.origin}/`, `${bridge.origin}/index.html`, `${bridge.origin}/?token=sai`]) {
        const refused = await request(address);
        expect(refused.status).toBe(403);
        expect(refused.body).not.toContain(bridge.token);
      }

      const call = (headers: Record<string, string>) =>
        request(`${bridge.origin}/api/invoke`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...headers },
          body: JSON.stringify({ method: 'campaigns.list', input: {} }),
        });
      expect((await call({})).status).toBe(401);
      expect((await call({ Authorization: 'Bearer sai' })).status).toBe(401);
      const good = await call({ Authorization: `Bearer ${bridge.token}` });
      expect(JSON.parse(good.body)).toMatchObject({ ok: true, value: [{ year: 2024 }] });
      const otherSite = await call({ Authorization: `Bearer ${bridge.token}`, Origin: 'http://evil.example' });
      expect(otherSite.status).toBe(403);
      const rebound = await call({ Authorization: `Bearer ${bridge.token}`, Host: 'evil.example' });
      expect(rebound.status).toBe(403);
      expect((await request(`${bridge.origin}/../../etc/passwd`)).status).toBe(404);
      expect((await request(`${bridge.origin}/%`)).status).toBe(400);
      expect((await call({ Authorization: `Bearer ${bridge.token}` })).status).toBe(200);
    } finally {
      await bridge.close();
    }
  });
});

import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../shared/api/errors.ts';
import { defaultDatabasePath } from '../paths.ts';
import { ensureDefaultFolder, openSession } from '../session/open-session.ts';
import { automaticBackup } from '../services/backups/automatic-backup.ts';
import { startBridge } from './server.ts';
import { browserPlatform } from './browser-platform.ts';
import { buildApp } from '../build/build.ts';

/** `npm run start:browser`: the same renderer and dispatcher, in the system browser, on 127.0.0.1. */
const here = path.dirname(fileURLToPath(import.meta.url));
function readArgs() {
  try {
    return parseArgs({
      args: process.argv.slice(2),
      options: { db: { type: 'string' }, port: { type: 'string' }, 'no-open': { type: 'boolean' } },
    }).values;
  } catch (error) {
    console.error(`Lỗi: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
    process.exit(2);
  }
}
const values = readArgs();

function openInBrowser(url: string): void {
  const command = process.platform === 'win32' ? 'cmd' : process.platform === 'darwin' ? 'open' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}

try {
  // Only what changed since the last build is built again.
  await buildApp({ ifChanged: true });
  const databasePath = values.db ?? defaultDatabasePath();
  if (!values.db) ensureDefaultFolder(databasePath);
  const session = openSession({
    databasePath,
    holder: 'browser',
    platform: browserPlatform(path.join(os.homedir(), 'Documents', 'Dien hinh tien tien')),
  });
  const bridge = await startBridge({
    dispatch: session.dispatch,
    staticRoot: path.resolve(here, '../../dist/renderer'),
    ...(values.port ? { port: Number(values.port) } : {}),
  });
  console.log(`Điển hình tiên tiến đang chạy tại ${bridge.url} (chỉ máy này truy cập được).`);
  console.log(`Cơ sở dữ liệu: ${session.ctx.databasePath}. Nhấn Ctrl+C để dừng.`);
  if (!values['no-open']) openInBrowser(bridge.url);
  void automaticBackup(session.ctx);
  const stop = () => {
    void Promise.all([bridge.close(), automaticBackup(session.ctx)]).then(() => {
      session.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(`Lỗi: ${error instanceof AppError ? error.message : error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}

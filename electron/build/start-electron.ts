import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './build.ts';
import { ElectronUnavailable, electronBinary } from './electron-download.ts';

/**
 * `npm start`: rebuilds what changed, then runs the app in Electron. better-sqlite3 is a Node-API
 * addon, so the binary npm installed loads in Electron as it does in Node: nothing is compiled.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

try {
  await buildApp({ ifChanged: true });
  const binary = await electronBinary();
  const child = spawn(binary, [root], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} catch (error) {
  const reason =
    error instanceof ElectronUnavailable ? error.message : (error instanceof Error ? error.message : String(error)).split('\n')[0];
  console.error(`Không chạy được Electron: ${reason}\nTrong lúc chờ, "npm run start:browser" mở cùng ứng dụng trong trình duyệt.`);
  process.exit(1);
}

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm start`: runs the app in Electron. Electron's binary is fetched on first use and
 * better-sqlite3 is compiled for Electron's ABI into node_modules/.cache — a separate copy,
 * so the Node build that `npm test` and the command line use is never touched.
 * Where Electron cannot be had (no network), it says so in one line and points to start:browser.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const electronDir = path.join(root, 'node_modules', 'electron');
const cacheApp = path.join(root, 'node_modules', '.cache', 'dien-hinh-tien-tien', 'electron-native');

function fail(reason: string): never {
  console.error(`Không chạy được Electron: ${reason}. Hãy dùng "npm run start:browser" để mở ứng dụng trong trình duyệt.`);
  process.exit(1);
}

function electronBinary(): string {
  const pathFile = path.join(electronDir, 'path.txt');
  const existing = () => {
    if (!fs.existsSync(pathFile)) return null;
    const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
    return fs.existsSync(binary) ? binary : null;
  };
  const found = existing();
  if (found) return found;
  console.log('Đang tải Electron lần đầu…');
  const install = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'pipe', timeout: 10 * 60_000 });
  const installed = install.status === 0 ? existing() : null;
  if (!installed) fail('chưa tải được chương trình Electron (cần mạng cho lần chạy đầu tiên)');
  return installed;
}

function electronVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** better-sqlite3 compiled against Electron's headers, kept apart from the Node build. */
async function electronSqliteBinding(version: string): Promise<string> {
  const moduleDir = path.join(cacheApp, 'node_modules', 'better-sqlite3');
  const binding = path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node');
  const stamp = path.join(cacheApp, 'electron-version.txt');
  if (fs.existsSync(binding) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === version) return binding;
  console.log(`Đang biên dịch better-sqlite3 cho Electron ${version} (chỉ lần đầu, khoảng một phút)…`);
  fs.rmSync(cacheApp, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(moduleDir), { recursive: true });
  fs.cpSync(path.join(root, 'node_modules', 'better-sqlite3'), moduleDir, { recursive: true });
  fs.rmSync(path.join(moduleDir, 'build'), { recursive: true, force: true });
  fs.writeFileSync(path.join(cacheApp, 'package.json'), JSON.stringify({ name: 'electron-native', dependencies: { 'better-sqlite3': '*' } }));
  // npm's nodedir setting would make node-gyp build against Node's headers instead of Electron's.
  delete process.env.npm_config_nodedir;
  const { rebuild } = await import('@electron/rebuild');
  try {
    await rebuild({ buildPath: cacheApp, electronVersion: version, onlyModules: ['better-sqlite3'], force: true });
  } catch (error) {
    fail(`không biên dịch được better-sqlite3 cho Electron (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
  if (!fs.existsSync(binding)) fail('không biên dịch được better-sqlite3 cho Electron');
  fs.writeFileSync(stamp, version);
  return binding;
}

const binary = electronBinary();
const binding = await electronSqliteBinding(electronVersion());
const child = spawn(binary, [root], { stdio: 'inherit', env: { ...process.env, DHTT_SQLITE_BINDING: binding } });
child.on('exit', (code) => process.exit(code ?? 0));

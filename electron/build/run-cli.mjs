// `npm run cli`: runs the command line from a bundle cached in node_modules/.cache, rebuilt
// with esbuild whenever a source file is newer, so it works right after `npm install` and
// starts in a fraction of a second (tsx would recompile every run).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bundle = path.join(root, 'node_modules', '.cache', 'dien-hinh-tien-tien', 'cli.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

const sourcesChanged = () => {
  if (!fs.existsSync(bundle)) return true;
  const built = fs.statSync(bundle).mtimeMs;
  const inputs = ['electron', 'shared', 'resources'].map((dir) => newestSource(path.join(root, dir)));
  return Math.max(...inputs, fs.statSync(path.join(root, 'package.json')).mtimeMs) > built;
};

try {
  if (sourcesChanged()) await bundleCli();
} catch (error) {
  console.error(`Lỗi: không chuẩn bị được dòng lệnh (${String(error instanceof Error ? error.message : error).split('\n')[0]}).`);
  process.exit(1);
}

async function bundleCli() {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [path.join(root, 'electron', 'cli.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'error',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
}

process.argv[1] = bundle;
await import(pathToFileURL(bundle).href);

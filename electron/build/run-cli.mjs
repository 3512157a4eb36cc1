// `npm run cli`: runs the command line from a bundle cached in node_modules/.cache, rebuilt with
// esbuild when a file that went into it changed (one stat per file it lists), so it works right
// after `npm install` and starts fast (tsx would compile every run). Each area's commands are a
// chunk of their own, loaded only by the commands that need them; V8's compile cache keeps the
// compiled code between runs.
import fs from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isStale, writeRecord } from './freshness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const folder = path.join(root, 'node_modules', '.cache', 'dien-hinh-tien-tien', 'cli');
const entry = path.join(folder, 'cli.mjs');
const record = path.join(folder, 'inputs.json');
const compileCache = path.join(path.dirname(folder), 'cli-compile-cache');

async function bundleCli() {
  const startedAt = Date.now();
  const { build } = await import('esbuild');
  fs.rmSync(folder, { recursive: true, force: true });
  fs.rmSync(compileCache, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { cli: 'electron/cli/main.ts' },
    outdir: folder,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    // zod is bundled (resolving its hundred files at every start cost more than running them);
    // the native addon and the libraries only some commands load stay outside.
    external: ['better-sqlite3', 'exceljs', 'docx', 'fflate', 'nodemailer'],
    metafile: true,
    logLevel: 'error',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  writeRecord(root, record, [...Object.keys(result.metafile.inputs), 'electron/build/run-cli.mjs'], startedAt);
}

try {
  if (isStale(root, record)) await bundleCli();
} catch (error) {
  console.error(`Lỗi: không chuẩn bị được dòng lệnh (${String(error instanceof Error ? error.message : error).split('\n')[0]}).`);
  process.exit(1);
}

module.enableCompileCache?.(compileCache);
process.argv[1] = entry;
await import(pathToFileURL(entry).href);

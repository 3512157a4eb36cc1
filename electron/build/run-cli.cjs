// `npm run cli`: runs the command line from a bundle cached in node_modules/.cache, rebuilt with
// esbuild when a file that went into it changed (one stat per file it lists), so it works right
// after `npm install` and starts fast (tsx would compile every run). It is one CommonJS file:
// Node loads it as one module (each ES module it loads costs about a millisecond), and what a
// command does not use, including exceljs and docx, is only initialised when called. V8's compile
// cache keeps the compiled code between runs.
'use strict';
const fs = require('node:fs');
const nodeModule = require('node:module');
const path = require('node:path');
const { isStale, writeRecord } = require('./freshness.cjs');

const root = path.resolve(__dirname, '..', '..');
const folder = path.join(root, 'node_modules', '.cache', 'dien-hinh-tien-tien', 'cli');
const entry = path.join(folder, 'cli.cjs');
const record = path.join(folder, 'inputs.json');
const compileCache = path.join(path.dirname(folder), 'cli-compile-cache');

async function bundleCli() {
  const startedAt = Date.now();
  const { build } = require('esbuild');
  fs.rmSync(folder, { recursive: true, force: true });
  fs.rmSync(compileCache, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['electron/cli/main.ts'],
    outfile: entry,
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'cjs',
    // zod is bundled (resolving its hundred files at every start cost more than running them);
    // the native addon and the libraries only some commands load stay outside.
    external: ['better-sqlite3', 'exceljs', 'docx', 'fflate', 'nodemailer'],
    // A CommonJS bundle has no import.meta: its URL is the bundle's own (the sheet reader finds its worker by it).
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: 'const importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
    metafile: true,
    logLevel: 'error',
  });
  // Charts for Word files are drawn by their own bundle beside this one, ECharts inside it, loaded
  // only by an export that has a chart (the same settings as the app's, electron/build/build.ts).
  const charts = await build({
    absWorkingDir: root,
    entryPoints: ['electron/documents/charts/draw-chart.ts'],
    outfile: path.join(folder, 'chart-picture.cjs'),
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'cjs',
    external: ['@resvg/resvg-js'],
    define: { 'process.env.NODE_ENV': '"production"' },
    minify: true,
    metafile: true,
    logLevel: 'error',
  });
  // The command line reads district files in its own thread: it has no worker bundle.
  const inputs = [...Object.keys(result.metafile.inputs), ...Object.keys(charts.metafile.inputs), 'electron/build/run-cli.cjs'];
  writeRecord(root, record, inputs, startedAt);
}

function run() {
  nodeModule.enableCompileCache?.(compileCache);
  process.argv[1] = entry;
  require(entry);
}

if (isStale(root, record)) {
  bundleCli().then(run, (error) => {
    console.error(`Lỗi: không chuẩn bị được dòng lệnh (${String(error instanceof Error ? error.message : error).split('\n')[0]}).`);
    process.exit(1);
  });
} else {
  run();
}

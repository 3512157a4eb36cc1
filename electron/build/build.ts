import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { isStale, writeRecord } from './freshness.cjs';

/**
 * `npm run build`: the renderer with Vite into dist/renderer, and the Electron main process and
 * preload with esbuild into dist/electron, without needing the Electron binary. `npm start`,
 * `npm run start:browser` and the others call `buildApp({ ifChanged: true })`, which rebuilds
 * only the part whose own files changed since it was last built.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const RECORDS = path.join(root, 'dist', '.build');
const RENDERER_RECORD = path.join(RECORDS, 'renderer.json');
const ELECTRON_RECORD = path.join(RECORDS, 'electron.json');

/** Collects the files Vite read, for the freshness record. */
function inputsCollector(inputs: string[]): Plugin {
  return {
    name: 'collect-inputs',
    generateBundle() {
      for (const id of this.getModuleIds()) if (!id.startsWith('\0')) inputs.push(id.split('?')[0] ?? id);
    },
  };
}

async function buildRenderer(): Promise<void> {
  const startedAt = Date.now();
  const { build } = await import('vite');
  const inputs: string[] = [];
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn', plugins: [inputsCollector(inputs)] });
  writeRecord(root, RENDERER_RECORD, [...inputs, 'vite.config.ts', 'renderer/index.html'], startedAt);
}

/** A CommonJS bundle has no import.meta: its URL is the bundle's own (the sheet reader finds its worker by it). */
const IMPORT_META_URL = {
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: 'const importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
} as const;

async function bundleElectron(): Promise<void> {
  const startedAt = Date.now();
  const { build } = await import('esbuild');
  // Electron 45 runs Node 22 in its main process; the sandboxed preload must be one file that
  // only requires 'electron'; the main process keeps npm packages external (they ship beside it).
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    sourcemap: true,
    logLevel: 'warning',
    metafile: true,
    absWorkingDir: root,
  } as const;
  const main = await build({
    ...common,
    ...IMPORT_META_URL,
    entryPoints: ['electron/main.ts'],
    outfile: 'dist/electron/main.cjs',
    packages: 'external',
  });
  // The thread that reads district files is one self-contained file beside the main bundle.
  const sheetWorker = await build({
    ...common,
    entryPoints: ['electron/sheets/sheet-worker.ts'],
    outfile: 'dist/electron/sheet-worker.cjs',
  });
  // The drawing of charts for Word files (ECharts inside, resvg's addon beside), loaded by the main
  // process only when a paper has a chart: ECharts is a renderer package, not shipped on its own.
  const chartPicture = await build({
    ...common,
    entryPoints: ['electron/documents/charts/draw-chart.ts'],
    outfile: 'dist/electron/chart-picture.cjs',
    external: ['@resvg/resvg-js'],
    // ECharts' checks for developers are left out, as in the renderer's build (the same in electron/build/run-cli.cjs).
    define: { 'process.env.NODE_ENV': '"production"' },
    minify: true,
  });
  const preload = await build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    external: ['electron'],
  });
  writeRecord(
    root,
    ELECTRON_RECORD,
    [
      ...Object.keys(main.metafile.inputs),
      ...Object.keys(preload.metafile.inputs),
      ...Object.keys(sheetWorker.metafile.inputs),
      ...Object.keys(chartPicture.metafile.inputs),
      'electron/build/build.ts',
    ],
    startedAt,
  );
}

export async function buildApp(options: { ifChanged: boolean }): Promise<string[]> {
  const built: string[] = [];
  if (!options.ifChanged || isStale(root, RENDERER_RECORD)) {
    await buildRenderer();
    built.push('giao diện');
  }
  if (!options.ifChanged || isStale(root, ELECTRON_RECORD)) {
    await bundleElectron();
    built.push('main, preload');
  }
  return built;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const built = await buildApp({ ifChanged: process.argv.includes('--if-changed') });
  console.log(built.length > 0 ? `Đã đóng gói ${built.join(' và ')} vào dist/.` : 'Bản đóng gói trong dist/ đã mới, không cần làm lại.');
}

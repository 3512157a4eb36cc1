import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * Bundles the Electron main process and the preload into dist/electron without needing the
 * Electron binary. The main process keeps npm packages external (they ship in node_modules);
 * the sandboxed preload must be one self-contained file that only requires 'electron'.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function bundleElectron(): Promise<void> {
  const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' } as const;
  await build({
    ...common,
    entryPoints: [path.join(root, 'electron/main.ts')],
    outfile: path.join(root, 'dist/electron/main.cjs'),
    packages: 'external',
  });
  await build({
    ...common,
    entryPoints: [path.join(root, 'electron/preload.ts')],
    outfile: path.join(root, 'dist/electron/preload.cjs'),
    external: ['electron'],
  });
}

await bundleElectron();
console.log('Đã đóng gói main, preload và dòng lệnh vào dist/electron.');

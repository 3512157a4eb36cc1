import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { parse } from 'yaml';
import packageJson from '../../package.json' with { type: 'json' };

// electron-builder cannot run here (it downloads Electron and NSIS), so its configuration is read
// and checked with electron-builder's own schema, and against what the app really loads.
const require = createRequire(import.meta.url);
const config = parse(fs.readFileSync('electron-builder.yml', 'utf8')) as {
  files: string[];
  asarUnpack: string[];
  npmRebuild: boolean;
  directories: { buildResources: string };
  win: { icon: string };
  nsis: Record<string, unknown>;
  electronFuses: Record<string, boolean>;
};

/** The npm packages a bundle leaves outside it, i.e. loads from node_modules at run time. */
async function externalPackages(entry: string, options: { external?: string[]; packages?: 'external' }): Promise<Set<string>> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    metafile: true,
    logLevel: 'silent',
    loader: { '.css': 'empty' },
    ...options,
  });
  const names = new Set<string>();
  for (const input of Object.values(result.metafile.inputs)) {
    for (const imported of input.imports) {
      if (!imported.external || imported.path.startsWith('node:')) continue;
      const parts = imported.path.split('/');
      names.add(imported.path.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? imported.path));
    }
  }
  return names;
}

describe('the Windows installer configuration', () => {
  it('passes electron-builder’s own schema', async () => {
    const builderLib = createRequire(require.resolve('electron-builder')).resolve('app-builder-lib/out/util/config/config.js');
    const { validateConfiguration } = require(builderLib) as { validateConfiguration: (c: unknown, l: unknown) => Promise<void> };
    await expect(validateConfiguration(config, { add: () => undefined, isEnabled: false })).resolves.toBeUndefined();
    await expect(
      validateConfiguration({ ...config, nsis: { ...config.nsis, bogus: 1 } }, { add: () => undefined, isEnabled: false }),
    ).rejects.toThrow(/nsis/u);
  });

  it('packs the built app, unpacks only native addons and rebuilds nothing', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/electron/**', 'dist/renderer/**', 'package.json', '!**/*.map']));
    expect(config.files).toEqual(
      expect.arrayContaining([
        '!node_modules/better-sqlite3/{deps,src}/**',
        '!node_modules/better-sqlite3/prebuilds/{darwin,linux,linuxmusl}-*.node',
      ]),
    );
    expect(fs.existsSync('node_modules/better-sqlite3/prebuilds/win32-x64.node')).toBe(true);
    expect(config.asarUnpack).toEqual(['**/*.node']);
    expect(config.npmRebuild).toBe(false);
    expect(packageJson.main).toBe('dist/electron/main.cjs');
    expect(fs.existsSync('dist/electron/main.cjs') && fs.existsSync('dist/renderer/index.html')).toBe(true);
  });

  it('flips Electron’s fuses: no running as Node, no NODE_OPTIONS or --inspect, app.asar only and checked', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // With runAsNode off the main process may not fork Node children, and the page is not a file:// page.
    const main = fs.readFileSync('dist/electron/main.cjs', 'utf8');
    expect(main).not.toMatch(/child_process"?\)?\.fork|\bfork\(/u);
    expect(main).not.toContain('loadFile(');
    expect(main).toContain('loadURL(');
    expect(main).toContain('registerSchemesAsPrivileged');
    expect(main).toContain('requestSingleInstanceLock');
  });

  it('installs per user without administrator rights, in Vietnamese', () => {
    expect(config.nsis).toMatchObject({
      oneClick: true,
      perMachine: false,
      language: '1066',
      installerLanguages: ['vi_VN'],
      deleteAppDataOnUninstall: false,
    });
  });

  it('has an icon with every size Windows shows, up to 256 px', () => {
    const icon = fs.readFileSync(path.join(config.directories.buildResources, 'icon.ico'));
    expect(config.win.icon).toBe('resources/build/icon.ico');
    expect(icon.readUInt16LE(2)).toBe(1);
    const count = icon.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => icon.readUInt8(6 + 16 * i) || 256);
    expect(sizes).toEqual(expect.arrayContaining([16, 24, 32, 48, 64, 128, 256]));
    for (let i = 0; i < count; i += 1) {
      const offset = icon.readUInt32LE(6 + 16 * i + 12);
      expect(icon.subarray(offset, offset + 8).toString('hex')).toBe('89504e470d0a1a0a');
    }
    for (const size of [16, 32, 48, 256, 512]) expect(fs.existsSync(`resources/build/icons/${size}x${size}.png`), `${size}`).toBe(true);
  });

  it('ships in dependencies exactly what the main process loads, never the renderer’s libraries', async () => {
    const dependencies = new Set(Object.keys(packageJson.dependencies));
    const mainLoads = await externalPackages('electron/main.ts', { packages: 'external' });
    mainLoads.delete('electron');
    for (const name of mainLoads) expect(dependencies.has(name), `${name} is loaded by main`).toBe(true);
    const rendererLoads = await externalPackages('renderer/main.tsx', { packages: 'external' });
    for (const name of rendererLoads) {
      if (!mainLoads.has(name)) expect(dependencies.has(name), `${name} is bundled by Vite, a devDependency`).toBe(false);
    }
    for (const name of ['react', 'react-dom', 'antd', '@ant-design/icons', 'dayjs', 'echarts'])
      expect(dependencies.has(name), name).toBe(false);
    expect(Object.keys(packageJson.devDependencies)).not.toContain('@electron/rebuild');
    expect(packageJson.engines.node).toBe('>=24');
  });
});

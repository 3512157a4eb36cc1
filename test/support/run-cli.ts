import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect } from 'vitest';
import { makeTempDir } from './temp.ts';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const temps: (() => void)[] = [];
afterEach(() => temps.splice(0).forEach((cleanup) => cleanup()));

export function tempDb(): string {
  const temp = makeTempDir('dhtt-cli-');
  temps.push(temp.cleanup);
  return path.join(temp.dir, 'x.db');
}

const cliEnv = (extra: Record<string, string>) => ({
  ...process.env,
  XDG_CONFIG_HOME: path.join(root, 'node_modules/.cache/dhtt-test-home'),
  ...extra,
});

/** Runs the real command line as `npm run cli` does, in its own process. */
export function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(root, 'electron/build/run-cli.cjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: cliEnv({}),
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr.trim() };
}

/** The same without blocking this process, for a command that talks to a server the test runs. */
export function cliWhileServing(env: Record<string, string>, ...args: string[]): Promise<ReturnType<typeof cli>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'electron/build/run-cli.cjs'), ...args], { cwd: root, env: cliEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr: stderr.trim() }));
  });
}

export function expectOneLineFailure(result: ReturnType<typeof cli>, text: string): void {
  expect(result.code).not.toBe(0);
  expect(result.stderr.split('\n')).toHaveLength(1);
  expect(result.stderr).toContain(text);
  expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/u);
}

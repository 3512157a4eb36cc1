import path from 'node:path';
import { afterEach } from 'vitest';
import { openSession, type Session } from '../../electron/session/open-session.ts';
import type { ApiResult } from '../../shared/api/errors.ts';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract.ts';
import { makeTempDir } from './temp.ts';
import { browserPlatform } from '../../electron/bridge/browser-platform.ts';
import type { SecretStore } from '../../electron/services/core/context.ts';

/**
 * Stands in for Electron's safeStorage (the one part of the host that cannot run here): what it
 * seals does not contain the secret as written.
 */
export const testSecretStore: SecretStore = {
  seal: (plain) => `sealed:${Buffer.from(plain, 'utf8').reverse().toString('base64')}`,
  unseal: (sealed) =>
    Buffer.from(sealed.replace(/^sealed:/u, ''), 'base64')
      .reverse()
      .toString('utf8'),
};

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

/**
 * A real database file in a fresh temporary folder, opened as the app opens it; with `saves`,
 * files the app saves go to its "xuat" folder as in the browser mode.
 */
export function newSession(
  options: { now?: () => Date; file?: string; saves?: boolean; secrets?: SecretStore } = {},
): Session & { dir: string } {
  const temp = makeTempDir();
  const saving = options.saves || options.secrets ? browserPlatform(path.join(temp.dir, 'xuat'), 'test') : null;
  const session = openSession({
    databasePath: options.file ?? path.join(temp.dir, 'test.sqlite'),
    osUser: 'kiem-thu',
    ...(options.now ? { now: options.now } : {}),
    ...(saving ? { platform: options.secrets ? { ...saving, secrets: options.secrets } : saving } : {}),
    logError: () => undefined,
  });
  cleanups.push(() => {
    session.close();
    temp.cleanup();
  });
  return Object.assign(session, { dir: temp.dir });
}

/** Calls a method through the dispatcher and fails the test on an error answer. */
export async function ok<M extends MethodName>(session: Session, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = (await session.dispatch(method, input)) as ApiResult<MethodOutput<M>>;
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message} (${result.error.path ?? ''})`);
  return result.value;
}

/** Calls a method expecting an error answer; returns it. */
export async function fails(session: Session, method: string, input: unknown) {
  const result = await session.dispatch(method, input);
  if (result.ok) throw new Error(`${method} unexpectedly succeeded`);
  return result.error;
}

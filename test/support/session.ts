import path from 'node:path';
import { afterEach } from 'vitest';
import { openSession, type Session } from '../../electron/session/open-session.ts';
import type { ApiResult } from '../../shared/api/errors.ts';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract.ts';
import { makeTempDir } from './temp.ts';
import { browserPlatform } from '../../electron/bridge/browser-platform.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

/**
 * A real database file in a fresh temporary folder, opened as the app opens it; with `saves`,
 * files the app saves go to its "xuat" folder as in the browser mode.
 */
export function newSession(options: { now?: () => Date; file?: string; saves?: boolean } = {}): Session & { dir: string } {
  const temp = makeTempDir();
  const session = openSession({
    databasePath: options.file ?? path.join(temp.dir, 'test.sqlite'),
    osUser: 'kiem-thu',
    ...(options.now ? { now: options.now } : {}),
    ...(options.saves ? { platform: browserPlatform(path.join(temp.dir, 'xuat'), 'test') } : {}),
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

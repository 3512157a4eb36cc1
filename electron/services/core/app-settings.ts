import type { ServiceContext } from './context.ts';
import { prepared } from '../../db/statements.ts';

/** One row of app_settings, as JSON: settings that are data of the office, not code. */
export function readSetting(ctx: ServiceContext, key: string): unknown {
  const stored = prepared(ctx.db, 'SELECT value_json FROM app_settings WHERE key = ?').pluck().get(key) as string | undefined;
  return stored === undefined ? undefined : (JSON.parse(stored) as unknown);
}

export function writeSetting(ctx: ServiceContext, key: string, value: unknown): void {
  prepared(
    ctx.db,
    'INSERT INTO app_settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json',
  ).run(key, JSON.stringify(value));
}

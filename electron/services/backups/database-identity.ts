import crypto from 'node:crypto';
import { readSetting, writeSetting } from '../core/app-settings.ts';
import type { ServiceContext } from '../core/context.ts';

/**
 * A database's own mark, given on its first copy and kept across restores: the rotation of a folder
 * shared by several databases (a USB drive used on two machines, a practice file) only ever prunes
 * the copies of the database that writes there.
 */
export const DATABASE_ID_KEY = 'database.id';
const SHAPE = /^[0-9a-f]{8}$/u;

export function storedDatabaseId(ctx: ServiceContext): string | null {
  const stored = readSetting(ctx, DATABASE_ID_KEY);
  return typeof stored === 'string' && SHAPE.test(stored) ? stored : null;
}

export function databaseIdOf(ctx: ServiceContext): string {
  const stored = storedDatabaseId(ctx);
  if (stored) return stored;
  const id = crypto.randomBytes(4).toString('hex');
  ctx.db.transaction(() => writeSetting(ctx, DATABASE_ID_KEY, id)).immediate();
  return id;
}

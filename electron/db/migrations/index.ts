import type { Database } from 'better-sqlite3';
import { migrate0001Core } from './0001-core.ts';
import { migrate0002NominationsAndAwards } from './0002-nominations-and-awards.ts';
import { migrate0003NomineeSortKey } from './0003-nominee-sort-key.ts';
import { migrate0004NomineeListAtScale } from './0004-nominee-list-at-scale.ts';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

/** Forward-only and in order. Never edit a shipped migration: add the next one. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'core', up: migrate0001Core },
  { version: 2, name: 'nominations-and-awards', up: migrate0002NominationsAndAwards },
  { version: 3, name: 'nominee-sort-key', up: migrate0003NomineeSortKey },
  { version: 4, name: 'nominee-list-at-scale', up: migrate0004NomineeListAtScale },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

/** Runs every step above `fromVersion` up to `toVersion`, all in one transaction. */
export function runMigrations(db: Database, fromVersion: number, toVersion = LATEST_SCHEMA_VERSION): void {
  MIGRATIONS.forEach((migration, index) => {
    if (migration.version !== index + 1) throw new Error(`Migration ${migration.name} is out of order`);
  });
  const pending = MIGRATIONS.filter((m) => m.version > fromVersion && m.version <= toVersion);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  })();
}

import type { Database } from 'better-sqlite3';
import { migrate0001Core } from './0001-core.ts';
import { migrate0002NominationsAndAwards } from './0002-nominations-and-awards.ts';
import { migrate0003NomineeSortKey } from './0003-nominee-sort-key.ts';
import { migrate0004NomineeListAtScale } from './0004-nominee-list-at-scale.ts';
import { migrate0005EnglishCodesAndWarningBits } from './0005-english-codes-and-warning-bits.ts';
import { migrate0006DuplicatesEthnicChoicesCollectiveOrder } from './0006-duplicates-ethnic-choices-collective-order.ts';
import { migrate0007NurturingAndEvaluation } from './0007-nurturing-and-evaluation.ts';
import { migrate0008MailLog } from './0008-mail-log.ts';
import { migrate0009AchievementText } from './0009-achievement-text.ts';
import { migrate0010AuditFilters } from './0010-audit-filters.ts';
import { migrate0011StatisticsIndex } from './0011-statistics-index.ts';
import { migrate0012EarlierAwards } from './0012-earlier-awards.ts';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
  /**
   * It rebuilds a table others refer to: foreign keys are off while it runs (SQLite's own
   * procedure for altering a table), and checked as a whole before the change is committed.
   */
  rebuildsTables?: boolean;
}

/** Forward-only and in order. Never edit a shipped migration: add the next one. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'core', up: migrate0001Core },
  { version: 2, name: 'nominations-and-awards', up: migrate0002NominationsAndAwards },
  { version: 3, name: 'nominee-sort-key', up: migrate0003NomineeSortKey },
  { version: 4, name: 'nominee-list-at-scale', up: migrate0004NomineeListAtScale },
  { version: 5, name: 'english-codes-and-warning-bits', up: migrate0005EnglishCodesAndWarningBits, rebuildsTables: true },
  { version: 6, name: 'duplicates-ethnic-choices-collective-order', up: migrate0006DuplicatesEthnicChoicesCollectiveOrder },
  { version: 7, name: 'nurturing-and-evaluation', up: migrate0007NurturingAndEvaluation, rebuildsTables: true },
  { version: 8, name: 'mail-log', up: migrate0008MailLog },
  { version: 9, name: 'achievement-text', up: migrate0009AchievementText },
  { version: 10, name: 'audit-filters', up: migrate0010AuditFilters },
  { version: 11, name: 'statistics-index', up: migrate0011StatisticsIndex },
  { version: 12, name: 'earlier-awards', up: migrate0012EarlierAwards },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

/** Runs every step above `fromVersion` up to `toVersion`, all in one transaction. */
export function runMigrations(db: Database, fromVersion: number, toVersion = LATEST_SCHEMA_VERSION): void {
  MIGRATIONS.forEach((migration, index) => {
    if (migration.version !== index + 1) throw new Error(`Migration ${migration.name} is out of order`);
  });
  const pending = MIGRATIONS.filter((m) => m.version > fromVersion && m.version <= toVersion);
  if (pending.length === 0) return;
  // PRAGMA foreign_keys cannot change inside a transaction, so it is set around it.
  const rebuilding = pending.some((migration) => migration.rebuildsTables);
  const foreignKeysWereOn = Number(db.pragma('foreign_keys', { simple: true })) === 1;
  if (rebuilding && foreignKeysWereOn) db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const migration of pending) {
        migration.up(db);
        db.pragma(`user_version = ${migration.version}`);
      }
      if (rebuilding) {
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) throw new Error(`Migration left ${broken.length} broken references; nothing was changed.`);
      }
    })();
  } finally {
    if (rebuilding && foreignKeysWereOn) db.pragma('foreign_keys = ON');
  }
}

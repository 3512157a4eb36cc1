import type { Database } from 'better-sqlite3';

/** What every service receives: the open database and who/when for the audit log. */
export interface ServiceContext {
  db: Database;
  databasePath: string;
  osUser: string;
  appVersion: string;
  /** The clock, so tests can fix "today". */
  now: () => Date;
}

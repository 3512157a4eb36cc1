import type { Database } from 'better-sqlite3';
import { todayIso } from '../../../shared/format/dates.ts';

/**
 * The operating system's secure store (Electron's safeStorage: DPAPI on Windows). A secret is
 * kept in the database only as sealed by it, readable by the same Windows user alone.
 */
export interface SecretStore {
  seal: (plain: string) => string;
  unseal: (sealed: string) => string;
}

/** What only the host can do: ask the user where to save, print the window, keep a secret. */
export interface Platform {
  host: 'electron' | 'browser' | 'cli' | 'test';
  /** Where to write a file, chosen in the main process (a save dialog); null when cancelled. */
  chooseSavePath: (request: { suggestedName: string; extension: 'docx' | 'pdf' | 'xlsx' | 'sqlite' }) => Promise<string | null>;
  /** A folder to write several files into (a folder dialog in the app); null when cancelled. */
  chooseFolder?: () => Promise<string | null>;
  /** Saves the app window as PDF (Electron printToPDF); absent where the host cannot. */
  saveWindowPdf?: (path: string) => Promise<void>;
  /** Absent where the host has no secure store (command line, browser): a password then comes from the environment. */
  secrets?: SecretStore;
}

/** What every service receives: the open database, who/when for the audit log, the host. */
export interface ServiceContext {
  db: Database;
  databasePath: string;
  osUser: string;
  appVersion: string;
  /** The clock, so tests can fix "today". */
  now: () => Date;
  platform: Platform;
}

/** Today's date (YYYY-MM-DD) by the context's clock, in the machine's time zone. */
export function todayOf(ctx: ServiceContext): string {
  return todayIso(ctx.now());
}

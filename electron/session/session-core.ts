import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import packageJson from '../../package.json' with { type: 'json' };
import { openDatabase } from '../db/open.ts';
import { holdDatabase } from './database-holder.ts';
import { createDispatcher, type Dispatch, type DispatcherOptions } from '../ipc/dispatcher.ts';
import type { Platform, ServiceContext } from '../services/core/context.ts';
import { defaultDataFolder } from '../paths.ts';
import { WARNING_RULES_VERSION } from '../../shared/domain/warning-rules-version.ts';

export interface SessionOptions extends DispatcherOptions {
  databasePath: string;
  /** Create the file when missing, or take an empty one (default true). */
  create?: boolean;
  /** Upgrade an older schema (default true). */
  migrate?: boolean;
  /** The app itself (the window, start:browser): marks the file as held, for the command line. */
  holder?: 'electron' | 'browser';
  osUser?: string;
  now?: () => Date;
  /** What the host can do (save dialogs, printing); by default nothing is saved. */
  platform?: Platform;
}

const NO_HOST: Platform = { host: 'cli', chooseSavePath: async () => null };

export interface Session {
  ctx: ServiceContext;
  db: Database;
  dispatch: Dispatch;
  backupPath: string | null;
  close: () => void;
}

/** Unexpected errors go, with their stack, to a log file beside the database; users see one sentence. */
export function errorLogPath(databasePath: string): string {
  return path.join(path.dirname(path.resolve(databasePath)), 'nhat-ky-loi.log');
}

function appendErrorLog(databasePath: string) {
  return (error: unknown, method: string) => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    try {
      fs.appendFileSync(errorLogPath(databasePath), `${new Date().toISOString()} [${method}] ${detail}\n`);
    } catch {
      // The log is a help for support, never a reason to fail the user's action.
    }
  };
}

function currentOsUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USERNAME ?? process.env.USER ?? 'không rõ';
  }
}

/** Creates the app's own data folder when the default database path is used. */
export function ensureDefaultFolder(databasePath: string): void {
  if (path.dirname(path.resolve(databasePath)) === path.resolve(defaultDataFolder())) {
    fs.mkdirSync(defaultDataFolder(), { recursive: true });
  }
}

/**
 * Opens the database (migrating it) and builds the dispatcher over it, without the data a new or
 * updated file may still need (see prepare-data.ts): the command line loads that work only when
 * the file needs it, and openSession always does it.
 */
export function openSessionCore(options: SessionOptions): Session {
  const opened = openDatabase(options.databasePath, {
    ...(options.create === undefined ? {} : { create: options.create }),
    ...(options.migrate === undefined ? {} : { migrate: options.migrate }),
  });
  const release = options.holder ? holdDatabase(path.resolve(options.databasePath), options.holder) : () => undefined;
  const ctx: ServiceContext = {
    db: opened.db,
    databasePath: path.resolve(options.databasePath),
    osUser: options.osUser ?? currentOsUser(),
    appVersion: packageJson.version,
    now: options.now ?? (() => new Date()),
    platform: options.platform ?? NO_HOST,
  };
  return {
    ctx,
    db: opened.db,
    dispatch: createDispatcher(ctx, { logError: options.logError ?? appendErrorLog(options.databasePath) }),
    backupPath: opened.backupPath,
    close: () => {
      release();
      opened.db.close();
    },
  };
}

/**
 * Whether a file still needs what prepare-data.ts does (a new file has no agency; an older one has
 * warnings of older rules), by two cheap queries that load neither the seed data nor the rules.
 */
export function needsPreparing(db: Database): boolean {
  const agencies = db.prepare('SELECT count(*) FROM agencies').pluck().get() as number;
  const rules = db.prepare("SELECT value FROM derived_state WHERE key = 'warning_rules'").pluck().get() as string | undefined;
  return agencies === 0 || rules !== String(WARNING_RULES_VERSION);
}

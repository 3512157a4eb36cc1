import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import packageJson from '../package.json' with { type: 'json' };
import { openDatabase } from './db/open.ts';
import { createDispatcher, type Dispatch, type DispatcherOptions } from './ipc/dispatcher.ts';
import type { Platform, ServiceContext } from './services/core/context.ts';
import { bringWarningsToCurrentRules } from './services/nominations/warning-figures.ts';
import { seedDefaults } from './services/system/seed.ts';
import { defaultDataFolder } from './paths.ts';

export interface SessionOptions extends DispatcherOptions {
  databasePath: string;
  /** Create the file when missing (default true). */
  create?: boolean;
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

/** Opens the database (migrating and seeding a new one) and builds the dispatcher over it. */
export function openSession(options: SessionOptions): Session {
  const opened = openDatabase(options.databasePath, options.create === undefined ? {} : { create: options.create });
  const ctx: ServiceContext = {
    db: opened.db,
    databasePath: path.resolve(options.databasePath),
    osUser: options.osUser ?? currentOsUser(),
    appVersion: packageJson.version,
    now: options.now ?? (() => new Date()),
    platform: options.platform ?? NO_HOST,
  };
  try {
    seedDefaults(ctx);
    bringWarningsToCurrentRules(ctx);
  } catch (error) {
    opened.db.close();
    throw error;
  }
  return {
    ctx,
    db: opened.db,
    dispatch: createDispatcher(ctx, { logError: options.logError ?? appendErrorLog(options.databasePath) }),
    backupPath: opened.backupPath,
    close: () => opened.db.close(),
  };
}

import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';

/** The folder beside the database where copies are kept. */
export function backupFolder(databasePath: string): string {
  return path.join(path.dirname(databasePath), 'sao-luu');
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/gu, '-').replace('T', '_').slice(0, 19);
}

/** A consistent copy of a live database (VACUUM INTO works while the file is open in WAL mode). */
export function copyDatabase(db: Database, target: string): void {
  if (fs.existsSync(target)) throw new Error(`"${target}" đã tồn tại.`);
  db.prepare('VACUUM INTO ?').run(target);
}

/** Before a schema upgrade: keep the file as it was, so an upgrade can always be undone. */
export function backupBeforeMigration(db: Database, databasePath: string, fromVersion: number, now = new Date()): string {
  const folder = backupFolder(databasePath);
  fs.mkdirSync(folder, { recursive: true });
  const base = path.basename(databasePath).replace(/\.[^.]+$/u, '');
  const target = path.join(folder, `${base}-truoc-nang-cap-v${fromVersion}-${stamp(now)}.sqlite`);
  copyDatabase(db, target);
  return target;
}

import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { APPLICATION_ID } from '../../db/open.ts';
import { sqliteCode } from '../../db/sqlite-errors.ts';
import { prepared } from '../../db/statements.ts';
import { copiesToPrune, listBackups, poolFolder } from './backup-files.ts';

/** A file copied or a copy started in the last hour may belong to a copy still being written. */
const SETTLED_AFTER_MS = 60 * 60 * 1000;

/**
 * The kept files that any copy of the app in the folder refers to — whatever its name (a copy
 * saved under a name of the user's choice needs its files as much as a rotated one). Null when a
 * copy cannot be read: it may still need its files, so nothing is removed.
 */
function referencedHashes(folder: string): Set<string> | null {
  const referenced = new Set<string>();
  for (const name of fs.readdirSync(folder)) {
    if (!name.toLowerCase().endsWith('.sqlite') || name.startsWith('.')) continue;
    const file = path.join(folder, name);
    if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) continue;
    try {
      const copy = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
      try {
        if (Number(copy.pragma('application_id', { simple: true })) !== APPLICATION_ID) continue;
        for (const hash of prepared(copy, 'SELECT hash FROM attachments').pluck().all() as string[]) referenced.add(hash);
      } finally {
        copy.close();
      }
    } catch (error) {
      // A file that is no database at all refers to nothing; any other failure may hide references.
      if (sqliteCode(error) !== 'SQLITE_NOTADB') return null;
    }
  }
  return referenced;
}

function isSettled(file: string, settled: number): boolean {
  return (fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < settled;
}

/**
 * Removes this database's automatic copies past the rotation (never the one just written), the
 * kept files no copy refers to any more, and temporary files left by a copy that was cut off.
 */
export function pruneAutomaticCopies(folder: string, databaseId: string, justWritten: string): void {
  for (const entry of copiesToPrune(listBackups(folder), databaseId, justWritten))
    fs.rmSync(path.join(folder, entry.name), { force: true });
  const settled = Date.now() - SETTLED_AFTER_MS;
  for (const name of fs.readdirSync(folder)) {
    if (/^\..+\.\d+\.tmp(?:-journal)?$/u.test(name) && isSettled(path.join(folder, name), settled)) {
      fs.rmSync(path.join(folder, name), { force: true });
    }
  }
  const referenced = referencedHashes(folder);
  const pool = poolFolder(folder);
  if (!referenced || !fs.existsSync(pool)) return;
  for (const name of fs.readdirSync(pool)) {
    if (!/^[0-9a-f]{64}$/u.test(name) || referenced.has(name)) continue;
    const file = path.join(pool, name);
    if (isSettled(file, settled)) fs.rmSync(file, { force: true });
  }
}

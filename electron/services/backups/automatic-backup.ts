import fs from 'node:fs';
import path from 'node:path';
import { prepared } from '../../db/statements.ts';
import type { ServiceContext } from '../core/context.ts';
import { copiesToPrune, listBackups, poolFolder } from './backup-files.ts';
import { backupFolderOf, lastAutomatic, recordLastAutomatic } from './backup-state.ts';
import { writeBackup } from './make-backup.ts';
import BetterSqlite3 from 'better-sqlite3';

/** The last change the data has had: a copy made since holds everything. */
function changeMark(ctx: ServiceContext): number {
  return Number(prepared(ctx.db, 'SELECT coalesce(max(id), 0) FROM audit_log').pluck().get());
}

/**
 * On start and on quit: a copy into the chosen folder unless nothing changed since the last one,
 * then the rotation. Never throws — an unplugged USB drive must not stop the app from opening or
 * closing; the outcome is kept and shown in Cài đặt → Sao lưu.
 */
export async function automaticBackup(ctx: ServiceContext): Promise<{ ok: boolean; message: string }> {
  // One at a time: a quit right after start waits for the start's copy, then looks again.
  const previous = running;
  const next = (previous ?? Promise.resolve()).then(() => backUpIfChanged(ctx));
  running = next;
  try {
    return await next;
  } finally {
    if (running === next) running = null;
  }
}

let running: Promise<{ ok: boolean; message: string }> | null = null;

async function backUpIfChanged(ctx: ServiceContext): Promise<{ ok: boolean; message: string }> {
  const folder = backupFolderOf(ctx);
  try {
    const mark = changeMark(ctx);
    const last = lastAutomatic(ctx);
    const newest = listBackups(folder).find((entry) => entry.kind === 'automatic');
    if (last?.ok && last.mark === mark && newest) {
      return { ok: true, message: `Không có thay đổi từ bản ${newest.name}.` };
    }
    const copy = await writeBackup(ctx, folder, 'automatic');
    pruneAutomaticCopies(folder);
    const outcome = {
      ok: true,
      message: copy.missingFiles > 0 ? `${copy.name} (thiếu ${copy.missingFiles} tệp đính kèm bị hỏng ở máy này)` : copy.name,
      mark,
    };
    recordLastAutomatic(ctx, outcome);
    return outcome;
  } catch (error) {
    const outcome = { ok: false, message: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error) };
    try {
      recordLastAutomatic(ctx, outcome);
    } catch {
      // The database itself cannot be written (full disk): the outcome is still returned.
    }
    return outcome;
  }
}

/** Removes the automatic copies past the rotation, then kept files no remaining copy refers to. */
export function pruneAutomaticCopies(folder: string): void {
  for (const entry of copiesToPrune(listBackups(folder))) fs.rmSync(path.join(folder, entry.name), { force: true });
  const referenced = new Set<string>();
  for (const entry of listBackups(folder)) {
    try {
      const copy = new BetterSqlite3(path.join(folder, entry.name), { readonly: true, fileMustExist: true });
      try {
        for (const hash of prepared(copy, 'SELECT hash FROM attachments').pluck().all() as string[]) referenced.add(hash);
      } finally {
        copy.close();
      }
    } catch {
      return; // A copy that cannot be read may still need its files: nothing is removed.
    }
  }
  const pool = poolFolder(folder);
  if (!fs.existsSync(pool)) return;
  // A file copied in the last hour may belong to a copy still being written (Sao lưu ngay at the same moment).
  const settled = Date.now() - 60 * 60 * 1000;
  for (const name of fs.readdirSync(pool)) {
    if (!/^[0-9a-f]{64}$/u.test(name) || referenced.has(name)) continue;
    const file = path.join(pool, name);
    if ((fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < settled) fs.rmSync(file, { force: true });
  }
}

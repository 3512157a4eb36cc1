import type { ServiceContext } from '../core/context.ts';
import { listBackups } from './backup-files.ts';
import { backupFolderOf, lastAutomatic, recordLastAutomatic } from './backup-state.ts';
import { databaseIdOf } from './database-identity.ts';
import { writeBackup } from './make-backup.ts';
import { pruneAutomaticCopies } from './prune-backups.ts';
import { changeMark, restoreFinished } from './restore.ts';

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
  // A restore replaces the data: the copy is of what it leaves, and quitting waits for it to end.
  await restoreFinished(ctx);
  const folder = backupFolderOf(ctx);
  try {
    // The last change the data has had: a copy made since holds everything.
    const mark = changeMark(ctx.db);
    const last = lastAutomatic(ctx);
    const newest = listBackups(folder).find((entry) => entry.kind === 'automatic');
    if (last?.ok && last.mark === mark && newest) {
      return { ok: true, message: `Không có thay đổi từ bản ${newest.name}.` };
    }
    const copy = await writeBackup(ctx, folder, 'automatic');
    const notes: string[] = [];
    if (copy.missingFiles > 0) notes.push(`thiếu ${copy.missingFiles} tệp đính kèm bị hỏng ở máy này`);
    try {
      pruneAutomaticCopies(folder, databaseIdOf(ctx), copy.name);
    } catch (error) {
      // The copy is made and whole; only the clean-up of older ones failed (a file held open on a share).
      notes.push(`chưa xóa được bản cũ: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`);
    }
    const outcome = { ok: true, message: notes.length > 0 ? `${copy.name} (${notes.join('; ')})` : copy.name, mark };
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

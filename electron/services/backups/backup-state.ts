import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import { KEPT_DAILY, KEPT_WEEKLY, lastBackupSchema, type BackupState } from '../../../shared/domain/backups.ts';
import { AppError } from '../../../shared/api/errors.ts';
import { readSetting, writeSetting } from '../core/app-settings.ts';
import { recordChange } from '../core/audit.ts';
import type { ServiceContext } from '../core/context.ts';
import { listBackups } from './backup-files.ts';
import { storedDatabaseId } from './database-identity.ts';

export const FOLDER_KEY = 'backups.folder';
export const LAST_KEY = 'backups.last-automatic';

/** Until a folder is chosen, copies go to sao-luu/ beside the database (on the same disk). */
export function defaultBackupFolder(ctx: ServiceContext): string {
  return path.join(path.dirname(ctx.databasePath), 'sao-luu');
}

export function backupFolderOf(ctx: ServiceContext): string {
  const chosen = readSetting(ctx, FOLDER_KEY);
  return typeof chosen === 'string' && chosen !== '' ? chosen : defaultBackupFolder(ctx);
}

export function lastAutomatic(ctx: ServiceContext) {
  const parsed = lastBackupSchema.extend({ mark: z.number().optional() }).safeParse(readSetting(ctx, LAST_KEY));
  return parsed.success ? parsed.data : null;
}

export function recordLastAutomatic(ctx: ServiceContext, outcome: { ok: boolean; message: string; mark?: number }): void {
  writeSetting(ctx, LAST_KEY, { at: ctx.now().toISOString(), ...outcome });
}

export function backupState(ctx: ServiceContext): BackupState {
  const folder = backupFolderOf(ctx);
  const last = lastAutomatic(ctx);
  return {
    folder,
    databaseId: storedDatabaseId(ctx),
    folderIsDefault: folder === defaultBackupFolder(ctx),
    folderReachable: fs.existsSync(folder) ? fs.statSync(folder).isDirectory() : folder === defaultBackupFolder(ctx),
    backups: listBackups(folder),
    lastAutomatic: last ? { at: last.at, ok: last.ok, message: last.message } : null,
    keptDaily: KEPT_DAILY,
    keptWeekly: KEPT_WEEKLY,
  };
}

/** The folder comes from the main process's dialog, never typed by the page. */
export async function chooseBackupFolder(ctx: ServiceContext): Promise<BackupState | null> {
  if (!ctx.platform.chooseFolder) throw new AppError('invalid_input', 'Ở đây không chọn được thư mục.');
  const folder = await ctx.platform.chooseFolder();
  if (folder === null) return null;
  const before = backupFolderOf(ctx);
  ctx.db
    .transaction(() => {
      writeSetting(ctx, FOLDER_KEY, path.resolve(folder));
      recordChange(ctx, { action: 'update', entity: 'backup_settings', entityId: 'folder', before: { folder: before }, after: { folder } });
    })
    .immediate();
  return backupState(ctx);
}

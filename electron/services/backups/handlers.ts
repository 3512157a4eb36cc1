import { AppError } from '../../../shared/api/errors.ts';
import type { AreaHandlers } from '../../ipc/handler-types.ts';
import type { ServiceContext } from '../core/context.ts';
import path from 'node:path';
import { listBackups, newBackupName } from './backup-files.ts';
import { backupFolderOf, backupState, chooseBackupFolder } from './backup-state.ts';
import { databaseIdOf } from './database-identity.ts';
import { writeBackup } from './make-backup.ts';
import { inspectBackup, restoreBackup } from './restore.ts';

/** Another folder the user opened to restore from (a USB drive), chosen in the main process. */
const browsedFolders = new WeakMap<ServiceContext, string>();

function folderFor(ctx: ServiceContext, from: 'folder' | 'browsed'): string {
  if (from === 'folder') return backupFolderOf(ctx);
  const browsed = browsedFolders.get(ctx);
  if (!browsed) throw new AppError('invalid_input', 'Chưa mở thư mục khác để khôi phục.');
  return browsed;
}

export const backupsHandlers = {
  'backups.state': (ctx) => backupState(ctx),
  'backups.chooseFolder': { async: (ctx) => chooseBackupFolder(ctx) },
  'backups.create': {
    async: async (ctx, input) => {
      if (input.to === 'folder') return { ...(await writeBackup(ctx, backupFolderOf(ctx), 'manual')), folder: backupFolderOf(ctx) };
      const suggestedName = newBackupName(backupFolderOf(ctx), 'manual', ctx.now(), databaseIdOf(ctx));
      const chosen = await ctx.platform.chooseSavePath({ suggestedName, extension: 'sqlite' });
      if (chosen === null) return null;
      const folder = path.dirname(chosen);
      return { ...(await writeBackup(ctx, folder, 'manual', path.basename(chosen))), folder };
    },
  },
  'backups.browse': {
    async: async (ctx) => {
      if (!ctx.platform.chooseFolder) throw new AppError('invalid_input', 'Ở đây không chọn được thư mục.');
      const folder = await ctx.platform.chooseFolder();
      if (folder === null) return null;
      browsedFolders.set(ctx, folder);
      return { folder, backups: listBackups(folder) };
    },
  },
  'backups.inspect': (ctx, input) => inspectBackup(ctx, folderFor(ctx, input.from), input.name),
  'backups.restore': {
    async: (ctx, input) => restoreBackup(ctx, folderFor(ctx, input.from), input.name, input.expectedNominees),
    exclusive: true,
  },
} satisfies AreaHandlers<'backups'>;

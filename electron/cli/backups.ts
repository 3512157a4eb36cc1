import path from 'node:path';
import { BACKUP_KIND_LABELS, type DatabaseSummary } from '../../shared/domain/backups.ts';
import { inspectBackup, restoreBackup } from '../services/backups/restore.ts';
import { call, type AreaCommands, type Command } from './command.ts';
import { CliError } from './errors.ts';
import { printJson } from './output.ts';

/** `backup --out FILE` copies the data (kept files beside it); `restore --from FILE [--dry-run]` puts a copy back. */

const backupCommand: Command['run'] = async (session, args) => {
  const copy = await call(session, 'backups.create', { to: 'chosen' });
  if (!copy) throw new CliError('Không ghi được bản sao lưu.');
  if (args.values.json) return printJson(copy);
  const missing = copy.missingFiles > 0 ? ` Thiếu ${copy.missingFiles} tệp đính kèm đã hỏng ở máy này.` : '';
  return `Đã sao lưu vào ${path.join(copy.folder, copy.name)} (tệp đính kèm trong ${path.join(copy.folder, 'tep-dinh-kem')}).${missing}`;
};

function describe(summary: DatabaseSummary): string {
  const years = summary.campaigns.map((campaign) => campaign.year).join(', ') || 'không có';
  const changed = summary.lastChangeAt ? `, thay đổi cuối ${summary.lastChangeAt.slice(0, 16).replace('T', ' ')}` : '';
  return `chiến dịch ${years}; ${summary.nominees} đề cử; ${summary.attachments} tệp đính kèm${changed}`;
}

const restoreCommand: Command['run'] = async (session, args) => {
  const from = args.values.from;
  if (typeof from !== 'string' || from.trim() === '') throw new CliError('Thiếu --from (tệp sao lưu cần khôi phục).', 2);
  const file = path.resolve(from);
  const inspection = inspectBackup(session.ctx, path.dirname(file), path.basename(file));
  if (inspection.problems.length > 0 || !inspection.contents) throw new CliError(`Không khôi phục: ${inspection.problems.join(' ')}`);
  const plan = [
    `Bản sao lưu ${inspection.backup.name} (${BACKUP_KIND_LABELS[inspection.backup.kind]}): ${describe(inspection.contents)}.`,
    `Sẽ thay thế dữ liệu hiện có: ${describe(inspection.current)}.`,
    inspection.migratesFrom === null ? '' : `Bản sao ở lược đồ v${inspection.migratesFrom}, sẽ được nâng cấp.`,
    inspection.missingAttachments > 0 ? `Thiếu ${inspection.missingAttachments} tệp đính kèm bên cạnh bản sao.` : '',
  ].filter(Boolean);
  if (args.values['dry-run']) return args.values.json ? printJson(inspection) : [...plan, 'Chưa khôi phục (--dry-run).'].join('\n');
  const result = await restoreBackup(session.ctx, path.dirname(file), path.basename(file), inspection.contents.nominees);
  if (args.values.json) return printJson(result);
  return [...plan, `Đã khôi phục. Dữ liệu trước đó được giữ trong bản ${result.safetyCopy.name}.`].join('\n');
};

export const commands: AreaCommands = {
  backup: { run: backupCommand, writes: 'sqlite' },
  restore: { run: restoreCommand, needsAppClosed: true },
};

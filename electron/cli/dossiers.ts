import { CliError } from './errors.ts';
import { call, resolveCampaign, type AreaCommands, type Command } from './command.ts';
import { printJson } from './output.ts';

/** `export dossiers --campaign C --out DIR`: every nominee's dossier, one folder per unit. */
const exportDossiersCommand: Command['run'] = async (session, args) => {
  const campaign = await resolveCampaign(session, args.values.campaign);
  const result = await call(session, 'dossiers.export', { campaignId: campaign.id });
  if (!result.folder) throw new CliError('Không ghi được thư mục.');
  if (args.values.json) return printJson(result);
  return `Đã ghi hồ sơ của ${result.reports} tập thể, cá nhân (${result.units} đơn vị, ${result.attachments} tệp kèm) vào ${result.folder}.`;
};

export const commands: AreaCommands = { 'export dossiers': { run: exportDossiersCommand, writes: 'folder' } };

import { isoDate } from '../../shared/domain/fields.ts';
import { formatDateVi } from '../../shared/format/dates.ts';
import { CliError } from './errors.ts';
import { call, parseOption, resolveCampaign, whole, type AreaCommands, type Command } from './command.ts';
import { printJson } from './output.ts';

/** `issue-plan --campaign C --number N --date YYYY-MM-DD` */
const issuePlanCommand: Command['run'] = async (session, args) => {
  const number = parseOption(whole, args.values.number, 'number');
  const date = parseOption(isoDate('--date'), args.values.date, 'date');
  const campaign = await resolveCampaign(session, args.values.campaign);
  const issued = await call(session, 'plans.issue', { campaignId: campaign.id, number, date });
  if (args.values.json) return printJson(issued);
  return `Đã ban hành Kế hoạch số ${String(issued.number).padStart(2, '0')}/${issued.symbol} ngày ${formatDateVi(issued.issuedOn)} (chiến dịch ${campaign.year}).`;
};

/** `export plan --campaign C --out FILE.docx [--draft]`: the latest issued version, else the draft. */
const exportPlanCommand: Command['run'] = async (session, args) => {
  const campaign = await resolveCampaign(session, args.values.campaign);
  const state = await call(session, 'plans.get', { campaignId: campaign.id });
  const latest = args.values.draft ? undefined : state.issued.at(-1);
  const result = await call(session, 'plans.exportDocx', { campaignId: campaign.id, ...(latest ? { issuedId: latest.id } : {}) });
  if (!result.saved) throw new CliError('Không ghi được tệp.');
  const which = latest ? `bản đã ban hành số ${String(latest.number).padStart(2, '0')}/${latest.symbol}` : 'bản dự thảo';
  return args.values.json ? printJson({ saved: result.saved, issuedId: latest?.id ?? null }) : `Đã ghi ${which} vào ${result.saved}.`;
};

export const commands: AreaCommands = {
  'issue-plan': { run: issuePlanCommand },
  'export plan': { run: exportPlanCommand, writes: 'docx' },
};

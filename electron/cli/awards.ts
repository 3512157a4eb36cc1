import { isoDate } from '../../shared/domain/fields.ts';
import { formatDateVi } from '../../shared/format/dates.ts';
import { formatInteger } from '../../shared/format/numbers.ts';
import { CliError } from './errors.ts';
import { call, parseOption, resolveCampaign, whole, type AreaCommands, type Command } from './command.ts';
import { printJson } from './output.ts';

const numbered = (number: number, symbol: string) => `${String(number).padStart(2, '0')}/${symbol}`;

/** `decide --campaign C --number N --date YYYY-MM-DD`: the award decision of those ready. */
const decideCommand: Command['run'] = async (session, args) => {
  const number = parseOption(whole, args.values.number, 'number');
  const date = parseOption(isoDate('--date'), args.values.date, 'date');
  const campaign = await resolveCampaign(session, args.values.campaign);
  const issued = await call(session, 'awards.decide', { campaignId: campaign.id, number, date });
  if (args.values.json) return printJson(issued);
  return `Đã ban hành Quyết định số ${numbered(issued.number, issued.symbol)} ngày ${formatDateVi(issued.issuedOn)}: ${issued.count} tập thể, cá nhân, ${formatInteger(issued.total)} đồng.`;
};

/** `propose --campaign C --number N --date YYYY-MM-DD`: the Tờ trình to the higher level. */
const proposeCommand: Command['run'] = async (session, args) => {
  const number = parseOption(whole, args.values.number, 'number');
  const date = parseOption(isoDate('--date'), args.values.date, 'date');
  const campaign = await resolveCampaign(session, args.values.campaign);
  const issued = await call(session, 'awards.propose', { campaignId: campaign.id, number, date });
  if (args.values.json) return printJson(issued);
  const warnings = issued.warnings.map((warning) => `\nLưu ý: ${warning}`).join('');
  return `Đã ban hành Tờ trình số ${numbered(issued.number, issued.symbol)} ngày ${formatDateVi(issued.issuedOn)}: ${issued.count} tập thể, cá nhân.${warnings}`;
};

const savedOrFail = (saved: string | null): string => {
  if (!saved) throw new CliError('Không ghi được tệp.');
  return saved;
};

const exportDecisionCommand: Command['run'] = async (session, args) => {
  const campaign = await resolveCampaign(session, args.values.campaign);
  const saved = savedOrFail((await call(session, 'awards.exportDecision', { campaignId: campaign.id })).saved);
  return args.values.json ? printJson({ saved }) : `Đã ghi quyết định khen thưởng vào ${saved}.`;
};

const exportProposalCommand: Command['run'] = async (session, args) => {
  const campaign = await resolveCampaign(session, args.values.campaign);
  const saved = savedOrFail((await call(session, 'awards.exportProposal', { campaignId: campaign.id })).saved);
  return args.values.json ? printJson({ saved }) : `Đã ghi tờ trình vào ${saved}.`;
};

const exportAwardsCommand: Command['run'] = async (session, args) => {
  const campaign = await resolveCampaign(session, args.values.campaign);
  const result = await call(session, 'awards.exportList', { campaignId: campaign.id });
  const saved = savedOrFail(result.saved);
  if (args.values.json) return printJson(result);
  return `Đã ghi danh sách khen thưởng (${result.rows} dòng, tổng ${formatInteger(result.total)} đồng) vào ${saved}.`;
};

const exportSummariesCommand: Command['run'] = async (session, args) => {
  const campaign = await resolveCampaign(session, args.values.campaign);
  const result = await call(session, 'awards.exportSummaries', { campaignId: campaign.id });
  if (!result.folder) throw new CliError('Không ghi được thư mục.');
  if (args.values.json) return printJson(result);
  return `Đã ghi ${result.files.length} tệp tổng hợp của các đơn vị vào ${result.folder}.`;
};

export const commands: AreaCommands = {
  decide: { run: decideCommand },
  propose: { run: proposeCommand },
  'export decision': { run: exportDecisionCommand, writes: 'docx' },
  'export proposal': { run: exportProposalCommand, writes: 'docx' },
  'export awards': { run: exportAwardsCommand, writes: 'xlsx' },
  'export summaries': { run: exportSummariesCommand, writes: 'folder' },
};

import type { CampaignSummary } from '../../shared/domain/campaigns.ts';
import { isoDate } from '../../shared/domain/fields.ts';
import { CliError } from './errors.ts';
import { call, parseOption, resolveCampaign, whole, type AreaCommands, type Command } from './command.ts';
import { printJson, printTable } from './output.ts';

/** `campaigns [--today D] [--json]` and `campaign copy --from C --year Y`. */

const STATUS_TEXT: Record<CampaignSummary['status'], string> = {
  draft: 'dự thảo',
  issued: 'đã ban hành',
  closed: 'đã kết thúc',
};

const campaignsCommand: Command['run'] = async (session, args) => {
  const today = args.values.today === undefined ? undefined : parseOption(isoDate('Ngày'), args.values.today, 'today');
  const campaigns = await call(session, 'campaigns.list', today ? { today } : {});
  if (args.values.json) {
    return printJson(campaigns.map(({ id, year, title, phase, status }) => ({ id, year, title, phase, status })));
  }
  return printTable(
    campaigns.map((c) => ({ id: c.id, year: c.year, status: STATUS_TEXT[c.status], phase: c.phase, title: c.title })),
    [
      { key: 'id', title: 'Mã' },
      { key: 'year', title: 'Năm' },
      { key: 'status', title: 'Kế hoạch' },
      { key: 'phase', title: 'Giai đoạn' },
      { key: 'title', title: 'Tên' },
    ],
  );
};

const campaignCopyCommand: Command['run'] = async (session, args) => {
  const from = await resolveCampaign(session, args.values.from, 'from');
  if (args.values.year === undefined) throw new CliError('Thiếu --year (năm của chiến dịch mới).', 2);
  const year = parseOption(whole, args.values.year, 'year');
  const created = await call(session, 'campaigns.copy', { fromCampaignId: from.id, year });
  return args.values.json
    ? printJson(created)
    : `Đã tạo chiến dịch ${created.year} (mã ${created.id}) từ chiến dịch ${from.year}: "${created.title}". Kế hoạch mới là dự thảo; hãy rà soát nội dung trước khi ban hành.`;
};

export const commands: AreaCommands = {
  campaigns: { run: campaignsCommand },
  'campaign copy': { run: campaignCopyCommand },
};

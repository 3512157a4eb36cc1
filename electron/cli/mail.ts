import { isoDate } from '../../shared/domain/fields.ts';
import type { SendResult } from '../../shared/domain/mail.ts';
import { formatDateVi } from '../../shared/format/dates.ts';
import { CliError } from './errors.ts';
import { call, parseOption, resolveCampaign, whole, type AreaCommands, type Command, type CommandArgs } from './command.ts';
import { resolveUnit } from './unit-option.ts';
import { printJson } from './output.ts';

/** --smtp smtp://[user@]host:port (STARTTLS when offered) or smtps://… (TLS from the start). */
function serverOption(raw: unknown) {
  if (typeof raw !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CliError('--smtp: cần dạng smtp://MÁY:CỔNG hoặc smtps://MÁY:CỔNG.', 2);
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new CliError('--smtp: chỉ nhận smtp:// hoặc smtps://.', 2);
  if (url.password) throw new CliError('--smtp: không ghi mật khẩu trên dòng lệnh; đặt nó trong biến DHTT_SMTP_PASSWORD.', 2);
  const tls = url.protocol === 'smtps:';
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : tls ? 465 : 587,
    security: tls ? ('tls' as const) : ('none' as const),
    ...(url.username ? { user: decodeURIComponent(url.username) } : {}),
  };
}

function describeResult(result: SendResult, what: string): string {
  if (result.alreadySent.length > 0) {
    throw new CliError(`Đã gửi ${what} cho ${result.alreadySent.join(', ')}; thêm --resend để gửi lại, hoặc --unit để chỉ gửi một đơn vị.`);
  }
  const lines = [
    result.folder ? `Đã ghi ${result.drafts} thư nháp vào ${result.folder}.` : `Đã gửi ${result.sent} thư ${what}.`,
    ...result.failed.map((item) => `Gửi lỗi: ${item.unitName}: ${item.reason}`),
    ...result.skipped.map((item) => `Bỏ qua: ${item.unitName}: ${item.reason}`),
  ];
  return lines.join('\n');
}

const mailCommand =
  (kind: 'summary' | 'reminder'): Command['run'] =>
  async (session, args: CommandArgs) => {
    const { smtp, eml } = args.values;
    if ((smtp === undefined) === (eml === undefined))
      throw new CliError('Cần một trong hai: --smtp smtp://MÁY:CỔNG hoặc --eml THƯ_MỤC.', 2);
    const server = serverOption(smtp);
    const campaign = await resolveCampaign(session, args.values.campaign);
    const unitIds = args.values.unit !== undefined ? [await resolveUnit(session, campaign.id, args.values.unit)] : undefined;
    const result = await call(session, 'mail.send', {
      campaignId: campaign.id,
      kind,
      via: server ? 'smtp' : 'eml',
      resend: args.values.resend === true,
      ...(unitIds ? { unitIds } : {}),
      ...(server ? { server } : {}),
    });
    if (args.values.json) return printJson(result);
    const text = describeResult(result, kind === 'summary' ? 'tổng hợp' : 'đôn đốc');
    if (result.failed.length > 0) throw new CliError(text.replace(/\n/gu, ' | '));
    return text;
  };

/** `issue-reminder --campaign C --number N --date D --reply-by D`: the Công văn đôn đốc. */
const issueReminderCommand: Command['run'] = async (session, args) => {
  const number = parseOption(whole, args.values.number, 'number');
  const date = parseOption(isoDate('--date'), args.values.date, 'date');
  const replyBy = parseOption(isoDate('--reply-by'), args.values['reply-by'], 'reply-by');
  const campaign = await resolveCampaign(session, args.values.campaign);
  const issued = await call(session, 'mail.issueReminder', { campaignId: campaign.id, number, date, replyBy });
  if (args.values.json) return printJson(issued);
  return `Đã ban hành Công văn số ${String(issued.number).padStart(2, '0')}/${issued.symbol} ngày ${formatDateVi(issued.issuedOn)}, đề nghị gửi trước ngày ${formatDateVi(issued.replyBy)}.`;
};

const exportReminderCommand: Command['run'] = async (session, args) => {
  const campaign = await resolveCampaign(session, args.values.campaign);
  const { saved } = await call(session, 'mail.exportReminder', { campaignId: campaign.id });
  if (!saved) throw new CliError('Không ghi được tệp.');
  return args.values.json ? printJson({ saved }) : `Đã ghi công văn đôn đốc vào ${saved}.`;
};

export const commands: AreaCommands = {
  'mail summaries': { run: mailCommand('summary'), folderOption: 'eml' },
  'mail reminders': { run: mailCommand('reminder'), folderOption: 'eml' },
  'issue-reminder': { run: issueReminderCommand },
  'export reminder': { run: exportReminderCommand, writes: 'docx' },
};

import { z } from 'zod';
import type { ApiResult } from '../../shared/api/errors.ts';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract.ts';
import type { CampaignSummary } from '../../shared/api/areas/campaigns.ts';
import { isoDate } from '../../shared/api/fields.ts';
import { UNIT_KIND_LABELS } from '../../shared/domain/units.ts';
import { formatDateVi } from '../../shared/format/dates.ts';
import { foldText } from '../../shared/text/normalize.ts';
import type { Session } from '../session.ts';
import { CliError } from './errors.ts';
import { printJson, printTable } from './output.ts';

export interface CommandArgs {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

export type Command = (session: Session, args: CommandArgs) => Promise<string>;

/** Calls the dispatcher like the UI does and turns an error answer into a one-line failure. */
export async function call<M extends MethodName>(session: Session, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = (await session.dispatch(method, input)) as ApiResult<MethodOutput<M>>;
  if (!result.ok) {
    const where = result.error.path ? ` (${result.error.path})` : '';
    throw new CliError(`${result.error.message}${where}`);
  }
  return result.value;
}

/** Checks one option's value at the command-line boundary; a missing or bad value is a usage error. */
export function parseOption<T>(schema: z.ZodType<T>, value: unknown, option: string): T {
  if (value === undefined) throw new CliError(`Thiếu --${option}.`, 2);
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'không hợp lệ';
    throw new CliError(message.startsWith(`--${option}`) ? message : `--${option}: ${message}`, 2);
  }
  return parsed.data;
}

export const whole = z.string().regex(/^\d+$/u, 'cần một số nguyên dương').transform(Number);

/** --campaign takes an id, or a year when that year has exactly one campaign. */
export async function resolveCampaign(session: Session, raw: unknown, option = 'campaign'): Promise<CampaignSummary> {
  if (raw === undefined) throw new CliError(`Thiếu --${option} (mã hoặc năm của chiến dịch).`, 2);
  const value = parseOption(whole, raw, option);
  const campaigns = await call(session, 'campaigns.list', {});
  const byYear = campaigns.filter((campaign) => campaign.year === value);
  if (value >= 1900) {
    if (byYear.length === 1 && byYear[0]) return byYear[0];
    if (byYear.length > 1) throw new CliError(`Năm ${value} có ${byYear.length} chiến dịch; hãy dùng mã chiến dịch.`);
    throw new CliError(`Không có chiến dịch năm ${value}.`);
  }
  const byId = campaigns.find((campaign) => campaign.id === value);
  if (!byId) throw new CliError(`Không có chiến dịch mã ${value}.`);
  return byId;
}

const STATUS_TEXT: Record<CampaignSummary['status'], string> = {
  draft: 'dự thảo',
  issued: 'đã ban hành',
  closed: 'đã kết thúc',
};

export const campaignsCommand: Command = async (session, args) => {
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

export const unitsCommand: Command = async (session, args) => {
  const { unit: unitName, email } = args.values;
  if (unitName !== undefined || email !== undefined) {
    if (typeof unitName !== 'string' || typeof email !== 'string') {
      throw new CliError('Cần cả --unit TÊN và --email ĐỊA_CHỈ để đặt email cho một đơn vị.', 2);
    }
    const units = await call(session, 'units.list', { includeInactive: true });
    const wanted = foldText(unitName);
    const matches = units.filter((unit) => foldText(unit.name) === wanted);
    if (matches.length === 0) throw new CliError(`Không có đơn vị tên "${unitName}".`);
    const active = matches.filter((unit) => unit.activeTo === null);
    const target = matches.length === 1 ? matches[0] : active.length === 1 ? active[0] : undefined;
    if (!target) throw new CliError(`Có ${matches.length} đơn vị tên "${unitName}"; hãy đổi tên cho khác nhau trong Cài đặt.`);
    const updated = await call(session, 'units.update', { id: target.id, fields: { email } });
    return args.values.json ? printJson(updated) : `Đã đặt email của ${updated.name}: ${updated.email ?? ''}`;
  }
  const units = await call(session, 'units.list', { includeInactive: true });
  if (args.values.json) return printJson(units);
  return printTable(
    units.map((unit) => ({
      id: unit.id,
      name: unit.name,
      kind: UNIT_KIND_LABELS[unit.kind],
      email: unit.email ?? '',
      active: unit.activeTo ? `đến ${formatDateVi(unit.activeTo)}` : 'đang hoạt động',
    })),
    [
      { key: 'id', title: 'Mã' },
      { key: 'name', title: 'Tên' },
      { key: 'kind', title: 'Loại' },
      { key: 'email', title: 'Email' },
      { key: 'active', title: 'Hoạt động' },
    ],
  );
};

export const checkCommand: Command = async (session, args) => {
  const report = await call(session, 'system.check', {});
  if (args.values.json) {
    if (!report.ok) throw new CliError(printJson(report).replace(/\n\s*/gu, ' '));
    return printJson(report);
  }
  if (!report.ok) throw new CliError(`Cơ sở dữ liệu có vấn đề: ${report.problems.join(' ')}`);
  const counts = Object.entries(report.counts)
    .map(([table, n]) => `${table}=${n}`)
    .join(', ');
  return `Cơ sở dữ liệu tốt (lược đồ v${report.schemaVersion}; ${counts}).`;
};

export const campaignCopyCommand: Command = async (session, args) => {
  const from = await resolveCampaign(session, args.values.from, 'from');
  if (args.values.year === undefined) throw new CliError('Thiếu --year (năm của chiến dịch mới).', 2);
  const year = parseOption(whole, args.values.year, 'year');
  const created = await call(session, 'campaigns.copy', { fromCampaignId: from.id, year });
  return args.values.json
    ? printJson(created)
    : `Đã tạo chiến dịch ${created.year} (mã ${created.id}) từ chiến dịch ${from.year}: "${created.title}". Kế hoạch mới là dự thảo; hãy rà soát nội dung trước khi ban hành.`;
};

import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import type { ApiResult } from '../../shared/api/errors.ts';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract.ts';
import type { CampaignSummary } from '../../shared/domain/campaigns.ts';
import type { Session } from '../session/open-session.ts';
import { CliError } from './errors.ts';

export interface CommandArgs {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

/** One command: what it does with an open session, and what it needs before the database is opened. */
export interface Command {
  run: (session: Session, args: CommandArgs) => Promise<string>;
  /** Creates the database file when it is missing (init). */
  creates?: boolean;
  /** Looks at the file as it is: no upgrade, no data prepared (check). */
  inspects?: boolean;
  /** Refused while the app has the file open (restore: the app's screens would show data that is gone). */
  needsAppClosed?: boolean;
  /** The kind of file --out names; checked before any work, and used as the save path. */
  writes?: 'docx' | 'xlsx' | 'sqlite' | 'folder';
  /** An option that, when given, names a folder to write into (mail --eml DIR), checked the same way. */
  folderOption?: string;
}

/** The commands of one area, by name ("export plan"), in electron/cli/<area>.ts. */
export type AreaCommands = Record<string, Command>;

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

/** Checks the --out path before anything is built: a .docx file in a folder that exists. */
export function outputPath(value: unknown, extension: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new CliError('Thiếu --out (đường dẫn tệp cần ghi).', 2);
  const target = path.resolve(value);
  if (!target.toLowerCase().endsWith(`.${extension}`)) throw new CliError(`--out phải là tệp .${extension}.`, 2);
  const folder = path.dirname(target);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new CliError(`Thư mục "${folder}" không tồn tại.`);
  return target;
}

/** Checks the --out folder before anything is built: it exists, or its parent does (then it is made). */
export function outputFolder(value: unknown, option = 'out'): string {
  if (typeof value !== 'string' || value.trim() === '') throw new CliError(`Thiếu --${option} (thư mục cần ghi).`, 2);
  const target = path.resolve(value);
  if (fs.existsSync(target)) {
    if (!fs.statSync(target).isDirectory()) throw new CliError(`"${target}" là một tệp, không phải thư mục.`, 2);
    return target;
  }
  if (!fs.existsSync(path.dirname(target))) throw new CliError(`Thư mục "${path.dirname(target)}" không tồn tại.`);
  fs.mkdirSync(target);
  return target;
}

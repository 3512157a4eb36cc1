import { AppError, notFound } from '../../../shared/api/errors.ts';
import {
  buildReminderLetter,
  letterSymbol,
  type ReminderLetterData,
  type ReminderUnit,
} from '../../../shared/document/builders/reminder-letter.ts';
import { checkDocument, type FormatProblem } from '../../../shared/document/check.ts';
import type { AdminDocument } from '../../../shared/document/model.ts';
import { unitTitle } from '../../../shared/domain/units.ts';
import { formatDateVi } from '../../../shared/format/dates.ts';
import { todayOf, type ServiceContext } from '../core/context.ts';
import { nextNumber } from '../core/document-register.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import { countsByUnit } from '../nominations/nominee-counts.ts';
import { getAgency } from '../settings/agencies.ts';
import { getUnit } from '../settings/units.ts';
import { issuePaper, paperBasics } from '../awards/award-basis.ts';
import { issuedDecisionRows } from '../awards/decisions.ts';

/**
 * Đôn đốc: the units whose list has not come, or came short of their quota, and the Công văn
 * đôn đốc that reminds them of the deadline and asks for a new date.
 */

export const REMINDER_KIND = 'reminder-letter';

export interface LateUnit extends ReminderUnit {
  unitId: number;
  email: string | null;
}

/** "chưa gửi danh sách (chỉ tiêu 1 tập thể, 2 cá nhân)" or "còn thiếu 1 cá nhân so với chỉ tiêu (đã gửi 1/2)". */
function missingText(quota: { collective: number; individual: number }, got: { collective: number; individual: number }): string | null {
  const short = { collective: Math.max(0, quota.collective - got.collective), individual: Math.max(0, quota.individual - got.individual) };
  if (short.collective + short.individual === 0) return null;
  const parts = (counts: { collective: number; individual: number }) =>
    [counts.collective > 0 ? `${counts.collective} tập thể` : '', counts.individual > 0 ? `${counts.individual} cá nhân` : '']
      .filter(Boolean)
      .join(', ');
  if (got.collective + got.individual === 0) return `chưa gửi danh sách (chỉ tiêu ${parts(quota)})`;
  return `còn thiếu ${parts(short)} so với chỉ tiêu (đã gửi ${got.collective + got.individual}/${quota.collective + quota.individual})`;
}

/** Units of the plan with a quota not yet met, in the plan's order. */
export function lateUnits(ctx: ServiceContext, campaignId: number): LateUnit[] {
  const campaign = getCampaign(ctx, campaignId);
  const counts = countsByUnit(ctx, campaignId);
  const late: LateUnit[] = [];
  for (const quota of campaign.quotas) {
    const got = counts.get(quota.unitId)?.filled ?? { collective: 0, individual: 0 };
    const missing = missingText(quota, got);
    if (!missing) continue;
    const unit = getUnit(ctx, quota.unitId);
    const title = unitTitle(unit);
    late.push({ unitId: unit.id, email: unit.email, title, addressee: unit.contactOffice.trim() || title, missing });
  }
  return late;
}

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A week from today: the date a draft asks for until the user sets one. */
export const defaultReplyBy = (ctx: ServiceContext) => addDays(todayOf(ctx), 7);

function letterData(
  ctx: ServiceContext,
  campaignId: number,
  number: number | null,
  date: string | null,
  replyBy: string,
): ReminderLetterData {
  const basics = paperBasics(ctx, campaignId);
  const campaign = getCampaign(ctx, campaignId);
  const agency = getAgency(ctx, campaign.agencyId);
  return {
    agency: basics.agency,
    department: basics.department,
    signer: basics.signer,
    number,
    date,
    year: basics.year,
    campaignYear: campaign.year,
    campaignSubject: basics.campaignSubject,
    plan: basics.plan,
    deadline: campaign.nominationDeadline,
    replyBy,
    units: lateUnits(ctx, campaignId).map(({ addressee, title, missing }) => ({ addressee, title, missing })),
    contact: { name: agency.contactName, position: agency.contactPosition, phone: agency.contactPhone, email: agency.email },
  };
}

function letterProblems(data: ReminderLetterData): FormatProblem[] {
  const problems: FormatProblem[] = [];
  if (data.units.length === 0) problems.push({ level: 'error', message: 'Mọi đơn vị đã gửi đủ danh sách: không có ai cần đôn đốc.' });
  const from = data.date ?? null;
  if (from && data.replyBy <= from)
    problems.push({ level: 'error', message: `Ngày đề nghị gửi (${formatDateVi(data.replyBy)}) phải sau ngày công văn.` });
  return problems;
}

interface StoredLetter {
  data: ReminderLetterData;
  document: AdminDocument;
}

export interface IssuedLetter {
  id: number;
  number: number;
  symbol: string;
  issuedOn: string;
  replyBy: string;
  data: ReminderLetterData;
  document: AdminDocument;
}

export function issuedLetters(ctx: ServiceContext, campaignId: number): IssuedLetter[] {
  return issuedDecisionRows(ctx, campaignId, REMINDER_KIND).map((row) => {
    const stored = JSON.parse(row.snapshot_json) as StoredLetter;
    return { id: row.id, number: row.number, symbol: row.symbol, issuedOn: row.issued_on, replyBy: stored.data.replyBy, ...stored };
  });
}

export function reminderDocument(
  ctx: ServiceContext,
  campaignId: number,
  issuedId: number | undefined,
  replyBy: string | undefined,
): { document: AdminDocument; problems: FormatProblem[] } {
  if (issuedId !== undefined) {
    const issued = issuedLetters(ctx, campaignId).find((letter) => letter.id === issuedId);
    if (!issued) throw notFound(`công văn đôn đốc mã ${issuedId}`);
    return { document: issued.document, problems: checkDocument(issued.document, { issued: true }) };
  }
  const data = letterData(ctx, campaignId, null, null, replyBy ?? defaultReplyBy(ctx));
  const document = buildReminderLetter(data);
  return { document, problems: [...letterProblems(data), ...checkDocument(document, { issued: false })] };
}

export function nextReminderNumber(ctx: ServiceContext, campaignId: number): number {
  const basics = paperBasics(ctx, campaignId);
  return nextNumber(ctx, basics.agencyId, letterSymbol(basics.agency.abbreviation, basics.department), Number(todayOf(ctx).slice(0, 4)));
}

/** Issues the letter to the units late today: number free, frozen in the register. */
export function issueReminder(ctx: ServiceContext, campaignId: number, number: number, date: string, replyBy: string): IssuedLetter {
  if (date > todayOf(ctx)) throw new AppError('invalid_input', 'Ngày công văn không được sau hôm nay.', 'date');
  const data = letterData(ctx, campaignId, number, date, replyBy);
  const document = buildReminderLetter(data);
  const id = issuePaper(ctx, campaignId, { kind: REMINDER_KIND, number, date, problems: letterProblems(data), document, data });
  const issued = issuedLetters(ctx, campaignId).find((letter) => letter.id === id);
  if (!issued) throw notFound(`công văn đôn đốc mã ${id}`);
  return issued;
}

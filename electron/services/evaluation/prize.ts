import type { AwardForm } from '../../../shared/domain/award-forms.ts';
import type { BaseSalary } from '../../../shared/domain/base-salaries.ts';
import { prizeFor, prizeSubjectOf, type Prize } from '../../../shared/domain/prize-money.ts';
import type { NomineeKind } from '../../../shared/domain/nominees.ts';
import { AppError } from '../../../shared/api/errors.ts';
import { foldText } from '../../../shared/text/normalize.ts';
import { todayOf, type ServiceContext } from '../core/context.ts';
import { campaignPhases } from '../campaigns/campaigns.ts';
import { listAwardForms } from '../settings/award-forms.ts';
import { listBaseSalaries } from '../settings/base-salaries.ts';
import { prepared } from '../../db/statements.ts';

/**
 * The date prize money is worked out for: the award decision's date as the office expects it
 * (set on the Đánh giá screen), else the end of the evaluation phase, else today.
 */
export function decisionDateOf(ctx: ServiceContext, campaignId: number): string {
  const set = prepared(ctx.db, 'SELECT award_decision_on FROM campaigns WHERE id = ?').pluck().get(campaignId) as string | null | undefined;
  if (set) return set;
  return campaignPhases(ctx, campaignId).find((phase) => phase.key === 'evaluation')?.endsOn ?? todayOf(ctx);
}

export function setDecisionDate(ctx: ServiceContext, campaignId: number, date: string): { decisionDate: string } {
  prepared(ctx.db, 'UPDATE campaigns SET award_decision_on = ? WHERE id = ?').run(date, campaignId);
  return { decisionDate: date };
}

/** What prize money is worked out from, read once per request. */
export interface PrizeBook {
  forms: AwardForm[];
  salaries: BaseSalary[];
  decisionDate: string;
}

export function prizeBook(ctx: ServiceContext, campaignId: number): PrizeBook {
  return { forms: listAwardForms(ctx), salaries: listBaseSalaries(ctx), decisionDate: decisionDateOf(ctx, campaignId) };
}

export function prizeOf(
  book: PrizeBook,
  awardCode: string | null,
  nominee: { kind: NomineeKind; collectiveForm: string | null },
): { prize: Prize | null; problem: string | null; awardName: string | null } {
  if (!awardCode) return { prize: null, problem: null, awardName: null };
  const result = prizeFor({
    ...book,
    code: awardCode,
    subject: prizeSubjectOf(nominee.kind, nominee.collectiveForm),
    decisionDate: book.decisionDate,
  });
  const awardName = book.forms.find((form) => form.code === awardCode)?.name ?? awardCode;
  return result.ok
    ? { prize: result.prize, problem: null, awardName: result.prize.formName }
    : { prize: null, problem: result.reason, awardName };
}

const key = (value: string) => foldText(value.replace(/-/gu, ' '));

/** A form by its code or a unique start of its name, accents optional ("Giấy khen", "giay khen", "giay-khen"). */
export function resolveAwardCode(forms: readonly AwardForm[], written: string): string {
  const wanted = key(written);
  const byCode = forms.find((form) => key(form.code) === wanted);
  if (byCode) return byCode.code;
  const codes = [
    ...new Set(forms.filter((form) => key(form.name).startsWith(wanted) || key(form.code).startsWith(wanted)).map((form) => form.code)),
  ];
  if (codes.length === 1 && codes[0]) return codes[0];
  const known = [...new Set(forms.map((form) => `${form.name} (${form.code})`))].join('; ');
  if (codes.length === 0) throw new AppError('invalid_input', `Không có hình thức khen thưởng "${written}". Có: ${known}.`, 'awardCode');
  throw new AppError('invalid_input', `"${written}" có thể là nhiều hình thức: ${codes.join(', ')}. Hãy ghi rõ hơn.`, 'awardCode');
}

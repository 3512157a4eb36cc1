import type { AwardForm } from './award-forms.ts';
import type { BaseSalary } from './base-salaries.ts';
import type { NomineeKind } from './nominees.ts';

/**
 * Prize money (NĐ 98/2023 and NĐ 152/2025): the form's coefficient for the subject, in force on
 * the decision date, × the base salary in force on that date, rounded up to the next 10.000 đồng.
 * Coefficients are hundredths of the salary (30 = 0,3), so the sum stays in integers. A
 * household's coefficient is 1,5 × the individual one where the form gives none of its own.
 */

export type PrizeSubject = 'individual' | 'collective' | 'household';

export const PRIZE_SUBJECT_LABELS: Record<PrizeSubject, string> = {
  individual: 'cá nhân',
  collective: 'tập thể',
  household: 'hộ gia đình',
};

export interface Prize {
  amount: number;
  /** Hundredths of the base salary. */
  coefficient: number;
  salary: number;
  salaryDecree: string;
  formDecree: string;
  formId: number;
  formName: string;
  /** The form's figures are not yet checked against the decree ("chờ đối chiếu"). */
  unverified: boolean;
}

export type PrizeResult = { ok: true; prize: Prize } | { ok: false; reason: string };

const ROUND_TO = 10_000;

/** A collective nominee is paid as a collective; a household is a collective whose form says "Hộ gia đình". */
export function prizeSubjectOf(kind: NomineeKind, collectiveForm: string | null): PrizeSubject {
  if (kind === 'individual') return 'individual';
  return collectiveForm && /^hộ\b|hộ gia đình/iu.test(collectiveForm.normalize('NFC')) ? 'household' : 'collective';
}

function inForce<T extends { validFrom: string; validTo: string | null }>(rows: readonly T[], date: string): T[] {
  return rows.filter((row) => row.validFrom <= date && (row.validTo === null || date <= row.validTo));
}

/** The base salary in force on a date: the latest one that began on or before it. */
export function salaryOn(salaries: readonly BaseSalary[], date: string): BaseSalary | null {
  return [...salaries].filter((s) => s.validFrom <= date).sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0] ?? null;
}

export function coefficientFor(form: AwardForm, subject: PrizeSubject): number | null {
  if (subject === 'individual') return form.coefficientIndividual;
  if (subject === 'collective') return form.coefficientCollective;
  if (form.coefficientHousehold !== null) return form.coefficientHousehold;
  return form.coefficientIndividual === null ? null : (form.coefficientIndividual * 3) / 2;
}

/** The amount in whole đồng: ceil(coefficient/100 × salary / 10.000) × 10.000, without floating point. */
export function roundedPrize(coefficientHundredths: number, salary: number): number {
  // A household's coefficient may be a half-hundredth (1,5 × 0,3 = 0,45; 1,5 × 0,25 = 0,375): doubled, it is whole.
  const doubled = Math.round(coefficientHundredths * 2);
  const divisor = 2 * 100 * ROUND_TO;
  return Math.floor((doubled * salary + divisor - 1) / divisor) * ROUND_TO;
}

export function prizeFor(input: {
  forms: readonly AwardForm[];
  salaries: readonly BaseSalary[];
  code: string;
  subject: PrizeSubject;
  decisionDate: string;
}): PrizeResult {
  const candidates = input.forms.filter((form) => form.code === input.code);
  if (candidates.length === 0) return { ok: false, reason: `Không có hình thức khen thưởng mã "${input.code}".` };
  const form = inForce(candidates, input.decisionDate).sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
  if (!form) return { ok: false, reason: `${candidates[0]?.name ?? input.code} không có hệ số áp dụng vào ngày ${input.decisionDate}.` };
  const coefficient = coefficientFor(form, input.subject);
  if (coefficient === null)
    return { ok: false, reason: `${form.name} (${form.decreeRef}) không quy định mức thưởng cho ${PRIZE_SUBJECT_LABELS[input.subject]}.` };
  const salary = salaryOn(input.salaries, input.decisionDate);
  if (!salary) return { ok: false, reason: `Chưa có mức lương cơ sở áp dụng vào ngày ${input.decisionDate}.` };
  return {
    ok: true,
    prize: {
      amount: roundedPrize(coefficient, salary.amount),
      coefficient,
      salary: salary.amount,
      salaryDecree: salary.decree,
      formDecree: form.decreeRef,
      formId: form.id,
      formName: form.name,
      unverified: form.verified === 'U' || salary.verified === 'U',
    },
  };
}

import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { prizeFor, prizeSubjectOf, roundedPrize, type PrizeSubject } from '../../shared/domain/prize-money.ts';
import type { AwardForm } from '../../shared/domain/award-forms.ts';
import type { BaseSalary } from '../../shared/domain/base-salaries.ts';
import { REPO_ROOT } from '../support/paths.ts';

// The reference data the app seeds, read from the repository's own resources.
const reference = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'resources', 'reference', 'khen-thuong.json'), 'utf8')) as {
  baseSalaries: Omit<BaseSalary, 'id' | 'validTo'>[];
  awardForms: Omit<AwardForm, 'id'>[];
};
const forms: AwardForm[] = reference.awardForms.map((form, index) => ({ ...form, id: index + 1 }));
const salaries: BaseSalary[] = reference.baseSalaries.map((salary, index) => ({ ...salary, id: index + 1, validTo: null }));

const amount = (code: string, subject: PrizeSubject, decisionDate: string) => {
  const result = prizeFor({ forms, salaries, code, subject, decisionDate });
  if (!result.ok) throw new Error(result.reason);
  return result.prize.amount;
};

describe('prize money', () => {
  it('gives the amounts of a Giấy khen for decisions either side of 01/7/2024, 01/7/2025 and 01/7/2026', () => {
    expect(amount('giay-khen', 'individual', '2024-06-30')).toBe(540_000); // 0,3 × 1.800.000
    expect(amount('giay-khen', 'collective', '2024-06-30')).toBe(1_080_000);
    expect(amount('giay-khen', 'individual', '2024-07-01')).toBe(710_000); // 702.000 rounded up
    expect(amount('giay-khen', 'individual', '2024-12-10')).toBe(710_000);
    expect(amount('giay-khen', 'collective', '2024-12-10')).toBe(1_410_000);
    expect(amount('giay-khen', 'household', '2024-12-10')).toBe(1_060_000); // 1,5 × 0,3 × 2.340.000 = 1.053.000
    expect(amount('giay-khen', 'individual', '2025-06-30')).toBe(710_000);
    expect(amount('giay-khen', 'individual', '2025-07-01')).toBe(710_000);
    expect(amount('giay-khen', 'household', '2025-07-01')).toBe(1_060_000);
    expect(amount('giay-khen', 'individual', '2026-06-30')).toBe(710_000);
    expect(amount('giay-khen', 'individual', '2026-07-01')).toBe(760_000);
    expect(amount('giay-khen', 'individual', '2026-07-15')).toBe(760_000);
    expect(amount('giay-khen', 'collective', '2026-07-15')).toBe(1_520_000);
    expect(amount('giay-khen', 'household', '2026-07-15')).toBe(1_140_000);
  });

  it('takes the coefficients of the decree in force: the province’s Bằng khen rose on 01/7/2025', () => {
    expect(amount('bang-khen-tinh', 'individual', '2025-06-30')).toBe(2_340_000);
    expect(amount('bang-khen-tinh', 'individual', '2025-07-01')).toBe(3_510_000);
    expect(amount('bang-khen-tinh', 'collective', '2026-07-15')).toBe(7_590_000);
    expect(amount('bang-khen-tinh', 'individual', '2026-07-15')).toBe(3_800_000); // 3.795.000 rounded up
  });

  it('shows the decree and salary used, marks unverified figures, and says why there is no amount', () => {
    const result = prizeFor({ forms, salaries, code: 'giay-khen', subject: 'individual', decisionDate: '2024-12-10' });
    expect(result).toMatchObject({
      ok: true,
      prize: { coefficient: 30, salary: 2_340_000, formDecree: 'Nghị định số 98/2023/NĐ-CP', unverified: true },
    });
    expect(prizeFor({ forms, salaries, code: 'giay-khen', subject: 'individual', decisionDate: '2026-07-15' })).toMatchObject({
      prize: { salaryDecree: 'Nghị định số 161/2026/NĐ-CP', unverified: false },
    });
    expect(prizeFor({ forms, salaries, code: 'bang-khen-thu-tuong', subject: 'individual', decisionDate: '2024-12-10' })).toEqual({
      ok: false,
      reason: 'Bằng khen của Thủ tướng Chính phủ không có hệ số áp dụng vào ngày 2024-12-10.',
    });
    expect(prizeFor({ forms, salaries, code: 'khong-co', subject: 'individual', decisionDate: '2024-12-10' })).toMatchObject({ ok: false });
  });

  it('rounds up to the next 10.000 đồng in integers, an exact amount staying as it is', () => {
    expect(roundedPrize(30, 1_490_000)).toBe(450_000); // 447.000
    expect(roundedPrize(100, 2_340_000)).toBe(2_340_000);
    expect(roundedPrize(45, 2_530_000)).toBe(1_140_000); // 1.138.500
    expect(roundedPrize(37.5, 2_000_000)).toBe(750_000);
  });

  it('pays a household as a household, other collectives as collectives', () => {
    expect(prizeSubjectOf('individual', null)).toBe('individual');
    expect(prizeSubjectOf('collective', 'Hộ gia đình')).toBe('household');
    expect(prizeSubjectOf('collective', 'Hợp tác xã')).toBe('collective');
  });
});

import type { z } from 'zod';
import type { AwardForm, BaseSalary, awardFormFieldsSchema } from '../../shared/api/areas/settings.ts';
import { AppError, notFound } from '../../shared/api/errors.ts';
import { shiftDays } from '../../shared/format/dates.ts';
import { recordChange } from './audit.ts';
import type { ServiceContext } from './context.ts';

type AwardFormFields = z.output<typeof awardFormFieldsSchema>;

interface SalaryRow {
  id: number;
  amount: number;
  valid_from: string;
  decree: string;
  verified: string;
}

/** Base salaries by date; each one ends the day before the next one starts. */
export function listBaseSalaries(ctx: ServiceContext): BaseSalary[] {
  const rows = ctx.db.prepare('SELECT * FROM base_salaries ORDER BY valid_from').all() as SalaryRow[];
  return rows.map((row, index) => {
    const next = rows[index + 1];
    return {
      id: row.id,
      amount: row.amount,
      validFrom: row.valid_from,
      validTo: next ? shiftDays(next.valid_from, -1) : null,
      decree: row.decree,
      verified: row.verified,
    };
  });
}

function findSalary(ctx: ServiceContext, id: number): BaseSalary {
  const found = listBaseSalaries(ctx).find((salary) => salary.id === id);
  if (!found) throw notFound(`mức lương cơ sở mã ${id}`);
  return found;
}

export function createBaseSalary(
  ctx: ServiceContext,
  input: { amount: number; validFrom: string; decree: string },
  verified = 'U',
): BaseSalary {
  const clash = ctx.db.prepare('SELECT id FROM base_salaries WHERE valid_from = ?').get(input.validFrom);
  if (clash) throw new AppError('conflict', 'Đã có mức lương cơ sở áp dụng từ ngày này.', 'validFrom');
  const info = ctx.db
    .prepare('INSERT INTO base_salaries (amount, valid_from, decree, verified) VALUES (?, ?, ?, ?)')
    .run(input.amount, input.validFrom, input.decree, verified);
  const created = findSalary(ctx, Number(info.lastInsertRowid));
  recordChange(ctx, { action: 'create', entity: 'base_salary', entityId: created.id, after: created });
  return created;
}

export function deleteBaseSalary(ctx: ServiceContext, id: number): { deleted: number } {
  const before = findSalary(ctx, id);
  const used = ctx.db.prepare('SELECT count(*) FROM awards WHERE base_salary_id = ?').pluck().get(id) as number;
  if (used > 0) {
    throw new AppError('conflict', `Không xóa được: mức lương này đã dùng để tính ${used} khoản tiền thưởng.`);
  }
  ctx.db.prepare('DELETE FROM base_salaries WHERE id = ?').run(id);
  recordChange(ctx, { action: 'delete', entity: 'base_salary', entityId: id, before });
  return { deleted: 1 };
}

interface AwardFormRow {
  id: number;
  code: string;
  name: string;
  issuer_title: string;
  decree_ref: string;
  valid_from: string;
  valid_to: string | null;
  coef_individual: number | null;
  coef_collective: number | null;
  coef_household: number | null;
  granted_by_agency: number;
  verified: string;
}

const verifiedValues = ['V', 'S', 'U'] as const;

function toAwardForm(row: AwardFormRow): AwardForm {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    issuerTitle: row.issuer_title,
    decreeRef: row.decree_ref,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    coefficientIndividual: row.coef_individual,
    coefficientCollective: row.coef_collective,
    coefficientHousehold: row.coef_household,
    grantedByAgency: row.granted_by_agency === 1,
    verified: verifiedValues.find((value) => value === row.verified) ?? 'U',
  };
}

export function listAwardForms(ctx: ServiceContext): AwardForm[] {
  const rows = ctx.db.prepare('SELECT * FROM award_forms ORDER BY code, valid_from').all() as AwardFormRow[];
  return rows.map(toAwardForm);
}

function getAwardForm(ctx: ServiceContext, id: number): AwardForm {
  const row = ctx.db.prepare('SELECT * FROM award_forms WHERE id = ?').get(id) as AwardFormRow | undefined;
  if (!row) throw notFound(`hình thức khen thưởng mã ${id}`);
  return toAwardForm(row);
}

function awardFormParams(fields: AwardFormFields) {
  if (fields.validTo && fields.validTo < fields.validFrom) {
    throw new AppError('invalid_input', 'Ngày hết hiệu lực phải sau ngày bắt đầu áp dụng.', 'fields.validTo');
  }
  return {
    code: fields.code,
    name: fields.name,
    issuer_title: fields.issuerTitle,
    decree_ref: fields.decreeRef,
    valid_from: fields.validFrom,
    valid_to: fields.validTo,
    coef_individual: fields.coefficientIndividual,
    coef_collective: fields.coefficientCollective,
    coef_household: fields.coefficientHousehold,
    granted_by_agency: fields.grantedByAgency ? 1 : 0,
    verified: fields.verified,
  };
}

function assertAwardFormFree(ctx: ServiceContext, fields: AwardFormFields, exceptId: number | null): void {
  const clash = ctx.db
    .prepare('SELECT id FROM award_forms WHERE code = ? AND valid_from = ? AND id IS NOT ?')
    .get(fields.code, fields.validFrom, exceptId);
  if (clash) throw new AppError('conflict', 'Đã có hình thức khen thưởng cùng mã, áp dụng từ cùng ngày.', 'fields.validFrom');
}

export function createAwardForm(ctx: ServiceContext, fields: AwardFormFields): AwardForm {
  assertAwardFormFree(ctx, fields, null);
  const info = ctx.db
    .prepare(
      `INSERT INTO award_forms (code, name, issuer_title, decree_ref, valid_from, valid_to, coef_individual,
         coef_collective, coef_household, granted_by_agency, verified)
       VALUES (@code, @name, @issuer_title, @decree_ref, @valid_from, @valid_to, @coef_individual,
         @coef_collective, @coef_household, @granted_by_agency, @verified)`,
    )
    .run(awardFormParams(fields));
  const created = getAwardForm(ctx, Number(info.lastInsertRowid));
  recordChange(ctx, { action: 'create', entity: 'award_form', entityId: created.id, after: created });
  return created;
}

export function updateAwardForm(ctx: ServiceContext, id: number, fields: AwardFormFields): AwardForm {
  const before = getAwardForm(ctx, id);
  assertAwardFormFree(ctx, fields, id);
  ctx.db
    .prepare(
      `UPDATE award_forms SET code = @code, name = @name, issuer_title = @issuer_title, decree_ref = @decree_ref,
         valid_from = @valid_from, valid_to = @valid_to, coef_individual = @coef_individual,
         coef_collective = @coef_collective, coef_household = @coef_household,
         granted_by_agency = @granted_by_agency, verified = @verified
       WHERE id = @id`,
    )
    .run({ ...awardFormParams(fields), id });
  const after = getAwardForm(ctx, id);
  recordChange(ctx, { action: 'update', entity: 'award_form', entityId: id, before, after });
  return after;
}

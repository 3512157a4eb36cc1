import type { z } from 'zod';
import type { AwardForm, awardFormFieldsSchema } from '../../../shared/domain/award-forms.ts';
import { AppError, notFound } from '../../../shared/api/errors.ts';
import { recordChange } from '../core/audit.ts';
import type { ServiceContext } from '../core/context.ts';
import { prepared } from '../../db/statements.ts';

type AwardFormFields = z.output<typeof awardFormFieldsSchema>;

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
  const rows = prepared(ctx.db, 'SELECT * FROM award_forms ORDER BY code, valid_from').all() as AwardFormRow[];
  return rows.map(toAwardForm);
}

function getAwardForm(ctx: ServiceContext, id: number): AwardForm {
  const row = prepared(ctx.db, 'SELECT * FROM award_forms WHERE id = ?').get(id) as AwardFormRow | undefined;
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
  const clash = prepared(ctx.db, 'SELECT id FROM award_forms WHERE code = ? AND valid_from = ? AND id IS NOT ?').get(
    fields.code,
    fields.validFrom,
    exceptId,
  );
  if (clash) throw new AppError('conflict', 'Đã có hình thức khen thưởng cùng mã, áp dụng từ cùng ngày.', 'fields.validFrom');
}

export function createAwardForm(ctx: ServiceContext, fields: AwardFormFields): AwardForm {
  assertAwardFormFree(ctx, fields, null);
  const info = prepared(
    ctx.db,
    `INSERT INTO award_forms (code, name, issuer_title, decree_ref, valid_from, valid_to, coef_individual,
         coef_collective, coef_household, granted_by_agency, verified)
       VALUES (@code, @name, @issuer_title, @decree_ref, @valid_from, @valid_to, @coef_individual,
         @coef_collective, @coef_household, @granted_by_agency, @verified)`,
  ).run(awardFormParams(fields));
  const created = getAwardForm(ctx, Number(info.lastInsertRowid));
  recordChange(ctx, { action: 'create', entity: 'award_form', entityId: created.id, after: created });
  return created;
}

export function updateAwardForm(ctx: ServiceContext, id: number, fields: AwardFormFields): AwardForm {
  const before = getAwardForm(ctx, id);
  assertAwardFormFree(ctx, fields, id);
  prepared(
    ctx.db,
    `UPDATE award_forms SET code = @code, name = @name, issuer_title = @issuer_title, decree_ref = @decree_ref,
         valid_from = @valid_from, valid_to = @valid_to, coef_individual = @coef_individual,
         coef_collective = @coef_collective, coef_household = @coef_household,
         granted_by_agency = @granted_by_agency, verified = @verified
       WHERE id = @id`,
  ).run({ ...awardFormParams(fields), id });
  const after = getAwardForm(ctx, id);
  recordChange(ctx, { action: 'update', entity: 'award_form', entityId: id, before, after });
  return after;
}

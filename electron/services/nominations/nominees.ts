import type { Nominee, NomineeFields } from '../../../shared/domain/nominees.ts';
import { AppError, notFound } from '../../../shared/api/errors.ts';
import { givenNameKey } from '../../../shared/domain/nominee-fields.ts';
import type { NomineeKind } from '../../../shared/domain/nominees.ts';
import { foldText } from '../../../shared/text/normalize.ts';
import { vietnameseSortKey } from '../../../shared/text/sort-key.ts';
import { prepared } from '../../db/statements.ts';
import { recordChange } from '../core/audit.ts';
import type { ServiceContext } from '../core/context.ts';
import { getNominee } from './nominee-rows.ts';

function fieldParams(fields: NomineeFields) {
  return {
    unit_id: fields.unitId,
    kind: fields.kind,
    name: fields.name,
    name_folded: foldText(fields.name),
    sort_key: vietnameseSortKey(givenNameKey(fields.name)),
    collective_form: fields.kind === 'collective' ? fields.collectiveForm : null,
    representative: fields.kind === 'collective' ? fields.representative : null,
    gender: fields.kind === 'individual' ? fields.gender : null,
    birth_year: fields.kind === 'individual' ? fields.birthYear : null,
    ethnic_code: fields.ethnicCode,
    position: fields.position,
    village: fields.village,
    commune: fields.commune,
    district: fields.district,
    phone: fields.phone,
    achievement_field: fields.achievementField,
    achievement_summary: fields.achievementSummary,
    prior_awards: fields.priorAwards,
  };
}

function assertEthnicCode(ctx: ServiceContext, code: string | null): void {
  if (code && !prepared(ctx.db, 'SELECT 1 FROM ethnic_groups WHERE code = ?').get(code)) {
    throw new AppError('invalid_input', `Không có dân tộc mã ${code}.`, 'fields.ethnicCode');
  }
}

/**
 * Inserts or updates one nominee and audits it; returns its id. Used for single saves and for
 * imports of thousands of rows, so it does not rebuild the nominee with its warnings.
 */
export function writeNominee(
  ctx: ServiceContext,
  campaignId: number,
  id: number | undefined,
  fields: NomineeFields,
  submissionId: number | null = null,
): number {
  // The campaign and unit are checked by their foreign keys; a missing one fails the transaction.
  if (!prepared(ctx.db, 'SELECT 1 FROM units WHERE id = ?').get(fields.unitId)) throw notFound(`đơn vị mã ${fields.unitId}`);
  assertEthnicCode(ctx, fields.ethnicCode);
  const now = ctx.now().toISOString();
  const params = { ...fieldParams(fields), campaign_id: campaignId, submission_id: submissionId, now };
  if (id === undefined) {
    const info = prepared(
      ctx.db,
      `INSERT INTO nominees (campaign_id, unit_id, submission_id, kind, name, name_folded, sort_key, collective_form, representative, gender,
           birth_year, ethnic_code, position, village, commune, district, phone, achievement_field, achievement_summary,
           prior_awards, created_at, updated_at)
         VALUES (@campaign_id, @unit_id, @submission_id, @kind, @name, @name_folded, @sort_key, @collective_form, @representative, @gender,
           @birth_year, @ethnic_code, @position, @village, @commune, @district, @phone, @achievement_field, @achievement_summary,
           @prior_awards, @now, @now)`,
    ).run(params);
    const createdId = Number(info.lastInsertRowid);
    recordChange(ctx, { action: 'create', entity: 'nominee', entityId: createdId, after: { campaignId, ...fields } });
    return createdId;
  }
  const before = prepared(ctx.db, 'SELECT * FROM nominees WHERE id = ? AND deleted_at IS NULL').get(id) as
    Record<string, unknown> | undefined;
  if (!before || before.campaign_id !== campaignId) throw notFound(`đề cử mã ${id} trong chiến dịch này`);
  prepared(
    ctx.db,

    `UPDATE nominees SET unit_id = @unit_id, kind = @kind, name = @name, name_folded = @name_folded, sort_key = @sort_key,
         collective_form = @collective_form, representative = @representative, gender = @gender, birth_year = @birth_year,
         ethnic_code = @ethnic_code, position = @position, village = @village, commune = @commune, district = @district,
         phone = @phone, achievement_field = @achievement_field, achievement_summary = @achievement_summary,
         prior_awards = @prior_awards, submission_id = coalesce(@submission_id, submission_id), updated_at = @now
       WHERE id = @id`,
  ).run({ ...params, id });
  const after = prepared(ctx.db, 'SELECT * FROM nominees WHERE id = ?').get(id);
  recordChange(ctx, { action: 'update', entity: 'nominee', entityId: id, before, after });
  return id;
}

export function saveNominee(ctx: ServiceContext, campaignId: number, id: number | undefined, fields: NomineeFields): Nominee {
  return getNominee(ctx, writeNominee(ctx, campaignId, id, fields));
}

export function deleteNominee(ctx: ServiceContext, id: number): { id: number } {
  const before = getNominee(ctx, id);
  prepared(ctx.db, 'UPDATE nominees SET deleted_at = ? WHERE id = ?').run(ctx.now().toISOString(), id);
  recordChange(ctx, { action: 'delete', entity: 'nominee', entityId: id, before });
  return { id };
}

export function restoreNominee(ctx: ServiceContext, id: number): Nominee {
  getNominee(ctx, id, true);
  prepared(ctx.db, 'UPDATE nominees SET deleted_at = NULL WHERE id = ?').run(id);
  const after = getNominee(ctx, id);
  recordChange(ctx, { action: 'create', entity: 'nominee', entityId: id, after });
  return after;
}

/** A warning the office accepts on purpose, with a written reason: audited and shown. */
export function acceptWarning(ctx: ServiceContext, id: number, rule: string, reason: string): Nominee {
  const nominee = getNominee(ctx, id);
  if (!nominee.warnings.some((warning) => warning.rule === rule)) {
    throw new AppError('invalid_input', 'Đề cử này không có cảnh báo đó.', 'rule');
  }
  prepared(
    ctx.db,

    `INSERT INTO warning_acceptances (nominee_id, rule, reason, os_user, accepted_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (nominee_id, rule) DO UPDATE SET reason = excluded.reason, os_user = excluded.os_user, accepted_at = excluded.accepted_at`,
  ).run(id, rule, reason, ctx.osUser, ctx.now().toISOString());
  const after = getNominee(ctx, id);
  recordChange(ctx, { action: 'update', entity: 'nominee', entityId: id, before: nominee, after });
  return after;
}

type SameNomineeFields = Pick<NomineeFields, 'name' | 'unitId' | 'kind' | 'birthYear'>;

function sameNomineeKey(unitId: number, kind: NomineeKind, nameFolded: string, birthYear: number | null): string {
  return `${unitId}\u0000${kind}\u0000${nameFolded}\u0000${kind === 'individual' ? (birthYear ?? '') : ''}`;
}

/**
 * Finds, for many rows at once, the nominee each would update: same folded name and unit, and
 * birth year for a person. One query for the units involved instead of one per row.
 */
export function sameNomineeFinder(
  ctx: ServiceContext,
  campaignId: number,
  unitIds: readonly number[],
): (fields: SameNomineeFields) => number | null {
  const known = new Map<string, number>();
  const distinct = [...new Set(unitIds)];
  if (distinct.length > 0) {
    const rows = ctx.db
      .prepare(
        `SELECT id, unit_id, kind, name_folded, birth_year FROM nominees
         WHERE campaign_id = ? AND deleted_at IS NULL AND unit_id IN (${distinct.map(() => '?').join(',')}) ORDER BY id`,
      )
      .all(campaignId, ...distinct) as { id: number; unit_id: number; kind: NomineeKind; name_folded: string; birth_year: number | null }[];
    for (const row of rows) {
      const key = sameNomineeKey(row.unit_id, row.kind, row.name_folded, row.birth_year);
      if (!known.has(key)) known.set(key, row.id);
    }
  }
  return (fields) => known.get(sameNomineeKey(fields.unitId, fields.kind, foldText(fields.name), fields.birthYear)) ?? null;
}

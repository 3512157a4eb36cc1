import type { NomineeFields, NomineeKind } from '../../../shared/domain/nominees.ts';
import { AppError, notFound } from '../../../shared/api/errors.ts';
import { nomineeSortKey } from '../../../shared/domain/nominee-fields.ts';
import { foldText } from '../../../shared/text/normalize.ts';
import { prepared } from '../../db/statements.ts';
import { recordChange } from '../core/audit.ts';
import type { ServiceContext } from '../core/context.ts';

/** A nominee's place for its unit's quota: the group its quota places are counted in. */
export interface QuotaGroup {
  campaignId: number;
  unitId: number;
  kind: NomineeKind;
}

/** A nominee's group for the possible-duplicate rule: the live nominees of its unit with its folded name. */
export interface NameGroup {
  campaignId: number;
  unitId: number;
  nameFolded: string;
}

/** What a write touched: its id, and the groups whose figures it may have changed. */
export interface WrittenNominee {
  id: number;
  groups: QuotaGroup[];
  names: NameGroup[];
}

function fieldParams(fields: NomineeFields) {
  const collectiveForm = fields.kind === 'collective' ? fields.collectiveForm : null;
  return {
    unit_id: fields.unitId,
    kind: fields.kind,
    name: fields.name,
    name_folded: foldText(fields.name),
    name_words: ` ${foldText(fields.name)}`,
    sort_key: nomineeSortKey(fields.kind, fields.name),
    collective_form: collectiveForm,
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
 * Inserts or updates one nominee's row and audits it. Used for single saves and for imports of
 * thousands of rows, so its stored warnings are left to the caller (warning-figures.ts), which
 * works them out once for all the rows of an action. Returns the id and the groups touched.
 */
export function writeNominee(
  ctx: ServiceContext,
  campaignId: number,
  id: number | undefined,
  fields: NomineeFields,
  submissionId: number | null = null,
): WrittenNominee {
  // The campaign and unit are checked by their foreign keys; a missing one fails the transaction.
  if (!prepared(ctx.db, 'SELECT 1 FROM units WHERE id = ?').get(fields.unitId)) throw notFound(`đơn vị mã ${fields.unitId}`);
  assertEthnicCode(ctx, fields.ethnicCode);
  const now = ctx.now().toISOString();
  const params = { ...fieldParams(fields), campaign_id: campaignId, submission_id: submissionId, now };
  const group = { campaignId, unitId: fields.unitId, kind: fields.kind };
  const name = { campaignId, unitId: fields.unitId, nameFolded: params.name_folded };
  if (id === undefined) {
    const info = prepared(
      ctx.db,
      `INSERT INTO nominees (campaign_id, unit_id, submission_id, kind, name, name_folded, name_words, sort_key, collective_form, representative,
           gender, birth_year, ethnic_code, position, village, commune, district, phone, achievement_field, achievement_summary,
           prior_awards, created_at, updated_at)
         VALUES (@campaign_id, @unit_id, @submission_id, @kind, @name, @name_folded, @name_words, @sort_key, @collective_form, @representative,
           @gender, @birth_year, @ethnic_code, @position, @village, @commune, @district, @phone, @achievement_field,
           @achievement_summary, @prior_awards, @now, @now)`,
    ).run(params);
    const createdId = Number(info.lastInsertRowid);
    recordChange(ctx, { action: 'create', entity: 'nominee', entityId: createdId, after: { campaignId, ...fields } });
    return { id: createdId, groups: [group], names: [name] };
  }
  const before = prepared(ctx.db, 'SELECT * FROM nominees WHERE id = ? AND deleted_at IS NULL').get(id) as
    Record<string, unknown> | undefined;
  if (!before || before.campaign_id !== campaignId) throw notFound(`đề cử mã ${id} trong chiến dịch này`);
  prepared(
    ctx.db,
    `UPDATE nominees SET unit_id = @unit_id, kind = @kind, name = @name, name_folded = @name_folded, name_words = @name_words, sort_key = @sort_key,
       collective_form = @collective_form, representative = @representative, gender = @gender,
       birth_year = @birth_year, ethnic_code = @ethnic_code, position = @position, village = @village, commune = @commune,
       district = @district, phone = @phone, achievement_field = @achievement_field,
       achievement_summary = @achievement_summary, prior_awards = @prior_awards,
       submission_id = coalesce(@submission_id, submission_id), updated_at = @now
     WHERE id = @id`,
  ).run({ ...params, id });
  const after = prepared(ctx.db, 'SELECT * FROM nominees WHERE id = ?').get(id);
  recordChange(ctx, { action: 'update', entity: 'nominee', entityId: id, before, after });
  const old = { campaignId, unitId: before.unit_id as number, kind: before.kind as NomineeKind };
  const oldName = { campaignId, unitId: old.unitId, nameFolded: before.name_folded as string };
  return {
    id,
    groups: old.unitId === group.unitId && old.kind === group.kind ? [group] : [old, group],
    names: oldName.unitId === name.unitId && oldName.nameFolded === name.nameFolded ? [name] : [oldName, name],
  };
}

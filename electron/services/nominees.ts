import type { Nominee, NomineeFields } from '../../shared/api/areas/nominees.ts';
import { AppError, notFound } from '../../shared/api/errors.ts';
import { givenNameKey } from '../../shared/domain/nominee-fields.ts';
import { nomineeWarnings, overQuotaIds, type CampaignRules } from '../../shared/domain/nominee-checks.ts';
import { NOMINEE_STATUSES, type NomineeKind, type NomineeStatus } from '../../shared/domain/nominees.ts';
import { compareVietnamese, foldText } from '../../shared/text/normalize.ts';
import { recordChange } from './audit.ts';
import { getCampaign } from './campaigns.ts';
import type { ServiceContext } from './context.ts';
import { getUnit } from './units.ts';

interface NomineeRow {
  id: number;
  campaign_id: number;
  unit_id: number;
  submission_id: number | null;
  kind: NomineeKind;
  name: string;
  collective_form: string | null;
  representative: string | null;
  gender: 'nam' | 'nu' | null;
  birth_year: number | null;
  ethnic_code: string | null;
  position: string;
  village: string;
  commune: string;
  district: string;
  phone: string;
  achievement_field: string;
  achievement_summary: string;
  prior_awards: string;
  status: string;
  created_at: string;
  unit_name: string;
  ethnicity: string | null;
  received_on: string | null;
}

const SELECT = `
  SELECT n.*, u.name AS unit_name, e.display_name AS ethnicity,
    coalesce(s.received_on, (SELECT min(received_on) FROM submissions s2 WHERE s2.campaign_id = n.campaign_id AND s2.unit_id = n.unit_id)) AS received_on
  FROM nominees n
  JOIN units u ON u.id = n.unit_id
  LEFT JOIN ethnic_groups e ON e.code = n.ethnic_code
  LEFT JOIN submissions s ON s.id = n.submission_id`;

function statusOf(value: string): NomineeStatus {
  return NOMINEE_STATUSES.find((status) => status === value) ?? 'de-cu';
}

/** The plan's rules for a campaign, with who is over quota right now. */
function campaignRules(ctx: ServiceContext, campaignId: number, rows: NomineeRow[]): CampaignRules {
  const campaign = getCampaign(ctx, campaignId);
  const minority = ctx.db.prepare('SELECT code FROM ethnic_groups WHERE minority = 1').pluck().all() as string[];
  const quotas = new Map(campaign.quotas.map((quota) => [quota.unitId, { collective: quota.collective, individual: quota.individual }]));
  return {
    minorityCodes: new Set(minority),
    collectiveForms: campaign.collectiveForms,
    achievementFields: campaign.achievementFields,
    nominationDeadline: campaign.nominationDeadline,
    overQuota: overQuotaIds(rows.filter((row) => row.status !== 'rut').map((row) => ({ id: row.id, unitId: row.unit_id, kind: row.kind })), quotas),
  };
}

function toNominee(ctx: ServiceContext, row: NomineeRow, rules: CampaignRules): Nominee {
  const accepted = new Map(
    (ctx.db.prepare('SELECT rule, reason, os_user, accepted_at FROM warning_acceptances WHERE nominee_id = ?').all(row.id) as {
      rule: string;
      reason: string;
      os_user: string;
      accepted_at: string;
    }[]).map((item) => [item.rule, { reason: item.reason, by: item.os_user, at: item.accepted_at }]),
  );
  const warnings = nomineeWarnings(
    {
      id: row.id,
      kind: row.kind,
      unitName: row.unit_name,
      collectiveForm: row.collective_form,
      representative: row.representative,
      gender: row.gender,
      birthYear: row.birth_year,
      ethnicCode: row.ethnic_code,
      district: row.district,
      achievementField: row.achievement_field,
      achievementSummary: row.achievement_summary,
      receivedOn: row.received_on,
    },
    rules,
  ).map((warning) => ({ ...warning, accepted: accepted.get(warning.rule) ?? null }));
  return {
    id: row.id,
    campaignId: row.campaign_id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    kind: row.kind,
    name: row.name,
    collectiveForm: row.collective_form,
    representative: row.representative,
    gender: row.gender,
    birthYear: row.birth_year,
    ethnicCode: row.ethnic_code,
    ethnicity: row.ethnicity,
    position: row.position,
    village: row.village,
    commune: row.commune,
    district: row.district,
    phone: row.phone,
    achievementField: row.achievement_field,
    achievementSummary: row.achievement_summary,
    priorAwards: row.prior_awards,
    status: statusOf(row.status),
    receivedOn: row.received_on,
    warnings,
    createdAt: row.created_at,
  };
}

function campaignRows(ctx: ServiceContext, campaignId: number): NomineeRow[] {
  return ctx.db.prepare(`${SELECT} WHERE n.campaign_id = ? AND n.deleted_at IS NULL`).all(campaignId) as NomineeRow[];
}

export function getNominee(ctx: ServiceContext, id: number, includeDeleted = false): Nominee {
  const row = ctx.db.prepare(`${SELECT} WHERE n.id = ? ${includeDeleted ? '' : 'AND n.deleted_at IS NULL'}`).get(id) as NomineeRow | undefined;
  if (!row) throw notFound(`đề cử mã ${id}`);
  return toNominee(ctx, row, campaignRules(ctx, row.campaign_id, campaignRows(ctx, row.campaign_id)));
}

export interface NomineeQuery {
  campaignId: number;
  search?: string | undefined;
  unitId?: number | undefined;
  kind?: NomineeKind | undefined;
  status?: NomineeStatus | undefined;
  withWarnings?: boolean | undefined;
  sort?: 'name' | 'unit' | undefined;
}

export function listNominees(ctx: ServiceContext, query: NomineeQuery): Nominee[] {
  const rows = campaignRows(ctx, query.campaignId);
  const rules = campaignRules(ctx, query.campaignId, rows);
  const wanted = query.search ? foldText(query.search) : '';
  const byName = (a: Nominee, b: Nominee) => compareVietnamese(givenNameKey(a.name), givenNameKey(b.name)) || compareVietnamese(a.name, b.name);
  return rows
    .filter((row) => (!wanted || foldText(`${row.name} ${row.representative ?? ''}`).includes(wanted)))
    .filter((row) => query.unitId === undefined || row.unit_id === query.unitId)
    .filter((row) => query.kind === undefined || row.kind === query.kind)
    .filter((row) => query.status === undefined || row.status === query.status)
    .map((row) => toNominee(ctx, row, rules))
    .filter((nominee) => !query.withWarnings || nominee.warnings.some((warning) => !warning.accepted))
    .sort((a, b) => (query.sort === 'unit' ? compareVietnamese(a.unitName, b.unitName) || byName(a, b) : byName(a, b) || compareVietnamese(a.unitName, b.unitName)));
}

function fieldParams(fields: NomineeFields) {
  return {
    unit_id: fields.unitId,
    kind: fields.kind,
    name: fields.name,
    name_folded: foldText(fields.name),
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
  if (code && !ctx.db.prepare('SELECT 1 FROM ethnic_groups WHERE code = ?').get(code)) {
    throw new AppError('invalid_input', `Không có dân tộc mã ${code}.`, 'fields.ethnicCode');
  }
}

export function saveNominee(ctx: ServiceContext, campaignId: number, id: number | undefined, fields: NomineeFields, submissionId: number | null = null): Nominee {
  getCampaign(ctx, campaignId);
  getUnit(ctx, fields.unitId);
  assertEthnicCode(ctx, fields.ethnicCode);
  const now = ctx.now().toISOString();
  const params = { ...fieldParams(fields), campaign_id: campaignId, submission_id: submissionId, now };
  if (id === undefined) {
    const info = ctx.db
      .prepare(
        `INSERT INTO nominees (campaign_id, unit_id, submission_id, kind, name, name_folded, collective_form, representative, gender,
           birth_year, ethnic_code, position, village, commune, district, phone, achievement_field, achievement_summary,
           prior_awards, created_at, updated_at)
         VALUES (@campaign_id, @unit_id, @submission_id, @kind, @name, @name_folded, @collective_form, @representative, @gender,
           @birth_year, @ethnic_code, @position, @village, @commune, @district, @phone, @achievement_field, @achievement_summary,
           @prior_awards, @now, @now)`,
      )
      .run(params);
    const created = getNominee(ctx, Number(info.lastInsertRowid));
    recordChange(ctx, { action: 'create', entity: 'nominee', entityId: created.id, after: created });
    return created;
  }
  const before = getNominee(ctx, id);
  if (before.campaignId !== campaignId) throw notFound(`đề cử mã ${id} trong chiến dịch này`);
  ctx.db
    .prepare(
      `UPDATE nominees SET unit_id = @unit_id, kind = @kind, name = @name, name_folded = @name_folded,
         collective_form = @collective_form, representative = @representative, gender = @gender, birth_year = @birth_year,
         ethnic_code = @ethnic_code, position = @position, village = @village, commune = @commune, district = @district,
         phone = @phone, achievement_field = @achievement_field, achievement_summary = @achievement_summary,
         prior_awards = @prior_awards, submission_id = coalesce(@submission_id, submission_id), updated_at = @now
       WHERE id = @id`,
    )
    .run({ ...params, id });
  const after = getNominee(ctx, id);
  recordChange(ctx, { action: 'update', entity: 'nominee', entityId: id, before, after });
  return after;
}

export function deleteNominee(ctx: ServiceContext, id: number): { id: number } {
  const before = getNominee(ctx, id);
  ctx.db.prepare('UPDATE nominees SET deleted_at = ? WHERE id = ?').run(ctx.now().toISOString(), id);
  recordChange(ctx, { action: 'delete', entity: 'nominee', entityId: id, before });
  return { id };
}

export function restoreNominee(ctx: ServiceContext, id: number): Nominee {
  getNominee(ctx, id, true);
  ctx.db.prepare('UPDATE nominees SET deleted_at = NULL WHERE id = ?').run(id);
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
  ctx.db
    .prepare(
      `INSERT INTO warning_acceptances (nominee_id, rule, reason, os_user, accepted_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (nominee_id, rule) DO UPDATE SET reason = excluded.reason, os_user = excluded.os_user, accepted_at = excluded.accepted_at`,
    )
    .run(id, rule, reason, ctx.osUser, ctx.now().toISOString());
  const after = getNominee(ctx, id);
  recordChange(ctx, { action: 'update', entity: 'nominee', entityId: id, before: nominee, after });
  return after;
}

/** The nominee this row would update: same folded name and unit, and birth year for a person. */
export function findSameNominee(ctx: ServiceContext, campaignId: number, fields: Pick<NomineeFields, 'name' | 'unitId' | 'kind' | 'birthYear'>): number | null {
  const row = ctx.db
    .prepare(
      `SELECT id FROM nominees WHERE campaign_id = ? AND unit_id = ? AND kind = ? AND name_folded = ? AND deleted_at IS NULL
         AND (kind = 'collective' OR birth_year IS ?) LIMIT 1`,
    )
    .get(campaignId, fields.unitId, fields.kind, foldText(fields.name), fields.kind === 'individual' ? fields.birthYear : null) as { id: number } | undefined;
  return row?.id ?? null;
}

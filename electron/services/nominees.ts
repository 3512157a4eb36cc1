import type { Nominee, NomineeFields } from '../../shared/api/areas/nominees.ts';
import { AppError, notFound } from '../../shared/api/errors.ts';
import { givenNameKey } from '../../shared/domain/nominee-fields.ts';
import { nomineeWarnings, type CampaignRules } from '../../shared/domain/nominee-checks.ts';
import { vietnameseSortKey } from '../../shared/text/sort-key.ts';
import { NOMINEE_STATUSES, type NomineeKind, type NomineeStatus } from '../../shared/domain/nominees.ts';
import { foldText } from '../../shared/text/normalize.ts';
import { recordChange } from './audit.ts';
import { getCampaign } from './campaigns.ts';
import type { ServiceContext } from './context.ts';
import { prepared } from '../db/statements.ts';

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

// A nominee's received date is its own submission's; one typed by hand takes its unit's first.
const SELECT = `
  SELECT n.*, u.name AS unit_name, e.display_name AS ethnicity,
    coalesce(s.received_on, r.first_received) AS received_on
  FROM nominees n
  LEFT JOIN (SELECT campaign_id, unit_id, min(received_on) AS first_received FROM submissions GROUP BY campaign_id, unit_id) r
    ON r.campaign_id = n.campaign_id AND r.unit_id = n.unit_id
  JOIN units u ON u.id = n.unit_id
  LEFT JOIN ethnic_groups e ON e.code = n.ethnic_code
  LEFT JOIN submissions s ON s.id = n.submission_id`;

function statusOf(value: string): NomineeStatus {
  return NOMINEE_STATUSES.find((status) => status === value) ?? 'de-cu';
}

/**
 * The plan's rules for a campaign. Who is over quota is known from one threshold per unit and
 * kind (the id of the last nominee within the quota), so a page of a long list is cheap.
 */
function campaignRules(ctx: ServiceContext, campaignId: number): CampaignRules & { overQuotaAfter: Map<string, number> } {
  const campaign = getCampaign(ctx, campaignId);
  const minority = prepared(ctx.db, 'SELECT code FROM ethnic_groups WHERE minority = 1').pluck().all() as string[];
  const lastWithin = prepared(ctx.db, 
    `SELECT id FROM nominees WHERE campaign_id = ? AND unit_id = ? AND kind = ? AND deleted_at IS NULL AND status <> 'rut'
     ORDER BY id LIMIT 1 OFFSET ?`,
  );
  const overQuotaAfter = new Map<string, number>();
  for (const quota of campaign.quotas) {
    for (const kind of ['collective', 'individual'] as const) {
      const allowed = quota[kind];
      const threshold = allowed === 0 ? 0 : ((lastWithin.pluck().get(campaignId, quota.unitId, kind, allowed - 1) as number | undefined) ?? Number.MAX_SAFE_INTEGER);
      overQuotaAfter.set(`${quota.unitId}:${kind}`, threshold);
    }
  }
  return {
    minorityCodes: new Set(minority),
    collectiveForms: campaign.collectiveForms,
    achievementFields: campaign.achievementFields,
    nominationDeadline: campaign.nominationDeadline,
    overQuota: new Set<number>(),
    overQuotaAfter,
  };
}

type Acceptances = Map<string, { reason: string; by: string; at: string }>;

/** Accepted warnings of the given nominees, by nominee id and rule, in one query. */
function acceptances(ctx: ServiceContext, ids: readonly number[]): Map<number, Acceptances> {
  const byNominee = new Map<number, Acceptances>();
  if (ids.length === 0) return byNominee;
  const rows = prepared(
    ctx.db,
    'SELECT nominee_id, rule, reason, os_user, accepted_at FROM warning_acceptances WHERE nominee_id IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(ids)) as { nominee_id: number; rule: string; reason: string; os_user: string; accepted_at: string }[];
  for (const row of rows) {
    const entry = byNominee.get(row.nominee_id) ?? new Map();
    entry.set(row.rule, { reason: row.reason, by: row.os_user, at: row.accepted_at });
    byNominee.set(row.nominee_id, entry);
  }
  return byNominee;
}

function toNominee(row: NomineeRow, rules: ReturnType<typeof campaignRules>, accepted: Acceptances = new Map()): Nominee {
  const threshold = rules.overQuotaAfter.get(`${row.unit_id}:${row.kind}`) ?? 0;
  const over = row.status !== 'rut' && row.id > threshold;
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
    { ...rules, overQuota: over ? new Set([row.id]) : rules.overQuota },
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


export function getNominee(ctx: ServiceContext, id: number, includeDeleted = false): Nominee {
  const row = prepared(ctx.db, `${SELECT} WHERE n.id = ? ${includeDeleted ? '' : 'AND n.deleted_at IS NULL'}`).get(id) as NomineeRow | undefined;
  if (!row) throw notFound(`đề cử mã ${id}`);
  return toNominee(row, campaignRules(ctx, row.campaign_id), acceptances(ctx, [id]).get(id));
}

export interface NomineeQuery {
  campaignId: number;
  search?: string | undefined;
  unitId?: number | undefined;
  kind?: NomineeKind | undefined;
  status?: NomineeStatus | undefined;
  withWarnings?: boolean | undefined;
  sort?: 'name' | 'unit' | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export function listNominees(ctx: ServiceContext, query: NomineeQuery): { total: number; items: Nominee[] } {
  // Filters, order and paging run in SQLite on indexed columns; only the page is built.
  // Only the filters in use go into the SQL, so SQLite can pick the matching index.
  const conditions = ['n.campaign_id = @campaignId', 'n.deleted_at IS NULL'];
  if (query.search?.trim()) conditions.push("n.name_folded LIKE @search ESCAPE '\\'");
  if (query.unitId !== undefined) conditions.push('n.unit_id = @unitId');
  if (query.kind !== undefined) conditions.push('n.kind = @kind');
  if (query.status !== undefined) conditions.push('n.status = @status');
  const where = conditions.join(' AND ');
  const params = {
    campaignId: query.campaignId,
    ...(query.search?.trim() ? { search: `%${foldText(query.search).replace(/[\\%_]/gu, (c) => `\\${c}`)}%` } : {}),
    ...(query.unitId !== undefined ? { unitId: query.unitId } : {}),
    ...(query.kind !== undefined ? { kind: query.kind } : {}),
    ...(query.status !== undefined ? { status: query.status } : {}),
  };
  const rules = campaignRules(ctx, query.campaignId);
  // Within one unit the order is the sort key alone, which the (campaign, unit, sort key) index gives.
  const order = query.sort === 'name' || query.unitId !== undefined ? 'n.sort_key, q.position, n.id' : 'q.position, n.sort_key, n.id';
  const joinQuota = 'LEFT JOIN campaign_quotas q ON q.campaign_id = n.campaign_id AND q.unit_id = n.unit_id';
  if (query.withWarnings) {
    // Warnings are computed, not stored: filter after building, then page.
    const matching = prepared(ctx.db, `${SELECT} ${joinQuota} WHERE ${where} ORDER BY ${order}`).all(params) as NomineeRow[];
    const accepted = acceptances(ctx, matching.map((row) => row.id));
    const all = matching
      .map((row) => toNominee(row, rules, accepted.get(row.id)))
      .filter((nominee) => nominee.warnings.some((warning) => !warning.accepted));
    const start = query.offset ?? 0;
    return { total: all.length, items: all.slice(start, start + (query.limit ?? 200)) };
  }
  const total = prepared(ctx.db, `SELECT count(*) FROM nominees n WHERE ${where}`).pluck().get(params) as number;
  const rows = prepared(
    ctx.db,
    `${SELECT} ${joinQuota} WHERE ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: query.limit ?? 200, offset: query.offset ?? 0 }) as NomineeRow[];
  const accepted = acceptances(ctx, rows.map((row) => row.id));
  return { total, items: rows.map((row) => toNominee(row, rules, accepted.get(row.id))) };
}

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
export function writeNominee(ctx: ServiceContext, campaignId: number, id: number | undefined, fields: NomineeFields, submissionId: number | null = null): number {
  // The campaign and unit are checked by their foreign keys; a missing one fails the transaction.
  if (!prepared(ctx.db, 'SELECT 1 FROM units WHERE id = ?').get(fields.unitId)) throw notFound(`đơn vị mã ${fields.unitId}`);
  assertEthnicCode(ctx, fields.ethnicCode);
  const now = ctx.now().toISOString();
  const params = { ...fieldParams(fields), campaign_id: campaignId, submission_id: submissionId, now };
  if (id === undefined) {
    const info = ctx.db
      .prepare(
        `INSERT INTO nominees (campaign_id, unit_id, submission_id, kind, name, name_folded, sort_key, collective_form, representative, gender,
           birth_year, ethnic_code, position, village, commune, district, phone, achievement_field, achievement_summary,
           prior_awards, created_at, updated_at)
         VALUES (@campaign_id, @unit_id, @submission_id, @kind, @name, @name_folded, @sort_key, @collective_form, @representative, @gender,
           @birth_year, @ethnic_code, @position, @village, @commune, @district, @phone, @achievement_field, @achievement_summary,
           @prior_awards, @now, @now)`,
      )
      .run(params);
    const createdId = Number(info.lastInsertRowid);
    recordChange(ctx, { action: 'create', entity: 'nominee', entityId: createdId, after: { campaignId, ...fields } });
    return createdId;
  }
  const before = prepared(ctx.db, 'SELECT * FROM nominees WHERE id = ? AND deleted_at IS NULL').get(id) as Record<string, unknown> | undefined;
  if (!before || before.campaign_id !== campaignId) throw notFound(`đề cử mã ${id} trong chiến dịch này`);
  prepared(
    ctx.db,
    
      `UPDATE nominees SET unit_id = @unit_id, kind = @kind, name = @name, name_folded = @name_folded, sort_key = @sort_key,
         collective_form = @collective_form, representative = @representative, gender = @gender, birth_year = @birth_year,
         ethnic_code = @ethnic_code, position = @position, village = @village, commune = @commune, district = @district,
         phone = @phone, achievement_field = @achievement_field, achievement_summary = @achievement_summary,
         prior_awards = @prior_awards, submission_id = coalesce(@submission_id, submission_id), updated_at = @now
       WHERE id = @id`,
    )
    .run({ ...params, id });
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
    )
    .run(id, rule, reason, ctx.osUser, ctx.now().toISOString());
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
export function sameNomineeFinder(ctx: ServiceContext, campaignId: number, unitIds: readonly number[]): (fields: SameNomineeFields) => number | null {
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

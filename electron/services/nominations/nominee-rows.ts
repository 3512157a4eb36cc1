import { notFound } from '../../../shared/api/errors.ts';
import type { Nominee } from '../../../shared/domain/nominees.ts';
import { nomineeWarnings, type CampaignRules } from '../../../shared/domain/nominee-checks.ts';
import { NOMINEE_STATUSES, type NomineeKind, type NomineeStatus } from '../../../shared/domain/nominees.ts';
import { prepared } from '../../db/statements.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import type { ServiceContext } from '../core/context.ts';

/** Reading nominees back: the row with its unit, ethnicity and received date, and its warnings. */

export interface NomineeRow {
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
export const SELECT = `
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
export function campaignRules(
  ctx: ServiceContext,
  campaignId: number,
  campaign = getCampaign(ctx, campaignId),
): CampaignRules & { overQuotaAfter: Map<string, number> } {
  const minority = prepared(ctx.db, 'SELECT code FROM ethnic_groups WHERE minority = 1').pluck().all() as string[];
  const lastWithin = prepared(
    ctx.db,
    `SELECT id FROM nominees WHERE campaign_id = ? AND unit_id = ? AND kind = ? AND deleted_at IS NULL AND status <> 'rut'
     ORDER BY id LIMIT 1 OFFSET ?`,
  );
  const overQuotaAfter = new Map<string, number>();
  for (const quota of campaign.quotas) {
    for (const kind of ['collective', 'individual'] as const) {
      const allowed = quota[kind];
      const threshold =
        allowed === 0
          ? 0
          : ((lastWithin.pluck().get(campaignId, quota.unitId, kind, allowed - 1) as number | undefined) ?? Number.MAX_SAFE_INTEGER);
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

export type Acceptances = Map<string, { reason: string; by: string; at: string }>;

/** Accepted warnings of the given nominees, by nominee id and rule, in one query. */
export function acceptances(ctx: ServiceContext, ids: readonly number[]): Map<number, Acceptances> {
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

export function toNominee(row: NomineeRow, rules: ReturnType<typeof campaignRules>, accepted: Acceptances = new Map()): Nominee {
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

/** The nominee rows of the given ids, in that order. */
export function rowsByIds(ctx: ServiceContext, ids: readonly number[]): NomineeRow[] {
  if (ids.length === 0) return [];
  const rows = prepared(ctx.db, `${SELECT} WHERE n.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as NomineeRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** One nominee as the screens show it, with its warnings and accepted ones. */
export function getNominee(ctx: ServiceContext, id: number, includeDeleted = false): Nominee {
  const row = prepared(ctx.db, `${SELECT} WHERE n.id = ? ${includeDeleted ? '' : 'AND n.deleted_at IS NULL'}`).get(id) as
    NomineeRow | undefined;
  if (!row) throw notFound(`đề cử mã ${id}`);
  return toNominee(row, campaignRules(ctx, row.campaign_id), acceptances(ctx, [id]).get(id));
}

import { notFound } from '../../../shared/api/errors.ts';
import type { Campaign } from '../../../shared/domain/campaigns.ts';
import { nomineeWarnings, RULE_BITS, RULES, type CampaignRules, type NomineeFacts } from '../../../shared/domain/nominee-checks.ts';
import {
  NOMINEE_STATUSES,
  type Gender,
  type Nominee,
  type NomineeFields,
  type NomineeKind,
  type NomineeStatus,
} from '../../../shared/domain/nominees.ts';
import { prepared } from '../../db/statements.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import { awardsBefore } from '../reports/award-history.ts';
import type { EarlierAward } from '../../../shared/domain/history.ts';
import type { ServiceContext } from '../core/context.ts';

/** Reading nominees back: the row with its unit, ethnicity and received date, and its warnings. */

export interface NomineeRow {
  id: number;
  campaign_id: number;
  unit_id: number;
  submission_id: number | null;
  kind: NomineeKind;
  name: string;
  name_folded: string;
  collective_form: string | null;
  representative: string | null;
  gender: Gender | null;
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
  warning_bits: number;
  created_at: string;
  unit_name: string;
  ethnicity: string | null;
  received_on: string | null;
}

// A nominee's received date is its own submission's; one typed by hand takes its unit's first.
export const SELECT = `
  SELECT n.*, u.name AS unit_name, e.display_name AS ethnicity,
    coalesce(s.received_on, (SELECT min(r.received_on) FROM submissions r WHERE r.campaign_id = n.campaign_id AND r.unit_id = n.unit_id)) AS received_on
  FROM nominees n
  JOIN units u ON u.id = n.unit_id
  LEFT JOIN ethnic_groups e ON e.code = n.ethnic_code
  LEFT JOIN submissions s ON s.id = n.submission_id`;

function statusOf(value: string): NomineeStatus {
  return NOMINEE_STATUSES.find((status) => status === value) ?? 'nominated';
}

/** The plan's rules for a campaign's nominees (which groups are minorities, the plan's lists, the deadline). */
export function campaignRules(ctx: ServiceContext, campaignId: number, campaign: Campaign = getCampaign(ctx, campaignId)): CampaignRules {
  const minority = prepared(ctx.db, 'SELECT code FROM ethnic_groups WHERE minority = 1').pluck().all() as string[];
  return {
    minorityCodes: new Set(minority),
    collectiveForms: campaign.collectiveForms,
    achievementFields: campaign.achievementFields,
    nominationDeadline: campaign.nominationDeadline,
  };
}

export type Duplicates = NomineeFacts['duplicates'];
type FoundDuplicates = { named: Duplicates; more: boolean };
/** What a nominee's warnings name of its group and its history, found for the rows shown. */
type Named = { duplicates?: FoundDuplicates | undefined; earlier?: NomineeFacts['earlierAwards'] };

/**
 * What the checks look at, from a row read with SELECT. Whether it is over quota, may be a
 * duplicate or was awarded before are figures of its group, stored with it; the duplicates and
 * earlier awards are named when given.
 */
export function factsOf(row: NomineeRow, named: Named = {}): NomineeFacts {
  const duplicates = named.duplicates ?? { named: [], more: false };
  return {
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
    overQuota: (row.warning_bits & RULE_BITS[RULES.overQuota]) !== 0,
    duplicates: duplicates.named,
    moreDuplicates: duplicates.more,
    earlierAwards: named.earlier ?? [],
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

/** A stored nominee's own fields, as the dialog and an import's merge take them. */
export function fieldsOfRow(row: NomineeRow): NomineeFields {
  return {
    unitId: row.unit_id,
    kind: row.kind,
    name: row.name,
    collectiveForm: row.collective_form,
    representative: row.representative,
    gender: row.gender,
    birthYear: row.birth_year,
    ethnicCode: row.ethnic_code,
    position: row.position,
    village: row.village,
    commune: row.commune,
    district: row.district,
    phone: row.phone,
    achievementField: row.achievement_field,
    achievementSummary: row.achievement_summary,
    priorAwards: row.prior_awards,
  };
}

export function toNominee(row: NomineeRow, rules: CampaignRules, accepted: Acceptances = new Map(), named: Named = {}): Nominee {
  const warnings = nomineeWarnings(factsOf(row, named), rules).map((warning) => ({
    ...warning,
    accepted: accepted.get(warning.rule) ?? null,
  }));
  return {
    id: row.id,
    campaignId: row.campaign_id,
    ...fieldsOfRow(row),
    unitName: row.unit_name,
    ethnicity: row.ethnicity,
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

/** How many of a nominee's possible duplicates its warning names; it says whether there are more. */
const NAMED_DUPLICATES = 3;

/**
 * For the rows whose stored bit says they may be duplicates: the first others of their unit with
 * that name, and whether there are more, so a page costs one short index lookup per flagged row
 * however large a group of namesakes is.
 */
export function duplicatesOf(ctx: ServiceContext, rows: readonly NomineeRow[]): Map<number, FoundDuplicates> {
  const found = new Map<number, FoundDuplicates>();
  const first = prepared(
    ctx.db,
    `SELECT o.name, o.birth_year AS birthYear FROM nominees o
     WHERE o.campaign_id = @campaignId AND o.unit_id = @unitId AND o.name_folded = @nameFolded AND o.deleted_at IS NULL AND o.id <> @id
       AND (o.birth_year IS NULL OR @birthYear IS NULL OR o.birth_year = @birthYear)
     LIMIT ${NAMED_DUPLICATES + 1}`,
  );
  for (const row of rows) {
    if ((row.warning_bits & RULE_BITS[RULES.possibleDuplicate]) === 0) continue;
    const params = { campaignId: row.campaign_id, unitId: row.unit_id, nameFolded: row.name_folded, id: row.id, birthYear: row.birth_year };
    const others = first.all(params) as { name: string; birthYear: number | null }[];
    found.set(row.id, { named: others.slice(0, NAMED_DUPLICATES), more: others.length > NAMED_DUPLICATES });
  }
  return found;
}

/** For the rows whose stored bit says so: the earlier awards their warning names. */
export function earlierAwardsOfRows(ctx: ServiceContext, rows: readonly NomineeRow[]): Map<number, EarlierAward[]> {
  const found = new Map<number, EarlierAward[]>();
  const yearOf = prepared(ctx.db, 'SELECT year FROM campaigns WHERE id = ?').pluck();
  for (const row of rows) {
    if ((row.warning_bits & RULE_BITS[RULES.awardedBefore]) === 0) continue;
    const person = { folded: row.name_folded, kind: row.kind, birthYear: row.birth_year };
    found.set(row.id, awardsBefore(ctx, person, yearOf.get(row.campaign_id) as number));
  }
  return found;
}

/** The nominees of the given ids as the screens show them, in that order. */
export function nomineesByIds(ctx: ServiceContext, campaign: Campaign, ids: readonly number[]): Nominee[] {
  const rules = campaignRules(ctx, campaign.id, campaign);
  const accepted = acceptances(ctx, ids);
  const rows = rowsByIds(ctx, ids);
  const duplicates = duplicatesOf(ctx, rows);
  const earlier = earlierAwardsOfRows(ctx, rows);
  return rows.map((row) =>
    toNominee(row, rules, accepted.get(row.id), { duplicates: duplicates.get(row.id), earlier: earlier.get(row.id) }),
  );
}

/** One nominee as the screens show it, with its warnings and accepted ones. */
export function getNominee(ctx: ServiceContext, id: number, includeDeleted = false): Nominee {
  const row = prepared(ctx.db, `${SELECT} WHERE n.id = ? ${includeDeleted ? '' : 'AND n.deleted_at IS NULL'}`).get(id) as
    NomineeRow | undefined;
  if (!row) throw notFound(`đề cử mã ${id}`);
  return toNominee(row, campaignRules(ctx, row.campaign_id), acceptances(ctx, [id]).get(id), {
    duplicates: duplicatesOf(ctx, [row]).get(id),
    earlier: earlierAwardsOfRows(ctx, [row]).get(id),
  });
}

import type { Campaign } from '../../../shared/domain/campaigns.ts';
import { nomineeWarnings, RULE_BITS, RULES, ruleBits, WARNING_RULES_VERSION } from '../../../shared/domain/nominee-checks.ts';
import { WITHDRAWN, type NomineeKind } from '../../../shared/domain/nominees.ts';
import { prepared } from '../../db/statements.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import type { ServiceContext } from '../core/context.ts';
import { campaignRules, factsOf, SELECT, type NomineeRow } from './nominee-rows.ts';
import type { NameGroup } from './nominee-write.ts';
import { recomputeAwardedBefore, refreshAwardedBefore } from './awarded-before.ts';
import { setWarningBits } from './warning-bits.ts';

/**
 * The warnings stored with each nominee (warning_bits, one bit per rule of
 * shared/domain/nominee-checks.ts), kept true by the writes that change what a rule looks at, and
 * each write touching only the rows it changes:
 * - a nominee's own fields: that nominee (storeRowWarnings);
 * - its unit, name, birth year, deletion or restoration: the possible-duplicate rule of its name
 *   group (refreshDuplicates), the few live nominees of that unit with that folded name, and the
 *   awarded-before rule of everyone with that name (awarded-before.ts);
 * - an award decided, an earlier list imported or removed: the awarded-before rule of its names;
 * - its unit, kind, withdrawal, deletion or restoration: the quota places of its group
 *   (refreshOverQuota), at most the rows that cross the quota line;
 * - a received date: the nominees of that unit or submission (refreshLate);
 * - the plan's deadline or quotas: only the rules that changed (refreshPlanRules);
 * - a unit's name: that unit's nominees (storeRowWarnings over them).
 * No read writes. The SQL below mirrors the rules in nomineeWarnings and overQuotaIds.
 */

const OVER = RULE_BITS[RULES.overQuota];

export { setWarningBits };
const LATE = RULE_BITS[RULES.late];
const DUPLICATE = RULE_BITS[RULES.possibleDuplicate];
/** Rules that are figures of a group of nominees, kept by their own refresh, not by a row's write. */
const GROUP_RULES = OVER | DUPLICATE | RULE_BITS[RULES.awardedBefore];

/** Works out again, in JavaScript, every rule of the given nominees but those that are figures of a group. */
export function storeRowWarnings(ctx: ServiceContext, ids: readonly number[]): void {
  if (ids.length === 0) return;
  const rows = prepared(ctx.db, `${SELECT} WHERE n.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as NomineeRow[];
  const rules = new Map<number, ReturnType<typeof campaignRules>>();
  const store = prepared(
    ctx.db,
    `UPDATE nominees SET ${setWarningBits(`(warning_bits & ${GROUP_RULES}) | @bits`)} WHERE id = @id AND warning_bits <> @all`,
  );
  for (const row of rows) {
    const campaignRulesOfRow = rules.get(row.campaign_id) ?? campaignRules(ctx, row.campaign_id);
    rules.set(row.campaign_id, campaignRulesOfRow);
    const bits = ruleBits(nomineeWarnings({ ...factsOf(row), overQuota: false, duplicates: [] }, campaignRulesOfRow));
    store.run({ bits, id: row.id, all: bits | (row.warning_bits & GROUP_RULES) });
  }
}

/**
 * Quota places of one unit and kind: the nominees that count (live, not withdrawn) are over quota
 * from the (quota + 1)-th by id on. Only rows whose bit is wrong are written.
 */
export function refreshOverQuota(ctx: ServiceContext, campaignId: number, unitId: number, kind: NomineeKind): void {
  const quota =
    (prepared(
      ctx.db,
      `SELECT ${kind === 'collective' ? 'collective' : 'individual'} FROM campaign_quotas WHERE campaign_id = ? AND unit_id = ?`,
    )
      .pluck()
      .get(campaignId, unitId) as number | undefined) ?? 0;
  const lastWithin =
    quota === 0
      ? 0
      : ((prepared(
          ctx.db,
          `SELECT id FROM nominees WHERE campaign_id = ? AND unit_id = ? AND kind = ? AND deleted_at IS NULL AND status <> '${WITHDRAWN}'
           ORDER BY id LIMIT 1 OFFSET ?`,
        )
          .pluck()
          .get(campaignId, unitId, kind, quota - 1) as number | undefined) ?? Number.MAX_SAFE_INTEGER);
  const over = `(status <> '${WITHDRAWN}' AND id > @lastWithin)`;
  prepared(
    ctx.db,
    `UPDATE nominees SET ${setWarningBits(`CASE WHEN ${over} THEN warning_bits | ${OVER} ELSE warning_bits & ~${OVER} END`)}
     WHERE campaign_id = @campaignId AND unit_id = @unitId AND kind = @kind AND deleted_at IS NULL
       AND ${over} <> ((warning_bits & ${OVER}) <> 0)`,
  ).run({ campaignId, unitId, kind, lastWithin });
}

/** The quota places of every group of these nominees, each group once. */
export function refreshOverQuotaOf(ctx: ServiceContext, groups: Iterable<{ campaignId: number; unitId: number; kind: NomineeKind }>): void {
  const seen = new Set<string>();
  for (const group of groups) {
    const key = `${group.campaignId}:${group.unitId}:${group.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    refreshOverQuota(ctx, group.campaignId, group.unitId, group.kind);
  }
}

/** Whether another live nominee of the same unit has the same folded name and a compatible birth year. */
const HAS_DUPLICATE = `EXISTS (SELECT 1 FROM nominees o
  WHERE o.campaign_id = nominees.campaign_id AND o.unit_id = nominees.unit_id AND o.name_folded = nominees.name_folded
    AND o.deleted_at IS NULL AND o.id <> nominees.id
    AND (o.birth_year IS NULL OR nominees.birth_year IS NULL OR o.birth_year = nominees.birth_year))`;

const SET_DUPLICATE = setWarningBits(`CASE WHEN ${HAS_DUPLICATE} THEN warning_bits | ${DUPLICATE} ELSE warning_bits & ~${DUPLICATE} END`);

/** The possible-duplicate rule for the live nominees of one unit with one folded name (only rows whose bit is wrong are written). */
export function refreshDuplicates(ctx: ServiceContext, group: NameGroup): void {
  prepared(
    ctx.db,
    `UPDATE nominees SET ${SET_DUPLICATE}
     WHERE campaign_id = @campaignId AND unit_id = @unitId AND name_folded = @nameFolded AND deleted_at IS NULL
       AND ${HAS_DUPLICATE} <> ((warning_bits & ${DUPLICATE}) <> 0)`,
  ).run(group);
}

/**
 * The rules of a name: the duplicate rule of every group given, each once, and whether the people
 * bearing those names were awarded before.
 */
export function refreshNameRules(ctx: ServiceContext, groups: readonly NameGroup[]): void {
  refreshDuplicatesOf(ctx, groups);
  refreshAwardedBefore(
    ctx,
    groups.map((group) => group.nameFolded),
  );
}

/** The duplicate rule of every group given, each once. */
export function refreshDuplicatesOf(ctx: ServiceContext, groups: Iterable<NameGroup>): void {
  const seen = new Set<string>();
  for (const group of groups) {
    const key = `${group.campaignId}:${group.unitId}:${group.nameFolded}`;
    if (seen.has(key)) continue;
    seen.add(key);
    refreshDuplicates(ctx, group);
  }
}

/**
 * The late rule for a campaign's nominees of a unit, of a submission, or all of them: the received
 * date (the nominee's own submission's, else its unit's first) after the plan's deadline.
 */
export function refreshLate(ctx: ServiceContext, campaignId: number, which: { unitId?: number; submissionId?: number } = {}): void {
  const deadline = getCampaign(ctx, campaignId).nominationDeadline;
  const late = `(CASE WHEN coalesce(
      (SELECT s.received_on FROM submissions s WHERE s.id = nominees.submission_id),
      (SELECT min(r.received_on) FROM submissions r WHERE r.campaign_id = nominees.campaign_id AND r.unit_id = nominees.unit_id)
    ) > @deadline THEN ${LATE} ELSE 0 END)`;
  prepared(
    ctx.db,
    `UPDATE nominees SET ${setWarningBits(`(warning_bits & ~${LATE}) | ${late}`)}
     WHERE campaign_id = @campaignId AND (@unitId IS NULL OR unit_id = @unitId OR submission_id = @submissionId)
       AND (warning_bits & ${LATE}) <> ${late}`,
  ).run({ campaignId, deadline, unitId: which.unitId ?? null, submissionId: which.submissionId ?? null });
}

/** After a plan save: only the rules whose inputs changed are worked out again, and only where they can change. */
export function refreshPlanRules(ctx: ServiceContext, before: Campaign, after: Campaign): void {
  if (before.nominationDeadline !== after.nominationDeadline) refreshLate(ctx, after.id);
  const quotaOf = (campaign: Campaign) => new Map(campaign.quotas.map((quota) => [quota.unitId, quota]));
  const old = quotaOf(before);
  const next = quotaOf(after);
  for (const unitId of new Set([...old.keys(), ...next.keys()])) {
    for (const kind of ['collective', 'individual'] as const) {
      if ((old.get(unitId)?.[kind] ?? 0) !== (next.get(unitId)?.[kind] ?? 0)) refreshOverQuota(ctx, after.id, unitId, kind);
    }
  }
}

/** Every nominee's stored warnings worked out from scratch (new rules after an update of the app). */
export function recomputeAllWarnings(ctx: ServiceContext): void {
  const ids = prepared(ctx.db, 'SELECT id FROM nominees').pluck().all() as number[];
  for (let start = 0; start < ids.length; start += 5_000) storeRowWarnings(ctx, ids.slice(start, start + 5_000));
  const groups = prepared(ctx.db, 'SELECT DISTINCT campaign_id AS campaignId, unit_id AS unitId, kind FROM nominees').all() as {
    campaignId: number;
    unitId: number;
    kind: NomineeKind;
  }[];
  refreshOverQuotaOf(ctx, groups);
  prepared(
    ctx.db,
    `UPDATE nominees SET ${SET_DUPLICATE} WHERE deleted_at IS NULL AND ${HAS_DUPLICATE} <> ((warning_bits & ${DUPLICATE}) <> 0)`,
  ).run();
  recomputeAwardedBefore(ctx);
}

/**
 * The stored warnings hold for the rules they were worked out with: when the app's rules are newer
 * (or the file has none yet), they are all worked out again, once, as the database is opened.
 */
export function bringWarningsToCurrentRules(ctx: ServiceContext): void {
  const stored = prepared(ctx.db, "SELECT value FROM derived_state WHERE key = 'warning_rules'").pluck().get() as string | undefined;
  if (stored === String(WARNING_RULES_VERSION)) return;
  ctx.db
    .transaction(() => {
      recomputeAllWarnings(ctx);
      prepared(
        ctx.db,
        "INSERT INTO derived_state (key, value) VALUES ('warning_rules', ?) ON CONFLICT DO UPDATE SET value = excluded.value",
      ).run(String(WARNING_RULES_VERSION));
    })
    .immediate();
}

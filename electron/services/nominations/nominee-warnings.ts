import { WARNING_RULES_VERSION } from '../../../shared/domain/nominee-checks.ts';
import { prepared } from '../../db/statements.ts';
import type { ServiceContext } from '../core/context.ts';
import { acceptances, campaignRules, SELECT, toNominee, type NomineeRow } from './nominee-rows.ts';

/**
 * Works out again, with the rules of shared/domain/nominee-checks.ts, the open-warning numbers
 * the database's triggers forgot (migration 4) for one campaign's live nominees. After one edit
 * that is one nominee, or the unit's nominees of that kind; after a plan change, all of them.
 */
export function refreshOpenWarnings(ctx: ServiceContext, campaignId: number): void {
  const unknown = prepared(ctx.db, `${SELECT} WHERE n.campaign_id = ? AND n.deleted_at IS NULL AND n.open_warnings IS NULL`).all(
    campaignId,
  ) as NomineeRow[];
  if (unknown.length === 0) return;
  const rules = campaignRules(ctx, campaignId);
  const accepted = acceptances(
    ctx,
    unknown.map((row) => row.id),
  );
  const store = prepared(ctx.db, 'UPDATE nominees SET open_warnings = ? WHERE id = ?');
  for (const row of unknown) {
    const open = toNominee(row, rules, accepted.get(row.id)).warnings.filter((warning) => !warning.accepted).length;
    store.run(open, row.id);
  }
}

/** Open warnings per unit of the nominees that count (not withdrawn), for the unit cards. */
export function openWarningsByUnit(ctx: ServiceContext, campaignId: number): Map<number, number> {
  refreshOpenWarnings(ctx, campaignId);
  const rows = prepared(
    ctx.db,
    "SELECT unit_id AS unitId, sum(open) AS open FROM nominee_counts WHERE campaign_id = ? AND status <> 'rut' GROUP BY unit_id",
  ).all(campaignId) as { unitId: number; open: number }[];
  return new Map(rows.map((row) => [row.unitId, row.open]));
}

/**
 * The stored numbers hold for the rules they were worked out with: after an update of the app
 * that changes a rule, all of them are forgotten (and worked out again when next needed).
 */
export function forgetWarningsOfOlderRules(ctx: ServiceContext): void {
  const stored = prepared(ctx.db, "SELECT value FROM derived_state WHERE key = 'warning_rules'").pluck().get() as string | undefined;
  if (stored === String(WARNING_RULES_VERSION)) return;
  ctx.db.transaction(() => {
    prepared(ctx.db, 'UPDATE nominees SET open_warnings = NULL WHERE open_warnings IS NOT NULL').run();
    prepared(
      ctx.db,
      "INSERT INTO derived_state (key, value) VALUES ('warning_rules', ?) ON CONFLICT DO UPDATE SET value = excluded.value",
    ).run(String(WARNING_RULES_VERSION));
  })();
}

import { RULE_BITS } from '../../../shared/domain/nominee-checks.ts';
import { WITHDRAWN, type NomineeKind } from '../../../shared/domain/nominees.ts';
import { prepared } from '../../db/statements.ts';
import type { ServiceContext } from '../core/context.ts';

/** How many open warnings a nominee has: the bits of its open_bits column, one per rule. */
export const OPEN_WARNINGS_SQL = Object.values(RULE_BITS)
  .map((bit) => `((open_bits & ${bit}) <> 0)`)
  .join(' + ');

export interface UnitCounts {
  /** Nominees that count toward the quota (live, not withdrawn), per kind. */
  filled: Record<NomineeKind, number>;
  /** Their open warnings, all rules together. */
  openWarnings: number;
}

/**
 * Per unit of a campaign, from one grouped query over the index of live nominees: what Tổng quan
 * and the Đề cử unit cards show.
 */
export function countsByUnit(ctx: ServiceContext, campaignId: number): Map<number, UnitCounts> {
  const rows = prepared(
    ctx.db,
    `SELECT unit_id AS unitId, kind, count(*) AS n, sum(${OPEN_WARNINGS_SQL}) AS open FROM nominees
     WHERE campaign_id = ? AND deleted_at IS NULL AND status <> '${WITHDRAWN}' GROUP BY unit_id, kind`,
  ).all(campaignId) as { unitId: number; kind: NomineeKind; n: number; open: number }[];
  const byUnit = new Map<number, UnitCounts>();
  for (const row of rows) {
    const entry = byUnit.get(row.unitId) ?? { filled: { collective: 0, individual: 0 }, openWarnings: 0 };
    entry.filled[row.kind] = row.n;
    entry.openWarnings += row.open;
    byUnit.set(row.unitId, entry);
  }
  return byUnit;
}

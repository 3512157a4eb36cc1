import { RULE_BITS, RULES } from '../../../shared/domain/nominee-checks.ts';
import { prepared } from '../../db/statements.ts';
import type { ServiceContext } from '../core/context.ts';
import { setWarningBits } from './warning-bits.ts';

/**
 * The "awarded before" rule (shared/domain/nominee-checks.ts): the same person — folded name,
 * kind and, for a person, birth year, whatever the unit is called now — was awarded in an earlier
 * year, in a campaign of the app or in the office's earlier lists. A figure across campaigns, so it
 * is kept by folded name: a write refreshes the nominees that bear the names it touched, each
 * lookup one short walk of the people indexes.
 */

const BIT = RULE_BITS[RULES.awardedBefore];

const SAME_PERSON = (other: string) => `${other}.name_folded = nominees.name_folded AND ${other}.kind = nominees.kind
      AND (nominees.kind <> 'individual' OR ${other}.birth_year IS nominees.birth_year)`;
const OWN_YEAR = '(SELECT year FROM campaigns WHERE id = nominees.campaign_id)';

/** Whether `nominees` (the row being updated) names someone awarded in an earlier year. */
const WAS_AWARDED = `(EXISTS (SELECT 1 FROM nominees o JOIN awards a ON a.nominee_id = o.id JOIN campaigns oc ON oc.id = o.campaign_id
      WHERE ${SAME_PERSON('o')} AND o.deleted_at IS NULL AND oc.year < ${OWN_YEAR})
   OR EXISTS (SELECT 1 FROM earlier_awards h WHERE ${SAME_PERSON('h')} AND h.deleted_at IS NULL AND h.year < ${OWN_YEAR}))`;

const SET_BIT = setWarningBits(`CASE WHEN ${WAS_AWARDED} THEN warning_bits | ${BIT} ELSE warning_bits & ~${BIT} END`);
const WRONG = `${WAS_AWARDED} <> ((warning_bits & ${BIT}) <> 0)`;

/** The rule for the live nominees with these folded names (only rows whose bit is wrong are written). */
export function refreshAwardedBefore(ctx: ServiceContext, namesFolded: Iterable<string>): void {
  const names = [...new Set(namesFolded)];
  if (names.length === 0) return;
  prepared(
    ctx.db,
    `UPDATE nominees SET ${SET_BIT} WHERE name_folded IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL AND ${WRONG}`,
  ).run(JSON.stringify(names));
}

/** The rule for everyone bearing the names of these nominees (after they were awarded). */
export function refreshAwardedBeforeOfNominees(ctx: ServiceContext, ids: readonly number[]): void {
  const names = prepared(ctx.db, 'SELECT DISTINCT name_folded FROM nominees WHERE id IN (SELECT value FROM json_each(?))')
    .pluck()
    .all(JSON.stringify(ids)) as string[];
  refreshAwardedBefore(ctx, names);
}

/** The rule for every live nominee, worked out from scratch. */
export function recomputeAwardedBefore(ctx: ServiceContext): void {
  prepared(ctx.db, `UPDATE nominees SET ${SET_BIT} WHERE deleted_at IS NULL AND ${WRONG}`).run();
}

import type { NomineeFields, NomineeKind } from '../../../shared/domain/nominees.ts';
import { foldText } from '../../../shared/text/normalize.ts';
import { prepared } from '../../db/statements.ts';
import type { ServiceContext } from '../core/context.ts';

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
    const rows = prepared(
      ctx.db,
      `SELECT id, unit_id, kind, name_folded, birth_year FROM nominees
       WHERE campaign_id = ? AND deleted_at IS NULL AND unit_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    ).all(campaignId, JSON.stringify(distinct)) as {
      id: number;
      unit_id: number;
      kind: NomineeKind;
      name_folded: string;
      birth_year: number | null;
    }[];
    for (const row of rows) {
      const key = sameNomineeKey(row.unit_id, row.kind, row.name_folded, row.birth_year);
      if (!known.has(key)) known.set(key, row.id);
    }
  }
  return (fields) => known.get(sameNomineeKey(fields.unitId, fields.kind, foldText(fields.name), fields.birthYear)) ?? null;
}

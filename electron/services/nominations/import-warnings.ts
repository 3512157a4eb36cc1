import type { Campaign } from '../../../shared/domain/campaigns.ts';
import { nomineeWarnings, overQuotaIds, possibleDuplicateIds } from '../../../shared/domain/nominee-checks.ts';
import type { NomineeFields, NomineeKind } from '../../../shared/domain/nominees.ts';
import { prepared } from '../../db/statements.ts';
import type { ServiceContext } from '../core/context.ts';
import type { LiveNominee } from './import-matching.ts';
import { acceptances, campaignRules } from './nominee-rows.ts';
import { awardedBeforeYear, identity } from '../reports/award-history.ts';

type PreviewedWarning = ReturnType<typeof nomineeWarnings>[number] & { accepted: { reason: string; by: string; at: string } | null };

/**
 * The warnings each imported row will carry once stored, worked out before anything is: the same
 * rules as the list, with the unit's quota and the possible duplicates counted over the nominees
 * already there and the file's rows together, as the commit will store them, and the awards the
 * same people had in earlier years.
 */
export function previewWarnings(
  ctx: ServiceContext,
  campaign: Campaign,
  live: readonly LiveNominee[],
  rows: readonly { row: number; fields: NomineeFields; nameFolded: string; updates: number | null }[],
  receivedOn: string,
): Map<number, PreviewedWarning[]> {
  const rules = campaignRules(ctx, campaign.id, campaign);
  const awarded = awardedBeforeYear(ctx, campaign.year);
  const unitNames = new Map(
    (
      prepared(ctx.db, 'SELECT id, name FROM units WHERE id IN (SELECT value FROM json_each(?))').all(
        JSON.stringify([...new Set(rows.map((row) => row.fields.unitId))]),
      ) as { id: number; name: string }[]
    ).map((unit) => [unit.id, unit.name]),
  );
  const updated = new Set(rows.flatMap((row) => (row.updates === null ? [] : [row.updates])));
  const stays = live.filter((nominee) => !updated.has(nominee.id));
  const withdrawn = new Set(live.filter((nominee) => nominee.withdrawn).map((nominee) => nominee.id));
  // New rows are numbered after every stored nominee, in file order, as the commit will add them.
  let next = maxNomineeId(ctx) + 1;
  const placed = rows.map((row) => ({ ...row, id: row.updates ?? next++ }));
  const counted = [
    ...stays.filter((nominee) => !nominee.withdrawn).map(({ id, unitId, kind }) => ({ id, unitId, kind })),
    ...placed.filter((row) => !withdrawn.has(row.id)).map((row) => ({ id: row.id, unitId: row.fields.unitId, kind: row.fields.kind })),
  ];
  const quotas = new Map<number, Record<NomineeKind, number>>(
    campaign.quotas.map((quota) => [quota.unitId, { collective: quota.collective, individual: quota.individual }]),
  );
  const over = overQuotaIds(counted, quotas);
  const named = new Map<number, { name: string; birthYear: number | null; where?: string }>([
    ...stays.map((nominee) => [nominee.id, { name: nominee.name, birthYear: nominee.birthYear }] as const),
    ...placed.map((row) => [row.id, { name: row.fields.name, birthYear: row.fields.birthYear, where: `dòng ${row.row} của tệp` }] as const),
  ]);
  const duplicates = possibleDuplicateIds([
    ...stays.map(({ id, unitId, nameFolded, birthYear }) => ({ id, unitId, nameFolded, birthYear })),
    ...placed.map((row) => ({
      id: row.id,
      unitId: row.fields.unitId,
      nameFolded: row.nameFolded,
      birthYear: row.fields.birthYear,
    })),
  ]);
  const accepted = acceptances(ctx, [...updated]);
  return new Map(
    placed.map((row) => {
      const facts = {
        ...row.fields,
        id: row.id,
        unitName: unitNames.get(row.fields.unitId) ?? '',
        receivedOn,
        overQuota: over.has(row.id),
        duplicates: (duplicates.get(row.id) ?? []).slice(0, 3).flatMap((id) => named.get(id) ?? []),
        moreDuplicates: (duplicates.get(row.id)?.length ?? 0) > 3,
        earlierAwards: awarded.get(identity({ folded: row.nameFolded, kind: row.fields.kind, birthYear: row.fields.birthYear })) ?? [],
      };
      const acceptedOfRow = row.updates === null ? undefined : accepted.get(row.updates);
      return [
        row.row,
        nomineeWarnings(facts, rules).map((warning) => ({ ...warning, accepted: acceptedOfRow?.get(warning.rule) ?? null })),
      ] as const;
    }),
  );
}

function maxNomineeId(ctx: ServiceContext): number {
  return (prepared(ctx.db, 'SELECT coalesce(max(id), 0) FROM nominees').pluck().get() as number) ?? 0;
}

import type { Nominee } from '../../../shared/domain/nominees.ts';
import type { NomineeKind, NomineeStatus } from '../../../shared/domain/nominees.ts';
import { foldText } from '../../../shared/text/normalize.ts';
import { prepared } from '../../db/statements.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import type { ServiceContext } from '../core/context.ts';
import { acceptances, campaignRules, rowsByIds, toNominee } from './nominee-rows.ts';
import { indexQueuedNames } from './nominee-name-index.ts';
import { refreshOpenWarnings } from './nominee-warnings.ts';

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

interface ListFilters {
  /** Conditions on `n` for the unit, kind and status filters (not the search). */
  where: string;
  params: Record<string, string | number>;
  /** The search as a condition on the trigram index `f` of " " + folded name, when searching. */
  search: { condition: string; value: string } | null;
}

/**
 * Three letters or more match anywhere in the name ("oang" finds Hoàng), as a phrase of trigrams;
 * one or two match the start of a word ("ly" finds Lý, not Nguyễn), which is what a short search
 * means. A single letter has no trigram, so LIKE reads the names. LIKE's wildcards become spaces
 * (no name has them), so "%" finds nobody rather than everybody.
 */
function searchCondition(text: string | undefined): ListFilters['search'] {
  if (!text?.trim()) return null;
  const folded = foldText(text.replace(/[%_]/gu, ' '));
  if (!folded) return { condition: '0', value: '' };
  const phrase = [...folded].length >= 3 ? folded : ` ${folded}`;
  if ([...phrase].length < 3) return { condition: 'f.words LIKE @search', value: `%${phrase}%` };
  return { condition: 'f.words MATCH @search', value: `"${phrase.replace(/"/gu, '""')}"` };
}

function listFilters(query: NomineeQuery): ListFilters {
  const conditions = ['n.campaign_id = @campaignId', 'n.deleted_at IS NULL'];
  const params: Record<string, string | number> = { campaignId: query.campaignId };
  for (const [column, value] of [
    ['unit_id', query.unitId],
    ['kind', query.kind],
    ['status', query.status],
  ] as const) {
    if (value === undefined) continue;
    conditions.push(`n.${column} = @${column}`);
    params[column] = value;
  }
  if (query.withWarnings) conditions.push('n.open_warnings > 0');
  return { where: conditions.join(' AND '), params, search: searchCondition(query.search) };
}

/**
 * The plan's unit order as an expression over `n.unit_id`, units outside the plan last: cheaper
 * to sort thousands of search matches by than a join to the quotas for each of them.
 */
function unitOrderSql(unitIdsInPlanOrder: readonly number[]): string {
  const cases = unitIdsInPlanOrder.map((unitId, position) => `WHEN ${Math.trunc(unitId)} THEN ${position}`).join(' ');
  return cases ? `CASE n.unit_id ${cases} ELSE 1000000 + n.unit_id END` : 'n.unit_id';
}

/** Live nominees per unit under the filters, from the counts the triggers keep (migration 4). */
function countsByUnit(ctx: ServiceContext, query: NomineeQuery): Map<number, number> {
  const rows = prepared(
    ctx.db,
    `SELECT unit_id AS unitId, sum(live) AS count FROM nominee_counts
     WHERE campaign_id = @campaignId AND (@unitId IS NULL OR unit_id = @unitId) AND (@kind IS NULL OR kind = @kind)
       AND (@status IS NULL OR status = @status) AND (@warned IS NULL OR warned = 1)
     GROUP BY unit_id HAVING sum(live) > 0`,
  ).all({
    campaignId: query.campaignId,
    unitId: query.unitId ?? null,
    kind: query.kind ?? null,
    status: query.status ?? null,
    warned: query.withWarnings ? 1 : null,
  }) as {
    unitId: number;
    count: number;
  }[];
  return new Map(rows.map((row) => [row.unitId, row.count]));
}

/**
 * The ids of one page in the plan's unit order: read unit by unit along the (unit, sort key)
 * index, since sorting every nominee by its unit's position would read them all.
 */
function pageInUnitOrder(
  ctx: ServiceContext,
  query: NomineeQuery,
  filters: ListFilters,
  inPlanOrder: readonly number[],
  limit: number,
  offset: number,
): { total: number; ids: number[] } {
  const counts = countsByUnit(ctx, query);
  const others = [...counts.keys()].filter((unitId) => !inPlanOrder.includes(unitId)).sort((a, b) => a - b);
  const pageOfUnit = prepared(
    ctx.db,
    `SELECT n.id FROM nominees n WHERE ${filters.where} AND n.unit_id = @pageUnit ORDER BY n.sort_key, n.id LIMIT @limit OFFSET @offset`,
  ).pluck();
  const ids: number[] = [];
  let skip = offset;
  for (const unitId of [...inPlanOrder, ...others]) {
    const count = counts.get(unitId) ?? 0;
    if (skip >= count) {
      skip -= count;
      continue;
    }
    if (ids.length < limit)
      ids.push(...(pageOfUnit.all({ ...filters.params, pageUnit: unitId, limit: limit - ids.length, offset: skip }) as number[]));
    skip = 0;
  }
  return { total: [...counts.values()].reduce((sum, count) => sum + count, 0), ids };
}

/**
 * Lists a page of nominees. Filters, order and paging run in SQLite on indexes of live nominees
 * (a search on the trigram index of names, the warning filter on the stored open-warning
 * numbers); only the page's rows are read and built.
 */
export function listNominees(ctx: ServiceContext, query: NomineeQuery): { total: number; items: Nominee[] } {
  if (query.withWarnings) refreshOpenWarnings(ctx, query.campaignId);
  const filters = listFilters(query);
  // A page of 50 fills the screen three times over; more come as the list is scrolled.
  const limit = query.limit ?? 50;
  const offset = query.offset ?? 0;
  const byName = query.sort === 'name' || query.unitId !== undefined;
  const campaign = getCampaign(ctx, query.campaignId);
  const inPlanOrder = campaign.quotas.map((quota) => quota.unitId);
  // By name alone, so the (sort key, id) indexes give the order.
  const order = byName ? 'n.sort_key, n.id' : `${unitOrderSql(inPlanOrder)}, n.sort_key, n.id`;
  let page: { total: number; ids: number[] };
  if (filters.search) {
    // The matches come from the trigram index; only they are joined, filtered and sorted.
    indexQueuedNames(ctx);
    const ids = prepared(
      ctx.db,
      `SELECT n.id FROM nominee_names f CROSS JOIN nominees n ON n.id = f.rowid
       WHERE ${filters.search.condition} AND ${filters.where} ORDER BY ${order}`,
    )
      .pluck()
      .all({ ...filters.params, search: filters.search.value }) as number[];
    page = { total: ids.length, ids: ids.slice(offset, offset + limit) };
  } else if (byName) {
    const total = [...countsByUnit(ctx, query).values()].reduce((sum, count) => sum + count, 0);
    const ids = prepared(ctx.db, `SELECT n.id FROM nominees n WHERE ${filters.where} ORDER BY ${order} LIMIT @limit OFFSET @offset`)
      .pluck()
      .all({ ...filters.params, limit, offset }) as number[];
    page = { total, ids };
  } else {
    page = pageInUnitOrder(ctx, query, filters, inPlanOrder, limit, offset);
  }
  const rows = rowsByIds(ctx, page.ids);
  const rules = campaignRules(ctx, query.campaignId, campaign);
  const accepted = acceptances(ctx, page.ids);
  return { total: page.total, items: rows.map((row) => toNominee(row, rules, accepted.get(row.id))) };
}

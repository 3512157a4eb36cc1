import type { ParsedInput } from '../../../shared/api/contract.ts';
import type { Nominee } from '../../../shared/domain/nominees.ts';
import { foldText } from '../../../shared/text/normalize.ts';
import { prepared } from '../../db/statements.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import type { ServiceContext } from '../core/context.ts';
import { nomineesByIds } from './nominee-rows.ts';

export type NomineeQuery = ParsedInput<'nominees.list'>;

interface ListFilters {
  /** Conditions on `n` for the filters and the search, for the indexes of live nominees. */
  where: string;
  params: Record<string, string | number>;
  searching: boolean;
}

/**
 * Three letters or more match anywhere in the name ("oang" finds Hoàng); one or two match the
 * start of a word ("ly" finds Lý, not Nguyễn), which is what a short search means. The search is
 * on the folded name, so accents and case do not matter; LIKE's wildcards are never used.
 */
function searchCondition(text: string | undefined, params: ListFilters['params']): string | null {
  if (!text?.trim()) return null;
  const folded = foldText(text.replace(/[%_]/gu, ' '));
  // Nothing left to look for ("%", spaces): no name matches it, rather than every name.
  if (!folded) return 'n.id < 0';
  // Three letters or more anywhere; fewer, after a space: the start of a word (" ly").
  params.search = [...folded].length >= 3 ? folded : ` ${folded}`;
  return 'instr(n.name_words, @search) > 0';
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
  if (query.withWarnings) conditions.push('n.open_bits <> 0');
  const search = searchCondition(query.search, params);
  if (search) conditions.push(search);
  return { where: conditions.join(' AND '), params, searching: search !== null };
}

/**
 * A search reads along an index that holds the folded names (in unit order, or in name order):
 * left to itself the planner picks an index without them and reads every row to compare its name.
 */
function nominees(filters: ListFilters, order: 'unit' | 'name'): string {
  if (!filters.searching) return 'nominees n';
  return `nominees n INDEXED BY ${order === 'unit' ? 'nominees_live_unit_sort' : 'nominees_live_sort'}`;
}

/** Live nominees per unit under the filters: one grouped count along the index. */
function countsByUnit(ctx: ServiceContext, filters: ListFilters): Map<number, number> {
  const rows = prepared(
    ctx.db,
    `SELECT n.unit_id AS unitId, count(*) AS count FROM ${nominees(filters, 'unit')} WHERE ${filters.where} GROUP BY n.unit_id`,
  ).all(filters.params) as { unitId: number; count: number }[];
  return new Map(rows.map((row) => [row.unitId, row.count]));
}

/**
 * The ids of one page in the plan's unit order: read unit by unit along the (unit, sort key)
 * index, since sorting every nominee by its unit's position would read them all.
 */
function pageInUnitOrder(ctx: ServiceContext, filters: ListFilters, inPlanOrder: readonly number[], limit: number, offset: number) {
  const counts = countsByUnit(ctx, filters);
  const others = [...counts.keys()].filter((unitId) => !inPlanOrder.includes(unitId)).sort((a, b) => a - b);
  const pageOfUnit = prepared(
    ctx.db,
    `SELECT n.id FROM ${nominees(filters, 'unit')} WHERE ${filters.where} AND n.unit_id = @pageUnit
     ORDER BY n.sort_key, n.id LIMIT @limit OFFSET @offset`,
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
 * Lists a page of nominees. Filters, search, order and paging run in SQLite on the indexes of live
 * nominees, the warning filter on the stored open warnings; only the page's rows are read and
 * built. Reading writes nothing.
 */
export function listNominees(ctx: ServiceContext, query: NomineeQuery): { total: number; items: Nominee[] } {
  const filters = listFilters(query);
  // A page of 50 fills the screen three times over; more come as the list is scrolled.
  const limit = query.limit ?? 50;
  const offset = query.offset ?? 0;
  const byName = query.sort === 'name' || query.unitId !== undefined;
  const campaign = getCampaign(ctx, query.campaignId);
  const inPlanOrder = campaign.quotas.map((quota) => quota.unitId);
  let page: { total: number; ids: number[] };
  if (byName) {
    // One unit's names are in the unit index in name order too.
    const from = nominees(filters, query.unitId !== undefined ? 'unit' : 'name');
    const total = prepared(ctx.db, `SELECT count(*) FROM ${from} WHERE ${filters.where}`).pluck().get(filters.params) as number;
    const ids = prepared(ctx.db, `SELECT n.id FROM ${from} WHERE ${filters.where} ORDER BY n.sort_key, n.id LIMIT @limit OFFSET @offset`)
      .pluck()
      .all({ ...filters.params, limit, offset }) as number[];
    page = { total, ids };
  } else {
    page = pageInUnitOrder(ctx, filters, inPlanOrder, limit, offset);
  }
  return { total: page.total, items: nomineesByIds(ctx, campaign, page.ids) };
}

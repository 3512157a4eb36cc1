import { HISTORY_LIMIT as LIMIT, type HistoryPerson } from '../../../shared/domain/history.ts';
import { foldText } from '../../../shared/text/normalize.ts';
import { prepared } from '../../db/statements.ts';
import type { ServiceContext } from '../core/context.ts';
import { awardsBefore, recordsOfPeople, type Person } from './award-history.ts';
import type { HistoryEntry } from '../../../shared/domain/history.ts';

/** Sổ vàng: every nominee of every campaign and every row of the earlier lists, grouped by person. */

/**
 * The people whose name holds the search (three letters anywhere, fewer at the start of a word, as
 * in the Đề cử list), each with every campaign they were in, oldest first; at most HISTORY_LIMIT people.
 * First the people, read along the narrow people indexes and stopped at the 201st, then only
 * their records: a common family name costs the people shown, not everyone who bears it.
 */
export function searchHistory(ctx: ServiceContext, search: string): { people: HistoryPerson[]; more: boolean } {
  const folded = foldText(search.replace(/[%_]/gu, ' '));
  if (!folded) return { people: [], more: false };
  const needle = [...folded].length >= 3 ? folded : ` ${folded}`;
  const people = prepared(
    ctx.db,
    `SELECT name_folded AS folded, kind, CASE WHEN kind = 'individual' THEN birth_year END AS birthYear FROM (
       SELECT name_folded, kind, birth_year FROM nominees INDEXED BY nominees_people WHERE deleted_at IS NULL AND instr(name_words, @needle) > 0
       UNION
       SELECT name_folded, kind, birth_year FROM earlier_awards WHERE deleted_at IS NULL AND instr(name_words, @needle) > 0)
     GROUP BY 1, 2, 3 ORDER BY 1, 3, 2 LIMIT ${LIMIT + 1}`,
  ).all({ needle }) as Person[];
  const shown = recordsOfPeople(ctx, people.slice(0, LIMIT));
  return {
    people: shown.map(({ name, kind, birthYear, entries }) => ({ name, kind, birthYear, entries })),
    more: people.length > LIMIT,
  };
}

/** The awards the same person had in the years before this nominee's campaign: one achievement is not awarded twice. */
export function earlierAwards(ctx: ServiceContext, nomineeId: number): HistoryEntry[] {
  const self = prepared(
    ctx.db,
    `SELECT n.name_folded AS folded, n.kind, n.birth_year AS birthYear, c.year FROM nominees n JOIN campaigns c ON c.id = n.campaign_id
      WHERE n.id = ? AND n.deleted_at IS NULL`,
  ).get(nomineeId) as (Person & { year: number }) | undefined;
  return self ? awardsBefore(ctx, self, self.year) : [];
}

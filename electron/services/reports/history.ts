import type { HistoryEntry, HistoryPerson } from '../../../shared/domain/history.ts';
import { NOMINEE_STATUS_LABELS, type NomineeStatus } from '../../../shared/domain/nominees.ts';
import { unitTitle } from '../../../shared/domain/units.ts';
import { formatDateVi } from '../../../shared/format/dates.ts';
import { foldText } from '../../../shared/text/normalize.ts';
import { prepared } from '../../db/statements.ts';
import type { ServiceContext } from '../core/context.ts';

/** Sổ vàng: every nominee of every campaign, grouped by person, found by a search that ignores diacritics. */

interface HistoryRow {
  nomineeId: number;
  campaignId: number;
  year: number;
  name: string;
  folded: string;
  kind: 'individual' | 'collective';
  birthYear: number | null;
  status: NomineeStatus;
  unitName: string;
  unitKind: string;
  award: string | null;
  number: number | null;
  symbol: string | null;
  issuedOn: string | null;
}

const SELECT = `SELECT n.id AS nomineeId, n.campaign_id AS campaignId, c.year, n.name, n.name_folded AS folded, n.kind, n.birth_year AS birthYear,
       n.status, u.name AS unitName, u.kind AS unitKind, f.name AS award, d.number, d.symbol, d.issued_on AS issuedOn
  FROM nominees n JOIN campaigns c ON c.id = n.campaign_id JOIN units u ON u.id = n.unit_id
  LEFT JOIN awards a ON a.nominee_id = n.id LEFT JOIN award_forms f ON f.id = a.award_form_id
  LEFT JOIN issued_documents d ON d.id = a.decision_id
 WHERE n.deleted_at IS NULL`;

/** One person across campaigns: the same folded name and kind, and for a person the same birth year. */
export const identity = (row: Pick<HistoryRow, 'folded' | 'kind' | 'birthYear'>) =>
  `${row.kind}|${row.folded}|${row.kind === 'individual' ? (row.birthYear ?? '') : ''}`;

function entryOf(row: HistoryRow): HistoryEntry {
  return {
    nomineeId: row.nomineeId,
    campaignId: row.campaignId,
    year: row.year,
    unit: unitTitle({ name: row.unitName, kind: row.unitKind as never }),
    status: NOMINEE_STATUS_LABELS[row.status] ?? row.status,
    award: row.award,
    decision:
      row.number !== null && row.symbol ? `${String(row.number).padStart(2, '0')}/${row.symbol} ngày ${formatDateVi(row.issuedOn)}` : null,
  };
}

const LIMIT = 200;

/**
 * The people whose name holds the search (three letters anywhere, fewer at the start of a word, as
 * in the Đề cử list), each with every campaign they were in, oldest first; at most 200 people.
 */
export function searchHistory(ctx: ServiceContext, search: string): { people: HistoryPerson[]; more: boolean } {
  const folded = foldText(search.replace(/[%_]/gu, ' '));
  if (!folded) return { people: [], more: false };
  const needle = [...folded].length >= 3 ? folded : ` ${folded}`;
  const rows = prepared(ctx.db, `${SELECT} AND instr(n.name_words, ?) > 0 ORDER BY n.name_folded, n.birth_year, c.year, n.id`).all(
    needle,
  ) as HistoryRow[];
  const people = new Map<string, HistoryPerson>();
  for (const row of rows) {
    const key = identity(row);
    let person = people.get(key);
    if (!person) {
      if (people.size === LIMIT) return { people: [...people.values()], more: true };
      person = { name: row.name, kind: row.kind, birthYear: row.birthYear, entries: [] };
      people.set(key, person);
    }
    person.entries.push(entryOf(row));
    person.name = row.name;
  }
  return { people: [...people.values()], more: false };
}

/** The awards the same person had in other campaigns: one achievement is not awarded twice. */
export function earlierAwards(ctx: ServiceContext, nomineeId: number): HistoryEntry[] {
  const self = prepared(ctx.db, `${SELECT} AND n.id = ?`).get(nomineeId) as HistoryRow | undefined;
  if (!self) return [];
  const same = prepared(
    ctx.db,
    `${SELECT} AND n.name_folded = ? AND n.kind = ? AND n.campaign_id <> ? AND a.id IS NOT NULL ORDER BY c.year`,
  ).all(self.folded, self.kind, self.campaignId) as HistoryRow[];
  return same.filter((row) => identity(row) === identity(self)).map(entryOf);
}

/**
 * Everyone awarded in a campaign other than this one, by person: what an import checks each of its
 * rows against (the awarded are few, so they are read once for the whole file).
 */
export function awardedElsewhere(ctx: ServiceContext, campaignId: number): Map<string, HistoryEntry[]> {
  const rows = prepared(ctx.db, `${SELECT} AND n.campaign_id <> ? AND a.id IS NOT NULL ORDER BY c.year`).all(campaignId) as HistoryRow[];
  const byPerson = new Map<string, HistoryEntry[]>();
  for (const row of rows) byPerson.set(identity(row), [...(byPerson.get(identity(row)) ?? []), entryOf(row)]);
  return byPerson;
}

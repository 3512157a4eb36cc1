import type { HistoryEntry } from '../../../shared/domain/history.ts';
import { NOMINEE_STATUS_LABELS, type NomineeKind, type NomineeStatus } from '../../../shared/domain/nominees.ts';
import { unitTitle } from '../../../shared/domain/units.ts';
import { formatDateVi } from '../../../shared/format/dates.ts';
import { prepared } from '../../db/statements.ts';
import type { ServiceContext } from '../core/context.ts';

/**
 * The records of one person across the years: the nominees of every campaign in the app and the
 * rows of the office's earlier award lists. One person (or collective) is the same folded name and
 * kind, and for a person the same birth year: the unit is left out, so a unit renamed or merged in
 * the reorganisation keeps its people.
 */

export interface Person {
  folded: string;
  kind: NomineeKind;
  birthYear: number | null;
}

/** The key of one person: collectives have no birth year to tell them apart. */
export const identity = (person: Person) =>
  `${person.kind}|${person.folded}|${person.kind === 'individual' ? (person.birthYear ?? '') : ''}`;

interface NomineeEntryRow extends Person {
  nomineeId: number;
  campaignId: number;
  year: number;
  name: string;
  status: NomineeStatus;
  unitName: string;
  unitKind: string;
  award: string | null;
  number: number | null;
  symbol: string | null;
  issuedOn: string | null;
}

interface ListEntryRow extends Person {
  year: number;
  name: string;
  unitName: string;
  award: string;
  decision: string;
}

const NOMINEE_ENTRIES = `SELECT n.id AS nomineeId, n.campaign_id AS campaignId, c.year, n.name, n.name_folded AS folded, n.kind,
       n.birth_year AS birthYear, n.status, u.name AS unitName, u.kind AS unitKind, f.name AS award, d.number, d.symbol, d.issued_on AS issuedOn
  FROM nominees n JOIN campaigns c ON c.id = n.campaign_id JOIN units u ON u.id = n.unit_id
  LEFT JOIN awards a ON a.nominee_id = n.id LEFT JOIN award_forms f ON f.id = a.award_form_id
  LEFT JOIN issued_documents d ON d.id = a.decision_id
 WHERE n.deleted_at IS NULL`;

const LIST_ENTRIES = `SELECT h.year, h.name, h.name_folded AS folded, h.kind, h.birth_year AS birthYear, h.unit_name AS unitName, h.award, h.decision
  FROM earlier_awards h WHERE h.deleted_at IS NULL`;

function nomineeEntry(row: NomineeEntryRow): HistoryEntry {
  return {
    nomineeId: row.nomineeId,
    campaignId: row.campaignId,
    source: 'campaign',
    year: row.year,
    unit: unitTitle({ name: row.unitName, kind: row.unitKind as never }),
    status: NOMINEE_STATUS_LABELS[row.status] ?? row.status,
    award: row.award,
    decision:
      row.number !== null && row.symbol ? `${String(row.number).padStart(2, '0')}/${row.symbol} ngày ${formatDateVi(row.issuedOn)}` : null,
  };
}

function listEntry(row: ListEntryRow): HistoryEntry {
  return {
    nomineeId: null,
    campaignId: null,
    source: 'earlier-list',
    year: row.year,
    unit: row.unitName,
    status: NOMINEE_STATUS_LABELS.awarded,
    award: row.award || 'Khen thưởng',
    decision: row.decision || null,
  };
}

export interface PersonRecords extends Person {
  name: string;
  entries: HistoryEntry[];
}

/**
 * Every record of the given people, oldest first; each person once, in the order given. The
 * lookups go by folded name along the people indexes, so the cost follows the people asked for.
 */
export function recordsOfPeople(ctx: ServiceContext, people: readonly Person[]): PersonRecords[] {
  const byKey = new Map<string, PersonRecords>(people.map((person) => [identity(person), { ...person, name: '', entries: [] }]));
  const names = JSON.stringify([...new Set(people.map((person) => person.folded))]);
  const inNames = 'IN (SELECT value FROM json_each(?))';
  const fromCampaigns = prepared(ctx.db, `${NOMINEE_ENTRIES} AND n.name_folded ${inNames} ORDER BY c.year, n.id`).all(
    names,
  ) as NomineeEntryRow[];
  const fromLists = prepared(ctx.db, `${LIST_ENTRIES} AND h.name_folded ${inNames} ORDER BY h.year, h.id`).all(names) as ListEntryRow[];
  const add = (row: Person & { name: string; year: number }, entry: HistoryEntry) => {
    const records = byKey.get(identity(row));
    if (!records) return;
    records.entries.push(entry);
    records.name = row.name;
  };
  for (const row of fromLists) add(row, listEntry(row));
  for (const row of fromCampaigns) add(row, nomineeEntry(row));
  for (const records of byKey.values()) records.entries.sort((a, b) => a.year - b.year);
  return [...byKey.values()];
}

/** The awards of a person in the years before the given one (campaigns of the app and earlier lists). */
export function awardsBefore(ctx: ServiceContext, person: Person, year: number): HistoryEntry[] {
  const [records] = recordsOfPeople(ctx, [person]);
  return (records?.entries ?? []).filter((entry) => entry.year < year && entry.award !== null);
}

/**
 * Everyone awarded before a year, by person: what an import checks each of its rows against (the
 * awarded are few beside the nominated, so they are read once for the whole file).
 */
export function awardedBeforeYear(ctx: ServiceContext, year: number): Map<string, HistoryEntry[]> {
  const fromCampaigns = prepared(ctx.db, `${NOMINEE_ENTRIES} AND a.id IS NOT NULL AND c.year < ? ORDER BY c.year`).all(
    year,
  ) as NomineeEntryRow[];
  const fromLists = prepared(ctx.db, `${LIST_ENTRIES} AND h.year < ? ORDER BY h.year`).all(year) as ListEntryRow[];
  const byPerson = new Map<string, HistoryEntry[]>();
  const add = (row: Person, entry: HistoryEntry) => byPerson.set(identity(row), [...(byPerson.get(identity(row)) ?? []), entry]);
  for (const row of fromLists) add(row, listEntry(row));
  for (const row of fromCampaigns) add(row, nomineeEntry(row));
  for (const entries of byPerson.values()) entries.sort((a, b) => a.year - b.year);
  return byPerson;
}

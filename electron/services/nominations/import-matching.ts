import type { NomineeFields, NomineeKind } from '../../../shared/domain/nominees.ts';
import type { ImportMatch } from '../../../shared/import/import-preview.ts';
import { mergeIntoExisting } from '../../../shared/import/merge-fields.ts';
import { cleanText } from '../../../shared/text/normalize.ts';
import { prepared } from '../../db/statements.ts';
import type { ServiceContext } from '../core/context.ts';
import { fieldsOfRow, rowsByIds } from './nominee-rows.ts';

/** A live nominee of a unit a file's rows belong to, as matching and the preview's warnings need it. */
export interface LiveNominee {
  id: number;
  unitId: number;
  kind: NomineeKind;
  name: string;
  nameFolded: string;
  birthYear: number | null;
  withdrawn: boolean;
}

/** The live nominees of the given units, in the order they were added (one query for a whole file). */
export function liveNomineesOf(ctx: ServiceContext, campaignId: number, unitIds: readonly number[]): LiveNominee[] {
  const distinct = [...new Set(unitIds)];
  if (distinct.length === 0) return [];
  return prepared(
    ctx.db,
    `SELECT id, unit_id AS unitId, kind, name, name_folded AS nameFolded, birth_year AS birthYear, status = 'withdrawn' AS withdrawn
     FROM nominees WHERE campaign_id = ? AND deleted_at IS NULL AND unit_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
  )
    .all(campaignId, JSON.stringify(distinct))
    .map((row) => ({ ...(row as LiveNominee), withdrawn: (row as { withdrawn: number }).withdrawn === 1 }));
}

/** A name as the office would say it is the same: NFC, case and spacing ignored, diacritics kept. */
export const nameKey = (name: string) => cleanText(name).toLowerCase();

const compatibleYears = (a: number | null, b: number | null) => a === null || b === null || a === b;

export interface MatchedRow {
  row: number;
  fields: NomineeFields;
  match: ImportMatch | null;
  /** Whether the row updates its match (certain matches do unless told not to; uncertain ones only when told). */
  update: boolean;
  changes: string[];
}

/**
 * The nominee each imported row is, where it is one: same unit and kind, a name the same but for
 * spacing, case or Unicode form, birth years equal or one blank. Rows where that is less sure (the
 * name differs in diacritics, two nominees fit, or the birth years differ) are matched as
 * uncertain and added as new unless the office chooses "cập nhật". An update keeps what the file
 * leaves blank. Each nominee is updated by one row at most.
 */
export function matchImportedRows(
  ctx: ServiceContext,
  live: readonly LiveNominee[],
  rows: readonly { row: number; fields: NomineeFields; nameFolded: string }[],
  choices: ReadonlyMap<number, 'update' | 'create'>,
  ethnicName: (code: string) => string,
): MatchedRow[] {
  const byGroup = new Map<string, LiveNominee[]>();
  for (const nominee of live) {
    const key = `${nominee.unitId}\u0000${nominee.kind}\u0000${nominee.nameFolded}`;
    const group = byGroup.get(key);
    if (group) group.push(nominee);
    else byGroup.set(key, [nominee]);
  }
  const claimed = new Set<number>();
  const decided = rows.map(({ row, fields, nameFolded }) => {
    const group = byGroup.get(`${fields.unitId}\u0000${fields.kind}\u0000${nameFolded}`);
    const open = group?.filter((nominee) => !claimed.has(nominee.id)) ?? [];
    const match = open.length === 0 ? null : bestMatch(fields, open);
    const update = match !== null && (choices.get(row) ?? (match.certain ? 'update' : 'create')) === 'update';
    if (update && match) claimed.add(match.nomineeId);
    return { row, fields, match, update };
  });
  const existing = new Map(rowsByIds(ctx, [...claimed]).map((row) => [row.id, row]));
  return decided.map((entry) => {
    const before = entry.update && entry.match ? existing.get(entry.match.nomineeId) : undefined;
    if (!before) return { ...entry, changes: [] };
    const merged = mergeIntoExisting(fieldsOfRow(before), entry.fields, ethnicName);
    const changes = [...merged.changed, ...(merged.kept.length ? [`giữ ${merged.kept.join(', ')} đã có (ô trong tệp để trống)`] : [])];
    return { ...entry, fields: merged.fields, changes };
  });
}

function bestMatch(fields: NomineeFields, candidates: readonly LiveNominee[]): ImportMatch | null {
  const key = nameKey(fields.name);
  const compatible = candidates.filter((nominee) => compatibleYears(nominee.birthYear, fields.birthYear));
  const exact = compatible.filter((nominee) => nameKey(nominee.name) === key);
  const of = (nominee: LiveNominee, doubt: string | null): ImportMatch => ({
    nomineeId: nominee.id,
    name: nominee.name,
    birthYear: nominee.birthYear,
    certain: doubt === null,
    doubt,
  });
  const [first] = exact;
  if (first && exact.length === 1) return of(first, null);
  if (first) return of(first, `Đơn vị đã có ${exact.length} đề cử cùng tên "${first.name}"`);
  const [similar] = compatible;
  if (similar) return of(similar, `Tên trong tệp "${fields.name}" khác dấu với đề cử đã có "${similar.name}"`);
  const otherYear = candidates.find((nominee) => nameKey(nominee.name) === key);
  if (otherYear) {
    return of(otherYear, `Cùng tên nhưng khác năm sinh: tệp ghi ${fields.birthYear ?? ''}, đề cử đã có ${otherYear.birthYear ?? ''}`);
  }
  return null;
}

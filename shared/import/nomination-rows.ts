import { GENDER_LABELS, nomineeFieldsSchema, type Gender, type NomineeFields } from '../domain/nominees.ts';
import type { AcceptedRow, ImportPreview, RawRow, RejectedRow } from './import-preview.ts';
import { ethnicKey, matchEthnicity, type EthnicGroup } from '../domain/ethnic-match.ts';
import { collectiveName, parseBirthYear, parseGender, parseKind, personName } from '../domain/nominee-fields.ts';
import { TEMPLATE_COLUMNS, type TemplateColumnKey } from '../domain/template-columns.ts';
import { unitNameKey } from '../domain/units.ts';
import { toUnicodeVietnamese, type TextEncoding } from '../text/legacy-encodings.ts';
import { cleanText, foldText } from '../text/normalize.ts';

export interface RowInput {
  row: number;
  values: string[];
}

export interface ImportUnit {
  id: number;
  name: string;
  title: string;
}

export interface ImportContext {
  units: readonly ImportUnit[];
  groups: readonly EthnicGroup[];
  thisYear: number;
  chosenUnitId?: number | null;
  /**
   * The office's answer to a name that can mean several groups, by ethnicKey of the name as
   * written: chosen in this preview, or earlier for the row's unit.
   */
  ethnicChoice?: (unitId: number, writtenKey: string) => { code: string; earlier: boolean } | null;
}

interface RowContext extends ImportContext {
  unitFromName: (text: string) => ImportUnit | null;
}

export class NoHeaderError extends Error {}

const headerKey = (text: string) =>
  foldText(text)
    .replace(/\(.*?\)/gu, '')
    .replace(/[^a-z0-9/ ]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();

function columnFor(cell: string): TemplateColumnKey | null {
  const key = headerKey(toUnicodeVietnamese(cell).text);
  if (!key) return null;
  for (const column of TEMPLATE_COLUMNS) {
    if (headerKey(column.header) === key || column.aliases.some((alias) => headerKey(alias) === key)) return column.key;
  }
  return null;
}

function findHeader(rows: readonly RowInput[]): { row: number; columns: Map<TemplateColumnKey, number> } {
  for (const candidate of rows.slice(0, 40)) {
    const columns = new Map<TemplateColumnKey, number>();
    candidate.values.forEach((cell, index) => {
      const key = columnFor(cell);
      if (key && !columns.has(key)) columns.set(key, index);
    });
    if (columns.has('name') && columns.size >= 4) return { row: candidate.row, columns };
  }
  throw new NoHeaderError('Không tìm thấy dòng tiêu đề của bảng (cần các cột như "Họ và tên / Tên tập thể", "Loại", "Dân tộc").');
}

function unitFromText(text: string, units: readonly ImportUnit[]): ImportUnit | null {
  const folded = foldText(toUnicodeVietnamese(text).text);
  return units.find((unit) => folded.includes(foldText(unit.title))) ?? null;
}

/** Unit names keyed for the district column, folded once per file rather than once per row. */
function unitsByName(units: readonly ImportUnit[]): (text: string) => ImportUnit | null {
  const byKey = new Map(units.map((unit) => [foldText(unit.name), unit] as const));
  const decided = new Map<string, ImportUnit | null>();
  return (text) => {
    let found = decided.get(text);
    if (found === undefined) {
      const key = unitNameKey(toUnicodeVietnamese(text).text);
      found = key ? (byKey.get(key) ?? null) : null;
      decided.set(text, found);
    }
    return found;
  };
}

/** The file's own encoding: most cells that needed converting agree on one. */
function fileEncoding(rows: readonly RowInput[]): TextEncoding {
  const votes: Record<TextEncoding, number> = { unicode: 0, tcvn3: 0, vni: 0 };
  for (const row of rows) for (const cell of row.values) if (cell) votes[toUnicodeVietnamese(cell).encoding] += 1;
  return votes.tcvn3 === 0 && votes.vni === 0 ? 'unicode' : votes.tcvn3 >= votes.vni ? 'tcvn3' : 'vni';
}

const ENCODING_NAMES: Record<TextEncoding, string> = { unicode: 'Unicode', tcvn3: 'TCVN3 (ABC)', vni: 'VNI' };

function readRaw(values: string[], columns: Map<TemplateColumnKey, number>, encoding: TextEncoding, notes: Set<string>): RawRow {
  const raw: RawRow = {};
  for (const [key, index] of columns) {
    const original = values[index] ?? '';
    if (!original) continue;
    const decoded = toUnicodeVietnamese(original, encoding);
    if (decoded.encoding !== 'unicode') notes.add(`chuyển từ mã ${ENCODING_NAMES[decoded.encoding]}`);
    const nfc = decoded.text.normalize('NFC');
    if (decoded.encoding === 'unicode' && original !== nfc) notes.add('chuẩn hóa Unicode dựng sẵn');
    const clean = cleanText(nfc);
    if (clean !== nfc) notes.add('bỏ khoảng trắng thừa');
    raw[key] = clean;
  }
  return raw;
}

/** One row of the sheet, read into a nominee or rejected with its reason. */
function interpretRow(
  row: number,
  raw: RawRow,
  unit: ImportUnit | null,
  context: RowContext,
  notes: Set<string>,
): AcceptedRow | RejectedRow {
  const reject = (reason: string): RejectedRow => ({ row, reason, values: raw });
  if (!raw.name) return reject('Thiếu họ tên / tên tập thể.');
  const rowUnit = (raw.district ? context.unitFromName(raw.district) : null) ?? unit;
  if (!rowUnit) return reject('Không xác định được đơn vị (ghi tên đơn vị ở tiêu đề tệp hoặc cột Huyện).');
  let kind: NomineeFields['kind'];
  if (raw.kind) {
    const parsed = parseKind(raw.kind);
    if (!parsed.ok) return reject(`${parsed.reason}.`);
    kind = parsed.value;
    if (raw.kind !== (kind === 'collective' ? 'Tập thể' : 'Cá nhân'))
      notes.add(`Loại "${raw.kind}" → ${kind === 'collective' ? 'Tập thể' : 'Cá nhân'}`);
  } else if (raw.collectiveForm || raw.representative) kind = 'collective';
  else if (raw.gender || raw.birthYear) kind = 'individual';
  else return reject('Thiếu Loại (Tập thể hoặc Cá nhân).');
  let gender: Gender | null = null;
  if (raw.gender) {
    const parsed = parseGender(raw.gender);
    if (!parsed.ok) return reject(`${parsed.reason}.`);
    gender = parsed.value;
    const shown = gender ? GENDER_LABELS[gender] : '';
    if (raw.gender !== shown) notes.add(`Giới tính "${raw.gender}" → ${shown}`);
  }
  let birthYear: number | null = null;
  if (raw.birthYear) {
    const parsed = parseBirthYear(raw.birthYear, context.thisYear);
    if (!parsed.ok) return reject(`${parsed.reason}.`);
    birthYear = parsed.value;
    if (raw.birthYear !== String(birthYear)) notes.add(`Năm sinh "${raw.birthYear}" → ${birthYear}`);
  }
  let ethnicCode: string | null = null;
  if (raw.ethnicity) {
    const match = matchEthnicity(raw.ethnicity, context.groups);
    const nameOf = (code: string) => context.groups.find((group) => group.code === code)?.displayName ?? code;
    if (match.kind === 'unknown') return reject(`Dân tộc "${raw.ethnicity}" không có trong danh mục 54 dân tộc.`);
    if (match.kind === 'ambiguous') {
      const choice = context.ethnicChoice?.(rowUnit.id, ethnicKey(raw.ethnicity)) ?? null;
      if (!choice || !match.codes.includes(choice.code)) {
        return {
          ...reject(`Dân tộc "${raw.ethnicity}" có thể là ${match.codes.map(nameOf).join(' hoặc ')}: hãy chọn dân tộc đúng.`),
          ethnicQuestion: { written: raw.ethnicity, candidates: match.codes.map((code) => ({ code, name: nameOf(code) })) },
        };
      }
      ethnicCode = choice.code;
      notes.add(
        `Dân tộc "${raw.ethnicity}" → ${nameOf(choice.code)} (${choice.earlier ? 'như đã chọn ở lần nhập trước của đơn vị' : 'đã chọn'})`,
      );
    } else {
      ethnicCode = match.code;
      const official = nameOf(match.code);
      if (match.alsoWrittenFor) {
        notes.add(
          `Dân tộc "${raw.ethnicity}" → ${official} (tên chính thức; nếu tệp muốn nói ${match.alsoWrittenFor.map(nameOf).join(' hay ')}, hãy sửa)`,
        );
      } else if (raw.ethnicity !== official) notes.add(`Dân tộc "${raw.ethnicity}" → ${official}`);
    }
  }
  const name = kind === 'individual' ? personName(raw.name) : collectiveName(raw.name);
  if (name !== raw.name) notes.add(`Tên "${raw.name}" → "${name}"`);
  const fields: NomineeFields = {
    unitId: rowUnit.id,
    kind,
    name,
    collectiveForm: kind === 'collective' ? (raw.collectiveForm ?? null) : null,
    representative: kind === 'collective' && raw.representative ? personName(raw.representative) : null,
    gender: kind === 'individual' ? gender : null,
    birthYear: kind === 'individual' ? birthYear : null,
    ethnicCode,
    position: raw.position ?? '',
    village: raw.village ?? '',
    commune: raw.commune ?? '',
    district: raw.district ?? '',
    phone: raw.phone ?? '',
    achievementField: raw.achievementField ?? '',
    achievementSummary: raw.achievementSummary ?? '',
    priorAwards: raw.priorAwards ?? '',
  };
  // The same limits as a nominee typed in the app (lengths, years, codes): no path into the database skips them.
  const checked = nomineeFieldsSchema.safeParse(fields);
  if (!checked.success) {
    return reject(`${checked.error.issues[0]?.message ?? 'Dữ liệu không hợp lệ'}.`);
  }
  return { row, notes: [...notes], fields: checked.data };
}

/**
 * Reads a filled template, or one a district edited by hand: finds the header row wherever it
 * is, the columns whatever their order, the unit from the title or the rows; every row below
 * the header is accepted (with what was normalised), rejected (with why), or blank.
 */
export function interpretRows(
  rows: readonly RowInput[],
  context: ImportContext,
  corrections: ReadonlyMap<number, RawRow> = new Map(),
): ImportPreview {
  const header = findHeader(rows);
  const encoding = fileEncoding(rows);
  const above = rows.filter((row) => row.row < header.row);
  let unit: ImportUnit | null = null;
  let unitSource: ImportPreview['unitSource'] = null;
  for (const row of above) {
    unit = row.values.map((cell) => unitFromText(cell, context.units)).find((found) => found !== null) ?? null;
    if (unit) {
      unitSource = 'title';
      break;
    }
  }
  const body = rows.filter((row) => row.row > header.row);
  const rowContext: RowContext = { ...context, unitFromName: unitsByName(context.units) };
  if (!unit) {
    const districtColumn = header.columns.get('district');
    const counts = new Map<number, number>();
    for (const row of body) {
      const found = districtColumn === undefined ? null : rowContext.unitFromName(row.values[districtColumn] ?? '');
      if (found) counts.set(found.id, (counts.get(found.id) ?? 0) + 1);
    }
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    unit = top ? (context.units.find((candidate) => candidate.id === top[0]) ?? null) : null;
    if (unit) unitSource = 'rows';
  }
  if (!unit && context.chosenUnitId) {
    unit = context.units.find((candidate) => candidate.id === context.chosenUnitId) ?? null;
    if (unit) unitSource = 'chosen';
  }
  const preview: ImportPreview = {
    headerRow: header.row,
    unitId: unit?.id ?? null,
    unitTitle: unit?.title ?? null,
    unitSource,
    encoding,
    accepted: [],
    rejected: [],
    blankRows: [],
  };
  for (const row of body) {
    const notes = new Set<string>();
    const raw = { ...readRaw(row.values, header.columns, encoding, notes), ...(corrections.get(row.row) ?? {}) };
    if (corrections.has(row.row)) notes.add('đã sửa khi xem trước');
    const { stt: _stt, ...content } = raw;
    if (Object.values(content).every((value) => !value)) {
      preview.blankRows.push(row.row);
      continue;
    }
    const result = interpretRow(row.row, raw, unit, rowContext, notes);
    if ('fields' in result) preview.accepted.push(result);
    else preview.rejected.push(result);
  }
  return preview;
}

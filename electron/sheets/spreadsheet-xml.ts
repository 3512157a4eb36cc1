/**
 * The few parts of SpreadsheetML (ECMA-376 part 1, §18) an import needs: the workbook's sheet
 * list, shared strings, which cell styles are dates, and the cells of one sheet. A full object
 * model (exceljs) took as long to load a 5,000-row file as openpyxl takes to read it; the issue
 * asks for the whole preview in that time, so cells are scanned straight from the XML.
 * Element names may carry a namespace prefix (`<x:c>`), as .NET-written files do.
 */

import { cellTooFarRight, cellTooLong, SHEET_LIMITS, tooManyRows } from './sheet-limits.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function codePoint(value: number, whole: string): string {
  return Number.isInteger(value) && value >= 0 && value <= 0x10ffff ? String.fromCodePoint(value) : whole;
}

/** XML character references and entities (CDATA kept as written), then Excel's own `_x000D_` escapes. */
export function decodeXmlText(raw: string): string {
  if (raw.includes('<![CDATA[')) {
    return raw
      .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/u)
      .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeXmlText(part)))
      .join('');
  }
  let text =
    raw.indexOf('&') === -1
      ? raw
      : raw.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/gu, (whole, name: string) => {
          if (name.startsWith('#x')) return codePoint(Number.parseInt(name.slice(2), 16), whole);
          if (name.startsWith('#')) return codePoint(Number.parseInt(name.slice(1), 10), whole);
          return ENTITIES[name] ?? whole;
        });
  if (text.indexOf('_x') !== -1)
    text = text.replace(/_x([0-9A-Fa-f]{4})_/gu, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return text;
}

/** The attributes of one start tag, by local name (`r:id` → `id`). */
export function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu)) {
    const name = (match[1] ?? '').replace(/^[\w.-]+:/u, '');
    found.set(name, decodeXmlText(match[2] ?? match[3] ?? ''));
  }
  return found;
}

/** The text of every `<t>` inside a string item or inline string, skipping phonetic runs (`<rPh>`). */
export function stringItemText(xml: string): string {
  const withoutPhonetic = xml.indexOf('rPh') === -1 ? xml : xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/gu, '');
  let text = '';
  for (const match of withoutPhonetic.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/gu)) text += decodeXmlText(match[1] ?? '');
  return text;
}

export function sharedStrings(xml: string): string[] {
  const strings: string[] = [];
  for (const match of xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/gu))
    strings.push(stringItemText(match[1] ?? ''));
  return strings;
}

export interface SheetEntry {
  name: string;
  visible: boolean;
  /** The part's path inside the package, e.g. `xl/worksheets/sheet1.xml`. */
  part: string;
}

/** The workbook's sheets in tab order, with the part each one is stored in. */
export function workbookSheets(workbookXml: string, relsXml: string): SheetEntry[] {
  const targets = new Map<string, string>();
  for (const match of relsXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/gu)) {
    const attrs = attributes(match[0]);
    const id = attrs.get('Id');
    const target = attrs.get('Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//u, '')}`);
  }
  const sheets: SheetEntry[] = [];
  for (const match of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/gu)) {
    const attrs = attributes(match[0]);
    const part = targets.get(attrs.get('id') ?? '');
    if (part) sheets.push({ name: attrs.get('name') ?? '', visible: (attrs.get('state') ?? 'visible') === 'visible', part });
  }
  return sheets;
}

/** Built-in number formats that show a date (ECMA-376 §18.8.30), including the East Asian ones. */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58]);

/** A format code shows a date when, outside quotes, brackets and escapes, it has d, m or y. */
function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./gu, '');
  return /[dmy]/iu.test(bare) && !/^[#0.,%\s]*$/u.test(bare);
}

/** For each cell style index (the `s` of a cell), whether it shows a date. */
export function dateStyles(stylesXml: string): boolean[] {
  const custom = new Map<number, boolean>();
  // Only the workbook's own formats: those inside <dxfs> belong to conditional formatting.
  const numFmts = /<(?:\w+:)?numFmts\b[^>]*>([\s\S]*?)<\/(?:\w+:)?numFmts>/u.exec(stylesXml)?.[1] ?? '';
  for (const match of numFmts.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/gu)) {
    const attrs = attributes(match[0]);
    custom.set(Number(attrs.get('numFmtId')), isDateFormatCode(attrs.get('formatCode') ?? ''));
  }
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/u.exec(stylesXml)?.[1] ?? '';
  const styles: boolean[] = [];
  for (const match of cellXfs.matchAll(/<(?:\w+:)?xf\b[^>]*>/gu)) {
    const id = Number(attributes(match[0]).get('numFmtId') ?? 0);
    styles.push(custom.get(id) ?? BUILT_IN_DATE_FORMATS.has(id));
  }
  return styles;
}

/** Excel's day number (1900 system, with its phantom 29 Feb 1900) as dd/mm/yyyy. */
export function serialToDate(serial: number, date1904: boolean): string {
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  // Before 1 March 1900 Excel counts from 31 Dec 1899; after it, the phantom leap day shifts it to 30 Dec.
  const epoch = days < 61 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const date = new Date(epoch + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/** "AB" → 27 (0-based column index). */
function columnIndex(reference: string): number {
  let index = 0;
  for (let i = 0; i < reference.length; i += 1) {
    const code = reference.charCodeAt(i);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

export interface CellContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** One attribute of a start tag's attribute text, in double or single quotes. */
function attribute(attrs: string, name: 'r' | 's' | 't'): string | undefined {
  const match = (
    name === 'r'
      ? /\br\s*=\s*(?:"([^"]*)"|'([^']*)')/u
      : name === 's'
        ? /\bs\s*=\s*(?:"([^"]*)"|'([^']*)')/u
        : /\bt\s*=\s*(?:"([^"]*)"|'([^']*)')/u
  ).exec(attrs);
  return match ? (match[1] ?? match[2]) : undefined;
}

function cellText(attrs: string, inner: string, context: CellContext): string {
  const type = attribute(attrs, 't') ?? 'n';
  if (type === 'inlineStr') return stringItemText(inner);
  const value = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/u.exec(inner)?.[1];
  if (value === undefined || value.trim() === '') return '';
  if (type === 's') return context.strings[Number(value)] ?? '';
  if (type === 'str' || type === 'e') return decodeXmlText(value);
  if (type === 'b') return value === '1' ? 'TRUE' : 'FALSE';
  if (type === 'd') {
    // An ISO 8601 date cell (Strict files): shown as dd/mm/yyyy like the others.
    const iso = /^(\d{4})-(\d{2})-(\d{2})/u.exec(value.trim());
    return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : decodeXmlText(value);
  }
  const style = attribute(attrs, 's');
  const number = Number(value);
  if (!Number.isFinite(number)) return value;
  if (style !== undefined && context.dateStyles[Number(style)]) return serialToDate(number, context.date1904);
  return String(number);
}

export interface ScannedRow {
  row: number;
  values: string[];
}

/** "A1:C3" → 0-based rows and columns of its corners, or null when it is not a range. */
function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const match = /^\$?([A-Za-z]+)\$?(\d+):\$?([A-Za-z]+)\$?(\d+)$/u.exec(ref.trim());
  if (!match) return null;
  return {
    left: columnIndex((match[1] ?? '').toUpperCase()),
    top: Number(match[2]),
    right: columnIndex((match[3] ?? '').toUpperCase()),
    bottom: Number(match[4]),
  };
}

/**
 * A merged cell shows its first cell's value over the whole range, and districts merge the Huyện
 * or Lĩnh vực column over several people: every covered cell gets that value, as Excel shows it
 * (and as exceljs read it). Ranges are cut at the last row with data and at the column limit.
 */
function fillMergedCells(xml: string, rows: ScannedRow[]): ScannedRow[] {
  const byNumber = new Map(rows.map((row) => [row.row, row]));
  const lastRow = rows.reduce((last, row) => Math.max(last, row.row), 0);
  for (const match of xml.matchAll(/<(?:\w+:)?mergeCell\b([^>]*)>/gu)) {
    const range = parseRange(attributes(match[0]).get('ref') ?? '');
    if (!range) continue;
    const value = byNumber.get(range.top)?.values[range.left];
    if (!value) continue;
    for (let rowNumber = range.top; rowNumber <= Math.min(range.bottom, lastRow); rowNumber += 1) {
      let row = byNumber.get(rowNumber);
      if (!row) {
        row = { row: rowNumber, values: [] };
        byNumber.set(rowNumber, row);
      }
      for (let column = range.left; column <= Math.min(range.right, SHEET_LIMITS.columns - 1); column += 1)
        if (!row.values[column]) row.values[column] = value;
    }
  }
  return [...byNumber.values()].sort((a, b) => a.row - b.row);
}

/**
 * The rows of a worksheet that have at least one non-empty cell, each with its cell texts by
 * column (merged ranges filled). Rows and cells without an `r` reference follow the one before,
 * as the format allows.
 */
export function scanWorksheet(xml: string, context: CellContext): ScannedRow[] {
  const rows: ScannedRow[] = [];
  const opening = /<(\w+:)?sheetData\b[^>]*?(\/?)>/u.exec(xml);
  if (!opening || opening[2] === '/') return rows;
  const prefix = opening[1] ?? '';
  const dataEnd = xml.indexOf(`</${prefix}sheetData>`, opening.index);
  const end = dataEnd === -1 ? xml.length : dataEnd;
  const cellClose = `</${prefix}c>`;
  const tags = new RegExp(`<${prefix}(row|c)\\b([^>]*?)(/?)>`, 'gu');
  tags.lastIndex = opening.index + opening[0].length;
  let current: ScannedRow | null = null;
  let rowNumber = 0;
  let column = -1;
  for (let match = tags.exec(xml); match !== null && match.index < end; match = tags.exec(xml)) {
    const attrs = match[2] ?? '';
    if (match[1] === 'row') {
      const r = attribute(attrs, 'r');
      rowNumber = r !== undefined && /^\d+$/u.test(r) ? Number(r) : rowNumber + 1;
      column = -1;
      current = { row: rowNumber, values: [] };
      if (rows.push(current) > SHEET_LIMITS.rows) throw tooManyRows();
      continue;
    }
    let inner = '';
    if (match[3] !== '/') {
      const close = xml.indexOf(cellClose, tags.lastIndex);
      const stop = close === -1 || close > end ? end : close;
      inner = xml.slice(tags.lastIndex, stop);
      tags.lastIndex = stop + cellClose.length;
    }
    const reference = /^\$?([A-Za-z]+)\$?(\d+)$/u.exec(attribute(attrs, 'r') ?? '');
    column = reference ? columnIndex((reference[1] ?? '').toUpperCase()) : column + 1;
    if (!current) {
      rowNumber = reference ? Number(reference[2]) : 1;
      current = { row: rowNumber, values: [] };
      rows.push(current);
    }
    const text = cellText(attrs, inner, context);
    if (text === '') continue;
    const where = reference ? `${reference[1] ?? ''}${reference[2] ?? ''}` : `dòng ${rowNumber}`;
    // Checked before the cell is kept: a reference far to the right must not make a huge row.
    if (column >= SHEET_LIMITS.columns) throw cellTooFarRight(where, column);
    if (text.length > SHEET_LIMITS.cellLength) throw cellTooLong(where, text.length);
    current.values[column] = text;
  }
  return fillMergedCells(xml.slice(end), rows)
    .filter((row) => row.values.some((value) => value !== ''))
    .map((row) => ({ row: row.row, values: Array.from(row.values, (value) => value ?? '') }));
}

/**
 * Text normalisation used everywhere text is stored or searched.
 * Stored text is NFC with collapsed inner spaces; search uses a folded copy
 * (no diacritics, đ→d, lower case) so "hoang thi mai" finds "Hoàng Thị Mai".
 */

/**
 * Characters that show nothing yet make two equal-looking names differ, or reorder what is shown:
 * zero-width space and joiners, LRM/RLM, bidi embeddings, overrides and isolates, word joiner and
 * invisible operators, soft hyphen, BOM. Vietnamese needs none of them (its marks are composed by NFC).
 */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;

// Anything cleanText would change besides NFC: control characters, whitespace other than a single
// plain space, or space at either end. Most cells have none, and skip the replacing.
const NEEDS_CLEANING =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|[^\S ]| {2}|^ | $/u;

/** NFC, trimmed, runs of whitespace collapsed to one space. */
export function cleanText(value: string): string {
  const nfc = value.normalize('NFC');
  if (!NEEDS_CLEANING.test(nfc)) return nfc;
  return (
    nfc
      // Control characters (NUL, form feed …) pasted from other programs are dropped.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu, '')
      .replace(INVISIBLE, '')
      .replace(/\s+/gu, ' ')
      .trim()
  );
}

/** NFC and trimmed, but keeps line breaks (for multi-line fields such as addresses). */
export function cleanMultiline(value: string): string {
  return value
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .split(/\r?\n/u)
    .map((line) => line.replace(/[ \t\u00a0]+/gu, ' ').trim())
    .join('\n')
    .trim();
}

/** The folded search key: diacritics removed, đ→d, lower case, spaces collapsed. */
export function foldText(value: string): string {
  return value
    .replace(INVISIBLE, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Compares Vietnamese strings in dictionary order (a < ă < â < b …). */
// Made on first use: building an ICU collator costs milliseconds at every start otherwise.
let vietnameseCollator: Intl.Collator | null = null;

export function compareVietnamese(a: string, b: string): number {
  vietnameseCollator ??= new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
  return vietnameseCollator.compare(a, b);
}

/** Letters without diacritics (đ→d, Đ→D), case kept, anything else a hyphen: "Huyện Sơn Động" → "Huyen-Son-Dong". */
export function asciiFileName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .replace(/[^A-Za-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
}

export function isNfc(value: string): boolean {
  return value === value.normalize('NFC');
}

/**
 * Text typed with the legacy Vietnamese font encodings that older office PCs still use:
 * TCVN3 (ABC, the ".VnTime" fonts, one byte per letter) and VNI-Windows (a base letter followed
 * by mark characters). Excel stores such text as Latin-1 characters; this turns it into Unicode.
 */

const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const; // none, huyền, hỏi, ngã, sắc, nặng

/** TCVN3 lower-case letters in tone order (none, huyền, hỏi, ngã, sắc, nặng), from their byte codes. */
const TCVN3_ROWS: [string, number[]][] = [
  ['a', [0x61, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ['ă', [0xa8, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ['â', [0xa9, 0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ['e', [0x65, 0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ['ê', [0xaa, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ['i', [0x69, 0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ['o', [0x6f, 0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ['ô', [0xab, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ['ơ', [0xac, 0xea, 0xeb, 0xec, 0xed, 0xee]],
  ['u', [0x75, 0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ['ư', [0xad, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ['y', [0x79, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
];

const TCVN3: Map<string, string> = (() => {
  const map = new Map<string, string>([
    ['\u00ae', 'đ'],
    ['\u00a7', 'Đ'],
    ['\u00a1', 'Ă'],
    ['\u00a2', 'Â'],
    ['\u00a3', 'Ê'],
    ['\u00a4', 'Ô'],
    ['\u00a5', 'Ơ'],
    ['\u00a6', 'Ư'],
  ]);
  for (const [base, codes] of TCVN3_ROWS) {
    codes.forEach((code, tone) => {
      if (code >= 0x80) map.set(String.fromCharCode(code), `${base}${TONES[tone]}`.normalize('NFC'));
    });
  }
  return map;
})();

/** VNI-Windows: base letter, then a mark for the letter (â ă ê ô ơ ư đ) and one for the tone. */
const VNI_TONE_PLAIN = ['', 'ø', 'û', 'õ', 'ù', 'ï']; // after a e o u y ơ ư
const VNI_TONE_HAT = ['', 'à', 'å', 'ã', 'á', 'ä']; // after â ê ô
const VNI_TONE_BREVE = ['', 'è', 'ú', 'ü', 'é', 'ë']; // after ă

const VNI: Map<string, string> = (() => {
  const map = new Map<string, string>();
  const add = (vni: string, unicode: string) => {
    map.set(vni, unicode.normalize('NFC'));
    map.set(vni.toUpperCase(), unicode.normalize('NFC').toUpperCase());
  };
  // [letter typed, unicode base, tone marks]; â ê ô and ă carry their hat or breve inside the tone mark.
  const letters: [string, string, string[]][] = [
    ['a', 'a', VNI_TONE_PLAIN],
    ['e', 'e', VNI_TONE_PLAIN],
    ['o', 'o', VNI_TONE_PLAIN],
    ['u', 'u', VNI_TONE_PLAIN],
    ['y', 'y', VNI_TONE_PLAIN],
    ['ô', 'ơ', VNI_TONE_PLAIN],
    ['ö', 'ư', VNI_TONE_PLAIN],
    ['a', 'â', VNI_TONE_HAT],
    ['e', 'ê', VNI_TONE_HAT],
    ['o', 'ô', VNI_TONE_HAT],
    ['a', 'ă', VNI_TONE_BREVE],
  ];
  for (const [vni, base, marks] of letters) {
    marks.forEach((mark, tone) => {
      if (tone > 0) add(`${vni}${mark}`, `${base}${TONES[tone]}`);
    });
  }
  add('aâ', 'â');
  add('eâ', 'ê');
  add('oâ', 'ô');
  add('aê', 'ă');
  add('ô', 'ơ');
  add('ö', 'ư');
  // i takes single characters; ỵ has its own.
  ['í', 'ì', 'æ', 'ó', 'ò'].forEach((code, index) => add(code, `i${TONES[[4, 1, 2, 3, 5][index] ?? 0]}`));
  add('î', 'ỵ');
  add('ñ', 'đ');
  return map;
})();

const VIETNAMESE_LETTERS = /^[\p{Script=Latin}\d\s.,;:!?()'"“”‘’\-–/&%+*#@_[\]]*$/u;
const VIET_SPECIFIC = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';
const NOT_VIETNAMESE = new RegExp(`[^a-z0-9\\s.,;:!?()'"“”‘’\\-–/&%+*#@_\\[\\]${VIET_SPECIFIC}]`, 'u');

/** True when every letter is one Vietnamese (Unicode) uses. */
export function looksLikeUnicodeVietnamese(text: string): boolean {
  return VIETNAMESE_LETTERS.test(text) && !NOT_VIETNAMESE.test(text.normalize('NFC').toLowerCase());
}

function convertLongestFirst(text: string, table: Map<string, string>, longest: number): string {
  let out = '';
  for (let at = 0; at < text.length;) {
    let matched = false;
    for (let size = longest; size >= 1; size -= 1) {
      const piece = text.slice(at, at + size);
      const found = piece.length === size ? table.get(piece) : undefined;
      if (found !== undefined) {
        out += found;
        at += size;
        matched = true;
        break;
      }
    }
    if (!matched) {
      out += text[at] ?? '';
      at += 1;
    }
  }
  return out;
}

export function tcvn3ToUnicode(text: string): string {
  return convertLongestFirst(text, TCVN3, 1);
}

export function vniToUnicode(text: string): string {
  return convertLongestFirst(text, VNI, 2);
}

/** Vowel groups a Vietnamese syllable can have (tones removed), after the onsets "qu" and "gi". */
const NUCLEI = new Set(
  (
    'a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy ưa ưi ưu ươ yê ' +
    'iêu oai oao oay oeo uây uôi ươi ươu uya uyê uyu yêu uê'
  ).split(' '),
);
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** How many words of the text cannot be Vietnamese syllables (two tones, or an impossible vowel group). */
export function impossibleSyllables(text: string): number {
  let bad = 0;
  for (const word of text
    .toLowerCase()
    .normalize('NFD')
    .split(/[^\p{L}\u0300-\u036f]+/u)) {
    if (!word) continue;
    const tones = word.match(TONE_MARKS)?.length ?? 0;
    const plain = word.replace(TONE_MARKS, '').normalize('NFC');
    const rest = plain.replace(/^qu(?=[aăâeêioôơuưy])/u, 'q').replace(/^gi(?=[aăâeêoôơuưy])/u, 'g');
    const groups = rest.match(/[aăâeêioôơuưy]+/gu) ?? [];
    if (tones > 1 || groups.length > 1 || (groups[0] !== undefined && !NUCLEI.has(groups[0]))) bad += 1;
  }
  return bad;
}

export type TextEncoding = 'unicode' | 'tcvn3' | 'vni';

/**
 * Recognises a legacy encoding by what converting gives: text that is already good Vietnamese
 * stays as it is; otherwise the conversion that gives real Vietnamese syllables wins.
 */
const PLAIN_ASCII = /^[\x20-\x7e]*$/u;
// Letters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư, the precomposed toned vowels, combining
// marks): TCVN3 and VNI text as Excel stores it is Latin-1, so it never contains them.
const UNICODE_ONLY = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]|[\u0300-\u036f]/u;
const remembered = new Map<string, { text: string; encoding: TextEncoding }>();

export function toUnicodeVietnamese(text: string, preferred?: TextEncoding): { text: string; encoding: TextEncoding } {
  // Plain ASCII cannot be a legacy encoding; repeated cells (names of units, fields) are decided once.
  if (PLAIN_ASCII.test(text)) return { text, encoding: 'unicode' };
  if (UNICODE_ONLY.test(text)) return { text: text.normalize('NFC'), encoding: 'unicode' };
  const key = `${preferred ?? ''}\u0000${text}`;
  const known = remembered.get(key);
  if (known) return known;
  const decided = decideEncoding(text, preferred);
  if (remembered.size > 50_000) remembered.clear();
  remembered.set(key, decided);
  return decided;
}

function decideEncoding(text: string, preferred?: TextEncoding): { text: string; encoding: TextEncoding } {
  const original = { text: text.normalize('NFC'), encoding: 'unicode' as TextEncoding };
  const originalFine = looksLikeUnicodeVietnamese(text);
  if (originalFine && impossibleSyllables(text) === 0) return original;
  const candidates = [
    { text: tcvn3ToUnicode(text), encoding: 'tcvn3' as TextEncoding },
    { text: vniToUnicode(text), encoding: 'vni' as TextEncoding },
  ]
    .filter((candidate) => candidate.text !== text && looksLikeUnicodeVietnamese(candidate.text))
    .map((candidate) => ({ ...candidate, bad: impossibleSyllables(candidate.text) + (candidate.encoding === preferred ? -0.5 : 0) }))
    .sort((a, b) => a.bad - b.bad);
  const best = candidates[0];
  if (!best) return original;
  if (originalFine && best.bad >= impossibleSyllables(text)) return original;
  return { text: best.text, encoding: best.encoding };
}

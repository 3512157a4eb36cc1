import metrics from '../../resources/fonts/times-metrics.json' with { type: 'json' };

/**
 * Text widths in Times New Roman, from the advance widths of its metric twin Liberation Serif,
 * so the short rules under the agency name, the Tiêu ngữ and the trích yếu have the lengths
 * Nghị định 30/2020 asks for, and the format check can tell whether a line would wrap.
 */
type Widths = Record<string, number>;
const regular: Widths = metrics.regular;
const bold: Widths = metrics.bold;
const MM_PER_PT = 25.4 / 72;

function advance(table: Widths, char: string): number {
  const direct = table[char];
  if (direct !== undefined) return direct;
  // A letter with diacritics is as wide as its base letter (ă, ế, ự …).
  const base = char.normalize('NFD').replace(/[\u0300-\u036f]/gu, '');
  return table[base] ?? table[base.normalize('NFC')] ?? table.n ?? 1000;
}

/** Width of a line of text in millimetres at the given size in points. */
export function textWidthMm(text: string, sizePt: number, isBold = false): number {
  const table = isBold ? bold : regular;
  let units = 0;
  for (const char of text.normalize('NFC')) units += advance(table, char);
  return (units / metrics.unitsPerEm) * sizePt * MM_PER_PT;
}

/** The short rule under a heading: a share of the text's width, kept between a third and a half. */
export function ruleLengthMm(text: string, sizePt: number, share = 0.4): number {
  const width = textWidthMm(text, sizePt, true);
  return Math.min(width / 2, Math.max(width / 3, width * share));
}

export const MM_TO_TWIPS = 1440 / 25.4;

import { SIZE, TEXT_WIDTH_MM } from '../layout.ts';
import { textWidthMm } from '../metrics.ts';

/**
 * Breaks a trích yếu into centred lines of similar length, as typists do, instead of letting
 * the last line hold one or two words. Lines that fit the text width stay as they are.
 */
export function splitSummary(text: string, maxWidthMm = TEXT_WIDTH_MM - 20): string[] {
  const words = text.split(' ').filter(Boolean);
  const width = (line: string) => textWidthMm(line, SIZE.summary, true);
  if (width(text) <= maxWidthMm) return [text];
  const lineCount = Math.ceil(width(text) / maxWidthMm);
  const target = width(text) / lineCount;
  const lines: string[] = [];
  let current: string[] = [];
  for (const word of words) {
    const candidate = [...current, word].join(' ');
    if (current.length > 0 && lines.length < lineCount - 1 && width(candidate) > target + width(word) / 2) {
      lines.push(current.join(' '));
      current = [word];
    } else {
      current.push(word);
    }
  }
  if (current.length > 0) lines.push(current.join(' '));
  return lines;
}

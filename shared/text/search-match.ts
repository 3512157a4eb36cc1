import { foldText } from './normalize.ts';

/**
 * Whether a piece of text answers a search as users type it: accents and case do not matter,
 * and every typed word must be found — one or two letters at the start of a word ("ly" finds
 * Lý, "nu" finds Nữ), three or more anywhere ("oang" finds Hoàng). The list of nominees searches
 * the same way.
 */
export function matchesSearch(text: string, search: string): boolean {
  const words = foldText(search).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = ` ${foldText(text)}`;
  return words.every((word) => haystack.includes([...word].length >= 3 ? word : ` ${word}`));
}

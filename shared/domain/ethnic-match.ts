import { foldText } from '../text/normalize.ts';

export interface EthnicGroup {
  code: string;
  name: string;
  displayName: string;
  otherSpellings: string[];
  aliases: string[];
  ambiguousAliases: string[];
  minority: boolean;
}

export type EthnicMatch =
  | { kind: 'found'; code: string; via: 'name' | 'spelling' | 'alias' | 'code' }
  | { kind: 'ambiguous'; codes: string[] }
  | { kind: 'unknown' };

/** spec/dan-toc.md §1.3: NFC, fold diacritics and case, drop ' ’ - and spaces. */
export function ethnicKey(value: string): string {
  return foldText(value).replace(/['’\-\s]/gu, '');
}

/**
 * Finds an ethnic group by its official name, another spelling, a local or old name, or its
 * two-digit code. A name that could mean several groups (Thổ, Mán, Trại …) is never guessed.
 */
export function matchEthnicity(input: string, groups: readonly EthnicGroup[]): EthnicMatch {
  const key = ethnicKey(input);
  if (!key) return { kind: 'unknown' };
  if (/^\d{1,2}$/u.test(key)) {
    const code = key.padStart(2, '0');
    return groups.some((group) => group.code === code) ? { kind: 'found', code, via: 'code' } : { kind: 'unknown' };
  }
  const ambiguous = groups.filter((group) => group.ambiguousAliases.some((alias) => ethnicKey(alias) === key)).map((group) => group.code);
  if (ambiguous.length > 1) return { kind: 'ambiguous', codes: ambiguous };
  for (const group of groups) if (ethnicKey(group.name) === key || ethnicKey(group.displayName) === key) return { kind: 'found', code: group.code, via: 'name' };
  if (ambiguous.length === 1 && ambiguous[0]) return { kind: 'ambiguous', codes: ambiguous };
  for (const group of groups) if (group.otherSpellings.some((other) => ethnicKey(other) === key)) return { kind: 'found', code: group.code, via: 'spelling' };
  const byAlias = groups.filter((group) => group.aliases.some((alias) => ethnicKey(alias) === key));
  if (byAlias.length === 1 && byAlias[0]) return { kind: 'found', code: byAlias[0].code, via: 'alias' };
  if (byAlias.length > 1) return { kind: 'ambiguous', codes: byAlias.map((group) => group.code) };
  return { kind: 'unknown' };
}

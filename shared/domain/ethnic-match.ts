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
  /** alsoWrittenFor: other groups this name was an old or local name of (Thổ for Tày and Khmer). */
  | { kind: 'found'; code: string; via: 'name' | 'spelling' | 'alias' | 'code'; alsoWrittenFor?: string[] }
  | { kind: 'ambiguous'; codes: string[] }
  | { kind: 'unknown' };

/**
 * The key names are matched by: NFC, diacritics and case folded, ' ’ - and spaces dropped, and a
 * leading "dân tộc" dropped ("Dân tộc Thổ" is Thổ).
 */
export function ethnicKey(value: string): string {
  const key = foldText(value).replace(/['’\-\s]/gu, '');
  return key.startsWith('dantoc') && key.length > 'dantoc'.length ? key.slice('dantoc'.length) : key;
}

interface EthnicIndex {
  codes: Set<string>;
  byName: Map<string, string>;
  bySpelling: Map<string, string>;
  byAlias: Map<string, string[]>;
  byAmbiguousAlias: Map<string, string[]>;
}

/** Folding every group's names for every cell was most of an import's time: keys are folded once per list. */
const indexes = new WeakMap<readonly EthnicGroup[], EthnicIndex>();

function addTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function indexOf(groups: readonly EthnicGroup[]): EthnicIndex {
  const cached = indexes.get(groups);
  if (cached) return cached;
  const index: EthnicIndex = {
    codes: new Set(),
    byName: new Map(),
    bySpelling: new Map(),
    byAlias: new Map(),
    byAmbiguousAlias: new Map(),
  };
  for (const group of groups) {
    index.codes.add(group.code);
    for (const name of [group.name, group.displayName]) {
      const key = ethnicKey(name);
      if (!index.byName.has(key)) index.byName.set(key, group.code);
    }
    for (const other of group.otherSpellings) {
      const key = ethnicKey(other);
      if (!index.bySpelling.has(key)) index.bySpelling.set(key, group.code);
    }
    for (const alias of group.aliases) addTo(index.byAlias, ethnicKey(alias), group.code);
    for (const alias of group.ambiguousAliases) addTo(index.byAmbiguousAlias, ethnicKey(alias), group.code);
  }
  indexes.set(groups, index);
  return index;
}

/**
 * Finds an ethnic group by its official name, another spelling, a local or old name, or its
 * two-digit code. An official name is always that group, even where it was once also a name of
 * others (Thổ); any other name that could mean several groups (Mán, Trại …) is never guessed.
 */
export function matchEthnicity(input: string, groups: readonly EthnicGroup[]): EthnicMatch {
  const key = ethnicKey(input);
  if (!key) return { kind: 'unknown' };
  const index = indexOf(groups);
  if (/^\d{1,2}$/u.test(key)) {
    const code = key.padStart(2, '0');
    return index.codes.has(code) ? { kind: 'found', code, via: 'code' } : { kind: 'unknown' };
  }
  const ambiguous = index.byAmbiguousAlias.get(key) ?? [];
  const byName = index.byName.get(key);
  if (byName !== undefined) {
    const others = ambiguous.filter((code) => code !== byName);
    return others.length > 0
      ? { kind: 'found', code: byName, via: 'name', alsoWrittenFor: others }
      : { kind: 'found', code: byName, via: 'name' };
  }
  if (ambiguous.length > 0) return { kind: 'ambiguous', codes: [...ambiguous] };
  const bySpelling = index.bySpelling.get(key);
  if (bySpelling !== undefined) return { kind: 'found', code: bySpelling, via: 'spelling' };
  const byAlias = index.byAlias.get(key) ?? [];
  if (byAlias.length === 1 && byAlias[0] !== undefined) return { kind: 'found', code: byAlias[0], via: 'alias' };
  if (byAlias.length > 1) return { kind: 'ambiguous', codes: [...byAlias] };
  return { kind: 'unknown' };
}

import type { EthnicGroup } from '../../../shared/domain/ethnic-match.ts';
import type { ServiceContext } from '../core/context.ts';
import { prepared } from '../../db/statements.ts';

/** The 54 groups (and foreigners) by official code, for pick lists. */
export function listEthnicGroups(ctx: ServiceContext) {
  const rows = prepared(ctx.db, 'SELECT code, name, display_name AS displayName, minority FROM ethnic_groups ORDER BY code').all() as {
    code: string;
    name: string;
    displayName: string;
    minority: number;
  }[];
  return rows.map((row) => ({ ...row, minority: row.minority === 1 }));
}

/** The groups with every name they are known by, for reading names typed by districts. */
export function ethnicGroupsForMatching(ctx: ServiceContext): EthnicGroup[] {
  const rows = prepared(ctx.db, 'SELECT * FROM ethnic_groups ORDER BY code').all() as {
    code: string;
    name: string;
    display_name: string;
    other_spellings_json: string;
    aliases_json: string;
    ambiguous_aliases_json: string;
    minority: number;
  }[];
  return rows.map((row) => ({
    code: row.code,
    name: row.name,
    displayName: row.display_name,
    otherSpellings: JSON.parse(row.other_spellings_json) as string[],
    aliases: JSON.parse(row.aliases_json) as string[],
    ambiguousAliases: JSON.parse(row.ambiguous_aliases_json) as string[],
    minority: row.minority === 1,
  }));
}

import type { Database } from 'better-sqlite3';
import { nomineeSortKey } from '../../../shared/domain/nominee-fields.ts';
import type { NomineeKind } from '../../../shared/domain/nominees.ts';

/**
 * - An index of live nominees by unit and folded name, for the possible-duplicate rule and for
 *   matching a re-imported row to the nominee it was.
 * - The office's answers to an ambiguous ethnic name in a unit's file ("Thổ" written for a group
 *   the reference data knows by several names), applied again to that unit's next files.
 * - Name order as official lists give it: collectives first by their whole name, then persons by
 *   given name (before, collectives sorted by their last word and mixed with persons).
 * The stored warnings gain the duplicate rule when the file is next opened (rules version 3).
 */
export function migrate0006DuplicatesEthnicChoicesCollectiveOrder(db: Database): void {
  db.exec(`
    CREATE INDEX nominees_name_group ON nominees(campaign_id, unit_id, name_folded, birth_year, id) WHERE deleted_at IS NULL;
    CREATE TABLE ethnic_name_choices (
      unit_id INTEGER NOT NULL REFERENCES units(id),
      -- The name as the file wrote it, folded (no diacritics, lower case).
      written TEXT NOT NULL,
      ethnic_code TEXT NOT NULL REFERENCES ethnic_groups(code),
      chosen_at TEXT NOT NULL,
      PRIMARY KEY (unit_id, written)
    ) STRICT;
  `);
  const update = db.prepare('UPDATE nominees SET sort_key = ? WHERE id = ?');
  for (const row of db.prepare('SELECT id, kind, name FROM nominees').all() as { id: number; kind: NomineeKind; name: string }[]) {
    update.run(nomineeSortKey(row.kind, row.name), row.id);
  }
}

import type { Database } from 'better-sqlite3';
import { givenNameKey } from '../../../shared/domain/nominee-fields.ts';
import { vietnameseSortKey } from '../../../shared/text/sort-key.ts';

/**
 * Nominees get a Vietnamese sort key (given name first) so lists of any length sort and page in
 * SQLite with an index; existing rows are filled in. Indexes for the list's filters come too.
 */
export function migrate0003NomineeSortKey(db: Database): void {
  db.exec(`
    ALTER TABLE nominees ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
    CREATE INDEX nominees_campaign_sort ON nominees(campaign_id, sort_key);
    CREATE INDEX nominees_campaign_unit_kind_id ON nominees(campaign_id, unit_id, kind, id);
    CREATE INDEX nominees_campaign_unit_sort ON nominees(campaign_id, unit_id, sort_key);
  `);
  const update = db.prepare('UPDATE nominees SET sort_key = ? WHERE id = ?');
  for (const row of db.prepare('SELECT id, name FROM nominees').all() as { id: number; name: string }[]) {
    update.run(vietnameseSortKey(givenNameKey(row.name)), row.id);
  }
}

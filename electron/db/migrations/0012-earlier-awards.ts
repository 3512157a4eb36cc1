import type { Database } from 'better-sqlite3';

/**
 * The office's award lists from before the app (Excel, imported once per file): each row a person,
 * household or collective awarded in a year, found by the same folded name as nominees. The
 * people index serves the Sổ vàng search (it reads names along a narrow index, not the long rows)
 * and the "awarded before" rule, which looks up one folded name across every campaign.
 */
export function migrate0012EarlierAwards(db: Database): void {
  db.exec(`
    CREATE TABLE earlier_award_imports (
      id INTEGER PRIMARY KEY,
      file_name TEXT NOT NULL,
      file_hash TEXT NOT NULL,
      rows INTEGER NOT NULL,
      imported_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE TABLE earlier_awards (
      id INTEGER PRIMARY KEY,
      import_id INTEGER NOT NULL REFERENCES earlier_award_imports(id),
      source_row INTEGER NOT NULL,
      year INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('individual', 'collective')),
      name TEXT NOT NULL,
      name_folded TEXT NOT NULL,
      name_words TEXT NOT NULL,
      birth_year INTEGER,
      unit_name TEXT NOT NULL DEFAULT '',
      award TEXT NOT NULL DEFAULT '',
      decision TEXT NOT NULL DEFAULT '',
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX earlier_awards_people ON earlier_awards(name_folded, kind, birth_year) WHERE deleted_at IS NULL;
    CREATE INDEX earlier_awards_import ON earlier_awards(import_id);
    CREATE INDEX nominees_people ON nominees(name_folded, kind, birth_year, name_words, campaign_id) WHERE deleted_at IS NULL;
  `);
}

import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../electron/db/migrations/index.ts';
import { databaseAtVersion, MINIMAL_ROWS_SQL } from '../support/database-at-version.ts';

describe('migration 12: the earlier award lists and the people index', () => {
  it('adds the empty lists to a version 11 file, its nominees unchanged, and looks people up by folded name along the index', () => {
    const file = databaseAtVersion(11, MINIMAL_ROWS_SQL);
    const db = new BetterSqlite3(file);
    try {
      const before = db.prepare('SELECT * FROM nominees ORDER BY id').all();
      runMigrations(db, 11, 12);
      expect(db.pragma('user_version', { simple: true })).toBe(12);
      expect(db.prepare('SELECT * FROM nominees ORDER BY id').all()).toEqual(before);
      expect(db.prepare('SELECT count(*) FROM earlier_awards').pluck().get()).toBe(0);
      const plan = db
        .prepare(
          "EXPLAIN QUERY PLAN SELECT id FROM nominees WHERE name_folded = 'ly thi sen' AND kind = 'individual' AND deleted_at IS NULL",
        )
        .all()
        .map((row) => (row as { detail: string }).detail);
      expect(plan).toEqual(['SEARCH nominees USING INDEX nominees_people (name_folded=? AND kind=?)']);
    } finally {
      db.close();
    }
  });
});

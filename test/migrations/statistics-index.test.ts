import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../electron/db/migrations/index.ts';
import { databaseAtVersion, MINIMAL_ROWS_SQL } from '../support/database-at-version.ts';

describe('migration 11: the index of the Báo cáo figures', () => {
  it('lets the figures of a version 10 file be counted from the index alone, its rows unchanged', () => {
    const file = databaseAtVersion(
      10,
      `${MINIMAL_ROWS_SQL}
      INSERT INTO units (name, name_folded, kind) VALUES ('Sơn Động', 'son dong', 'district');`,
    );
    const db = new BetterSqlite3(file);
    try {
      const before = db.prepare('SELECT count(*) FROM nominees').pluck().get();
      runMigrations(db, 10, 11);
      expect(db.pragma('user_version', { simple: true })).toBe(11);
      expect(db.prepare('SELECT count(*) FROM nominees').pluck().get()).toBe(before);
      const plan = db
        .prepare(
          `EXPLAIN QUERY PLAN SELECT n.unit_id, n.kind, n.gender, n.ethnic_code, n.achievement_field, count(*), sum(n.status = 'awarded')
             FROM nominees n WHERE n.campaign_id = 1 AND n.deleted_at IS NULL AND n.status <> 'withdrawn'
            GROUP BY n.unit_id, n.kind, n.gender, n.ethnic_code, n.achievement_field`,
        )
        .all()
        .map((row) => (row as { detail: string }).detail);
      // Read along the index in its own order: no sorting, no visit of the long rows.
      expect(plan).toEqual(['SEARCH n USING COVERING INDEX nominees_live_facts (campaign_id=?)']);
    } finally {
      db.close();
    }
  });
});

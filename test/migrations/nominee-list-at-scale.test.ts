import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../electron/db/migrations/index.ts';
import { databaseAtVersion, MINIMAL_ROWS_SQL } from '../support/database-at-version.ts';

describe('migration 4: the nominee list at scale', () => {
  it('counts, queues for the name index and forgets the warnings of nominees already in a version 3 file', () => {
    const file = databaseAtVersion(
      3,
      `${MINIMAL_ROWS_SQL}
      INSERT INTO units (name, name_folded, kind) VALUES ('Sơn Động', 'son dong', 'huyen');
      INSERT INTO nominees (campaign_id, unit_id, kind, name, name_folded, gender, status, created_at, updated_at, deleted_at) VALUES
        (1, 1, 'individual', 'Hoàng Thị Mai', 'hoang thi mai', 'nu', 'de-cu', '', '', NULL),
        (1, 1, 'individual', 'Đặng Văn Tài', 'dang van tai', NULL, 'de-cu', '', '', NULL),
        (1, 1, 'individual', 'Lý Thị Sen', 'ly thi sen', 'nu', 'de-cu', '', '', '2024-03-01');`,
    );
    const db = new BetterSqlite3(file);
    try {
      runMigrations(db, 3, 4);
      expect(db.pragma('user_version', { simple: true })).toBe(4);
      const counts = db.prepare('SELECT unit_id, kind, sum(live) AS live FROM nominee_counts GROUP BY 1, 2 HAVING sum(live) > 0').all();
      expect(counts).toEqual([{ unit_id: 1, kind: 'individual', live: 2 }]);
      expect(db.prepare('SELECT count(*) FROM nominee_names_queue').pluck().get()).toBe(3);
      expect(db.prepare('SELECT count(*) FROM nominees WHERE deleted_at IS NULL AND open_warnings IS NULL').pluck().get()).toBe(2);
    } finally {
      db.close();
    }
  });
});

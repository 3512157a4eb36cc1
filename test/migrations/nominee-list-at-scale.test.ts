import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openSession } from '../../electron/session.ts';
import type { NomineeFields } from '../../shared/domain/nominees.ts';
import { newSession, ok } from '../support/session.ts';

const person = (unitId: number, name: string, extra: Partial<NomineeFields> = {}): NomineeFields => ({
  unitId,
  kind: 'individual',
  name,
  collectiveForm: null,
  representative: null,
  gender: 'nu',
  birthYear: 1980,
  ethnicCode: '02',
  position: '',
  village: '',
  commune: '',
  district: '',
  phone: '',
  achievementField: 'Lao động sản xuất',
  achievementSummary: 'Trồng quế',
  priorAwards: '',
  ...extra,
});

/** Takes a file back to version 3's shape: what migration 4 adds is removed, the old indexes return. */
function backToVersion3(file: string): void {
  const db = new BetterSqlite3(file);
  const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").pluck().all() as string[];
  for (const trigger of triggers) db.exec(`DROP TRIGGER ${trigger}`);
  db.exec(`
    DROP TABLE nominee_counts; DROP TABLE nominee_names; DROP TABLE nominee_names_queue; DROP TABLE derived_state;
    DROP INDEX nominees_live_unit_sort; DROP INDEX nominees_live_sort; DROP INDEX nominees_live_quota; DROP INDEX nominees_warnings_unknown;
    ALTER TABLE nominees DROP COLUMN open_warnings;
    CREATE INDEX nominees_campaign_name ON nominees(campaign_id, name_folded);
    CREATE INDEX nominees_campaign_unit ON nominees(campaign_id, unit_id, kind);
    CREATE INDEX nominees_campaign_sort ON nominees(campaign_id, sort_key);
    CREATE INDEX nominees_campaign_unit_kind_id ON nominees(campaign_id, unit_id, kind, id);
    CREATE INDEX nominees_campaign_unit_sort ON nominees(campaign_id, unit_id, sort_key);
    PRAGMA user_version = 3;
  `);
  db.close();
}

describe('migration 4: the nominee list at scale', () => {
  it('counts, indexes for search and works out the warnings of nominees already in a version 3 file', async () => {
    const first = newSession();
    const file = first.ctx.databasePath;
    await ok(first, 'nominees.save', { campaignId: 1, fields: person(1, 'Hoàng Thị Mai') });
    await ok(first, 'nominees.save', { campaignId: 1, fields: person(1, 'Đặng Văn Tài', { gender: null }) });
    const gone = await ok(first, 'nominees.save', { campaignId: 1, fields: person(2, 'Lý Thị Sen') });
    await ok(first, 'nominees.delete', { id: gone.id });
    first.close();
    backToVersion3(file);

    const session = openSession({ databasePath: file, logError: () => undefined });
    try {
      expect(session.db.pragma('user_version', { simple: true })).toBe(4);
      expect(session.backupPath).not.toBeNull();
      const counts = session.db
        .prepare('SELECT unit_id, kind, sum(live) AS live FROM nominee_counts GROUP BY 1, 2 HAVING sum(live) > 0')
        .all();
      expect(counts).toEqual([{ unit_id: 1, kind: 'individual', live: 2 }]);
      const search = await ok(session, 'nominees.list', { campaignId: 1, search: 'dang' });
      expect(search.items.map((nominee) => nominee.name)).toEqual(['Đặng Văn Tài']);
      expect((await ok(session, 'nominees.list', { campaignId: 1, search: 'sen' })).total).toBe(0);
      // Quota of one person for the unit, and a missing gender: both warned, worked out on first use.
      const warned = await ok(session, 'nominees.list', { campaignId: 1, withWarnings: true });
      expect(warned.items.map((nominee) => nominee.name)).toEqual(['Đặng Văn Tài']);
      expect(session.db.prepare('SELECT count(*) FROM nominees WHERE deleted_at IS NULL AND open_warnings IS NULL').pluck().get()).toBe(0);
    } finally {
      session.close();
    }
  });
});

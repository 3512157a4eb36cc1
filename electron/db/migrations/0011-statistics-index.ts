import type { Database } from 'better-sqlite3';

/**
 * The Báo cáo figures count a campaign's live nominees by unit, kind, gender, ethnicity and field:
 * an index that holds those values answers them without reading the nominees' long rows (it holds
 * deleted_at too: SQLite reads only what an index holds when every column the query names is in it).
 */
export function migrate0011StatisticsIndex(db: Database): void {
  db.exec(`
    CREATE INDEX nominees_live_facts ON nominees(campaign_id, unit_id, kind, gender, ethnic_code, achievement_field, status, deleted_at)
      WHERE deleted_at IS NULL;
  `);
}

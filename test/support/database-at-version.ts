import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach } from 'vitest';
import { APPLICATION_ID } from '../../electron/db/open.ts';
import { runMigrations } from '../../electron/db/migrations/index.ts';
import { makeTempDir } from './temp.ts';
import seed from '../../resources/seed/campaign-2024.json' with { type: 'json' };

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/**
 * A database file left at an older schema version, as an older release of the app would have
 * left it: the app's mark, migrations 1…version, then the given SQL (rows in that version's shape).
 */
export function databaseAtVersion(version: number, sql = '', file?: string): string {
  const target = file ?? tempFile();
  const db = new BetterSqlite3(target);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma('foreign_keys = ON');
  runMigrations(db, 0, version);
  if (sql) db.exec(sql);
  db.close();
  return target;
}

/** A path for a database file in a fresh temporary folder, removed after the test. */
export function tempFile(name = 'db.sqlite'): string {
  const temp = makeTempDir();
  cleanups.push(temp.cleanup);
  return path.join(temp.dir, name);
}

const quoted = (text: string) => `'${text.replace(/'/gu, "''")}'`;

/** Rows every older version understands: an agency and the 2024 campaign with its plan. */
export const MINIMAL_ROWS_SQL = `
  INSERT INTO agencies (name, full_name, parent_body, abbreviation, place, head_title, signer_name, contact_name, contact_position, contact_phone)
    VALUES ('Ban Dân tộc', 'Ban Dân tộc tỉnh', 'UBND tỉnh', 'BDT', 'Bắc Giang', 'TRƯỞNG BAN', 'A', 'A', 'A', '1');
  INSERT INTO campaigns (year, title, title_folded, status, agency_id, nomination_deadline, submit_to, total_models, award_event, plan_json,
      achievement_fields_json, collective_forms_json, created_at)
    VALUES (2024, 't', 't', 'draft', 1, '2024-03-20', 'x', 1, 'x', ${quoted(JSON.stringify(seed.campaign.plan))}, '["Lao động sản xuất"]',
      '["Hợp tác xã"]', '2024-01-01');
`;

import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, openDatabase } from '../../electron/db/open.ts';
import { runMigrations } from '../../electron/db/migrations/index.ts';
import { makeTempDir } from '../support/temp.ts';

const temps: (() => void)[] = [];
afterEach(() => temps.splice(0).forEach((cleanup) => cleanup()));

describe('migration 3: nominee sort key', () => {
  it('fills the Vietnamese sort key of nominees already in a version 2 file', () => {
    const temp = makeTempDir();
    temps.push(temp.cleanup);
    const file = path.join(temp.dir, 'v2.sqlite');
    const old = new BetterSqlite3(file);
    old.pragma(`application_id = ${APPLICATION_ID}`);
    runMigrations(old, 0, 2);
    old.exec(`
      INSERT INTO agencies (name, full_name, parent_body, abbreviation, place, head_title, signer_name, contact_name, contact_position, contact_phone)
        VALUES ('Ban', 'Ban', 'UBND', 'B', 'X', 'TB', 'A', 'A', 'A', '1');
      INSERT INTO units (name, name_folded, kind) VALUES ('Sơn Động', 'son dong', 'huyen');
      INSERT INTO campaigns (year, title, title_folded, status, agency_id, nomination_deadline, submit_to, total_models, award_event, plan_json, achievement_fields_json, collective_forms_json, created_at)
        VALUES (2024, 't', 't', 'draft', 1, '2024-03-20', 'x', 1, 'x', '{}', '[]', '[]', '2024-01-01');
    `);
    const insert = old.prepare(
      "INSERT INTO nominees (campaign_id, unit_id, kind, name, name_folded, created_at, updated_at) VALUES (1, 1, 'individual', ?, '', '', '')",
    );
    for (const name of ['Nguyễn Văn Đông', 'Hoàng Thị An', 'Lý Thị Ân', 'Trần Văn Dung']) insert.run(name);
    old.close();

    const { db } = openDatabase(file);
    const ordered = db.prepare('SELECT name FROM nominees ORDER BY sort_key').pluck().all();
    expect(ordered).toEqual(['Hoàng Thị An', 'Lý Thị Ân', 'Trần Văn Dung', 'Nguyễn Văn Đông']);
    db.close();
  });
});

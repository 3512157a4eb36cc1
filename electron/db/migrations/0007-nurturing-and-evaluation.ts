import type { Database } from 'better-sqlite3';

/**
 * Bồi dưỡng and Đánh giá:
 * - the kinds of nurturing activity become data (editable in Cài đặt);
 * - an activity belongs to a campaign and is linked to one or more nominees (a training for ten
 *   nominees is one activity), with who carried it out, a note, and soft deletion for undo;
 * - an evaluation keeps the proposed award form; the council has dated members per campaign, a
 *   meeting its place, chair, attendance and rules, a vote its abstentions and conflicts;
 * - a nominee can be introduced as a congress delegate with a reason; the campaign keeps the date
 *   its award decision is expected, which prize money is worked out for until the decision exists;
 * - app-wide settings (the council's quorum and threshold).
 * Activities from version 6 (one nominee each, fixed kinds) are carried over as they were.
 */
export function migrate0007NurturingAndEvaluation(db: Database): void {
  db.exec(`
    CREATE TABLE activity_kinds (
      code TEXT PRIMARY KEY CHECK (code GLOB '[a-z0-9]*'),
      name TEXT NOT NULL CHECK (length(name) > 0),
      position INTEGER NOT NULL,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
    ) STRICT;
    INSERT INTO activity_kinds (code, name, position) VALUES
      ('visit', 'Thăm hỏi, gặp gỡ', 1),
      ('training', 'Tập huấn, hội nghị', 2),
      ('support', 'Hỗ trợ vốn, giống, kỹ thuật', 3),
      ('media', 'Tuyên truyền trên báo, đài, mạng', 4),
      ('other', 'Khác', 5);

    CREATE TABLE activities_new (
      id INTEGER PRIMARY KEY,
      campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
      kind TEXT NOT NULL REFERENCES activity_kinds(code),
      happened_on TEXT NOT NULL,
      carried_by TEXT NOT NULL DEFAULT '',
      note TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    INSERT INTO activities_new (id, campaign_id, kind, happened_on, note, created_at, updated_at)
      SELECT a.id, n.campaign_id,
        CASE a.kind WHEN 'tham' THEN 'visit' WHEN 'tap-huan' THEN 'training' WHEN 'ho-tro' THEN 'support'
          WHEN 'truyen-thong' THEN 'media' ELSE 'other' END,
        a.happened_on, a.description, a.created_at, a.created_at
      FROM activities a JOIN nominees n ON n.id = a.nominee_id;

    CREATE TABLE activity_nominees (
      activity_id INTEGER NOT NULL REFERENCES activities(id),
      nominee_id INTEGER NOT NULL REFERENCES nominees(id),
      PRIMARY KEY (activity_id, nominee_id)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO activity_nominees (activity_id, nominee_id) SELECT id, nominee_id FROM activities;

    DROP TABLE activities;
    ALTER TABLE activities_new RENAME TO activities;
    CREATE INDEX activities_campaign_date ON activities(campaign_id, happened_on) WHERE deleted_at IS NULL;
    CREATE INDEX activity_nominees_nominee ON activity_nominees(nominee_id, activity_id);

    ALTER TABLE evaluations ADD COLUMN award_code TEXT;
    ALTER TABLE evaluations ADD COLUMN updated_at TEXT;

    CREATE TABLE council_members (
      id INTEGER PRIMARY KEY,
      campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
      position INTEGER NOT NULL,
      name TEXT NOT NULL CHECK (length(name) > 0),
      title TEXT NOT NULL DEFAULT '',
      role TEXT NOT NULL CHECK (role IN ('chair', 'vice-chair', 'member', 'secretary')),
      appointed_on TEXT
    ) STRICT;
    CREATE INDEX council_members_campaign ON council_members(campaign_id, position);

    ALTER TABLE council_meetings ADD COLUMN place TEXT NOT NULL DEFAULT '';
    ALTER TABLE council_meetings ADD COLUMN chaired_by TEXT NOT NULL DEFAULT '';
    ALTER TABLE council_meetings ADD COLUMN quorum_numerator INTEGER NOT NULL DEFAULT 2;
    ALTER TABLE council_meetings ADD COLUMN quorum_denominator INTEGER NOT NULL DEFAULT 3;
    ALTER TABLE council_meetings ADD COLUMN threshold_numerator INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE council_meetings ADD COLUMN threshold_denominator INTEGER NOT NULL DEFAULT 2;
    CREATE UNIQUE INDEX council_meetings_campaign_date ON council_meetings(campaign_id, held_on);

    CREATE TABLE meeting_attendance (
      meeting_id INTEGER NOT NULL REFERENCES council_meetings(id),
      member_id INTEGER NOT NULL REFERENCES council_members(id),
      presence TEXT NOT NULL CHECK (presence IN ('present', 'written', 'absent')),
      PRIMARY KEY (meeting_id, member_id)
    ) STRICT, WITHOUT ROWID;

    ALTER TABLE council_votes ADD COLUMN abstentions INTEGER NOT NULL DEFAULT 0 CHECK (abstentions >= 0);
    ALTER TABLE council_votes ADD COLUMN conflicts INTEGER NOT NULL DEFAULT 0 CHECK (conflicts >= 0);
    -- Who declared the conflict, as the minutes name them.
    ALTER TABLE council_votes ADD COLUMN conflict_note TEXT NOT NULL DEFAULT '';
    CREATE INDEX council_votes_nominee ON council_votes(nominee_id);

    ALTER TABLE nominees ADD COLUMN delegate_reason TEXT NOT NULL DEFAULT '';
    ALTER TABLE campaigns ADD COLUMN award_decision_on TEXT;

    CREATE TABLE app_settings (
      key TEXT PRIMARY KEY,
      value_json TEXT NOT NULL
    ) STRICT;
  `);
}

import type { Database } from 'better-sqlite3';

/**
 * The later phases: submissions and nominees (Đề cử), nurturing activities (Bồi dưỡng),
 * evaluations, council votes and awards (Đánh giá – Khen thưởng), the register of issued
 * documents and attachments kept by content hash beside the database.
 */
export function migrate0002NominationsAndAwards(db: Database): void {
  db.exec(`
    CREATE TABLE attachments (
      hash TEXT PRIMARY KEY CHECK (length(hash) = 64),
      file_name TEXT NOT NULL,
      media_type TEXT NOT NULL,
      size INTEGER NOT NULL CHECK (size >= 0),
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE submissions (
      id INTEGER PRIMARY KEY,
      campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
      unit_id INTEGER NOT NULL REFERENCES units(id),
      received_on TEXT,
      channel TEXT NOT NULL DEFAULT 'email' CHECK (channel IN ('email', 'paper', 'manual')),
      attachment_hash TEXT REFERENCES attachments(hash),
      note TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX submissions_campaign_unit ON submissions(campaign_id, unit_id);

    CREATE TABLE nominees (
      id INTEGER PRIMARY KEY,
      campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
      unit_id INTEGER NOT NULL REFERENCES units(id),
      submission_id INTEGER REFERENCES submissions(id),
      kind TEXT NOT NULL CHECK (kind IN ('collective', 'individual')),
      name TEXT NOT NULL,
      name_folded TEXT NOT NULL,
      collective_form TEXT,
      representative TEXT,
      gender TEXT CHECK (gender IN ('nam', 'nu')),
      birth_year INTEGER,
      ethnic_code TEXT REFERENCES ethnic_groups(code),
      position TEXT NOT NULL DEFAULT '',
      village TEXT NOT NULL DEFAULT '',
      commune TEXT NOT NULL DEFAULT '',
      district TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      achievement_field TEXT NOT NULL DEFAULT '',
      achievement_summary TEXT NOT NULL DEFAULT '',
      prior_awards TEXT NOT NULL DEFAULT '',
      lives_in_area INTEGER CHECK (lives_in_area IN (0, 1)),
      congress_delegate INTEGER NOT NULL DEFAULT 0 CHECK (congress_delegate IN (0, 1)),
      under_review INTEGER NOT NULL DEFAULT 0 CHECK (under_review IN (0, 1)),
      status TEXT NOT NULL DEFAULT 'de-cu',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX nominees_campaign_name ON nominees(campaign_id, name_folded);
    CREATE INDEX nominees_campaign_unit ON nominees(campaign_id, unit_id, kind);

    CREATE TABLE warning_acceptances (
      id INTEGER PRIMARY KEY,
      nominee_id INTEGER NOT NULL REFERENCES nominees(id),
      rule TEXT NOT NULL,
      reason TEXT NOT NULL CHECK (length(reason) > 0),
      os_user TEXT NOT NULL,
      accepted_at TEXT NOT NULL,
      UNIQUE (nominee_id, rule)
    ) STRICT;

    CREATE TABLE nominee_attachments (
      nominee_id INTEGER NOT NULL REFERENCES nominees(id),
      attachment_hash TEXT NOT NULL REFERENCES attachments(hash),
      label TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (nominee_id, attachment_hash)
    ) STRICT;

    CREATE TABLE activities (
      id INTEGER PRIMARY KEY,
      nominee_id INTEGER NOT NULL REFERENCES nominees(id),
      kind TEXT NOT NULL CHECK (kind IN ('tham', 'tap-huan', 'ho-tro', 'truyen-thong', 'khac')),
      happened_on TEXT NOT NULL,
      description TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX activities_nominee ON activities(nominee_id, happened_on);

    CREATE TABLE activity_attachments (
      activity_id INTEGER NOT NULL REFERENCES activities(id),
      attachment_hash TEXT NOT NULL REFERENCES attachments(hash),
      PRIMARY KEY (activity_id, attachment_hash)
    ) STRICT;

    CREATE TABLE evaluations (
      nominee_id INTEGER PRIMARY KEY REFERENCES nominees(id),
      criteria_json TEXT NOT NULL DEFAULT '{}',
      result TEXT CHECK (result IN ('pass', 'fail')),
      note TEXT NOT NULL DEFAULT '',
      evaluated_on TEXT
    ) STRICT;

    CREATE TABLE council_meetings (
      id INTEGER PRIMARY KEY,
      campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
      held_on TEXT NOT NULL,
      members_total INTEGER NOT NULL CHECK (members_total > 0),
      members_present INTEGER NOT NULL CHECK (members_present >= 0),
      written_opinions INTEGER NOT NULL DEFAULT 0,
      note TEXT NOT NULL DEFAULT ''
    ) STRICT;

    CREATE TABLE council_votes (
      meeting_id INTEGER NOT NULL REFERENCES council_meetings(id),
      nominee_id INTEGER NOT NULL REFERENCES nominees(id),
      votes_for INTEGER NOT NULL CHECK (votes_for >= 0),
      votes_against INTEGER NOT NULL CHECK (votes_against >= 0),
      PRIMARY KEY (meeting_id, nominee_id)
    ) STRICT;

    CREATE TABLE issued_documents (
      id INTEGER PRIMARY KEY,
      campaign_id INTEGER REFERENCES campaigns(id),
      agency_id INTEGER NOT NULL REFERENCES agencies(id),
      kind TEXT NOT NULL,
      year INTEGER NOT NULL,
      number INTEGER NOT NULL CHECK (number > 0),
      symbol TEXT NOT NULL,
      issued_on TEXT NOT NULL,
      title TEXT NOT NULL,
      snapshot_json TEXT NOT NULL,
      attachment_hash TEXT REFERENCES attachments(hash),
      created_at TEXT NOT NULL,
      UNIQUE (agency_id, year, number, symbol)
    ) STRICT;

    CREATE TABLE awards (
      id INTEGER PRIMARY KEY,
      nominee_id INTEGER NOT NULL UNIQUE REFERENCES nominees(id),
      award_form_id INTEGER NOT NULL REFERENCES award_forms(id),
      subject TEXT NOT NULL CHECK (subject IN ('individual', 'collective', 'household')),
      amount INTEGER NOT NULL CHECK (amount >= 0),
      base_salary_id INTEGER REFERENCES base_salaries(id),
      decision_id INTEGER REFERENCES issued_documents(id),
      created_at TEXT NOT NULL
    ) STRICT;
  `);
}

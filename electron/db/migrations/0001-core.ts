import type { Database } from 'better-sqlite3';

/** Agency, units, campaigns with their plan, phases and quotas, reference data and the audit log. */
export function migrate0001Core(db: Database): void {
  db.exec(`
    CREATE TABLE agencies (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      full_name TEXT NOT NULL,
      parent_body TEXT NOT NULL,
      abbreviation TEXT NOT NULL,
      place TEXT NOT NULL,
      head_title TEXT NOT NULL,
      deputy_title TEXT NOT NULL DEFAULT '',
      signer_authority TEXT NOT NULL DEFAULT '',
      signer_title TEXT NOT NULL DEFAULT '',
      signer_name TEXT NOT NULL,
      departments_json TEXT NOT NULL DEFAULT '[]',
      contact_name TEXT NOT NULL,
      contact_position TEXT NOT NULL,
      contact_phone TEXT NOT NULL,
      email TEXT,
      valid_from TEXT,
      valid_to TEXT
    ) STRICT;

    CREATE TABLE units (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      name_folded TEXT NOT NULL,
      kind TEXT NOT NULL,
      parent_id INTEGER REFERENCES units(id),
      contact_office TEXT NOT NULL DEFAULT '',
      email TEXT,
      official_code TEXT,
      active_from TEXT,
      active_to TEXT
    ) STRICT;
    CREATE INDEX units_name_folded ON units(name_folded);

    CREATE TABLE campaigns (
      id INTEGER PRIMARY KEY,
      year INTEGER NOT NULL,
      title TEXT NOT NULL,
      title_folded TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('draft', 'issued', 'closed')),
      agency_id INTEGER NOT NULL REFERENCES agencies(id),
      nomination_deadline TEXT NOT NULL,
      submit_to TEXT NOT NULL,
      total_models INTEGER NOT NULL CHECK (total_models >= 0),
      award_event TEXT NOT NULL,
      plan_json TEXT NOT NULL,
      achievement_fields_json TEXT NOT NULL,
      collective_forms_json TEXT NOT NULL,
      plan_number TEXT,
      plan_issued_on TEXT,
      copied_from_id INTEGER REFERENCES campaigns(id),
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX campaigns_year ON campaigns(year);

    CREATE TABLE campaign_phases (
      campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
      key TEXT NOT NULL,
      position INTEGER NOT NULL,
      name TEXT NOT NULL,
      starts_on TEXT,
      ends_on TEXT,
      PRIMARY KEY (campaign_id, key)
    ) STRICT;

    CREATE TABLE campaign_quotas (
      campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
      unit_id INTEGER NOT NULL REFERENCES units(id),
      position INTEGER NOT NULL,
      collective INTEGER NOT NULL CHECK (collective >= 0),
      individual INTEGER NOT NULL CHECK (individual >= 0),
      PRIMARY KEY (campaign_id, unit_id)
    ) STRICT;

    CREATE TABLE ethnic_groups (
      code TEXT PRIMARY KEY CHECK (length(code) = 2),
      name TEXT NOT NULL,
      display_name TEXT NOT NULL,
      other_spellings_json TEXT NOT NULL,
      aliases_json TEXT NOT NULL,
      ambiguous_aliases_json TEXT NOT NULL,
      minority INTEGER NOT NULL CHECK (minority IN (0, 1)),
      search_key TEXT NOT NULL,
      verified TEXT NOT NULL
    ) STRICT;

    CREATE TABLE base_salaries (
      id INTEGER PRIMARY KEY,
      amount INTEGER NOT NULL CHECK (amount > 0),
      valid_from TEXT NOT NULL UNIQUE,
      decree TEXT NOT NULL,
      verified TEXT NOT NULL
    ) STRICT;

    CREATE TABLE award_forms (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL,
      name TEXT NOT NULL,
      issuer_title TEXT NOT NULL,
      decree_ref TEXT NOT NULL,
      valid_from TEXT NOT NULL,
      valid_to TEXT,
      coef_individual INTEGER,
      coef_collective INTEGER,
      coef_household INTEGER,
      granted_by_agency INTEGER NOT NULL CHECK (granted_by_agency IN (0, 1)),
      verified TEXT NOT NULL
    ) STRICT;

    CREATE TABLE legal_texts (
      code TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      issued TEXT NOT NULL,
      effective_from TEXT NOT NULL,
      effective_to TEXT
    ) STRICT;

    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      os_user TEXT NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
      entity TEXT NOT NULL,
      entity_id TEXT NOT NULL,
      before_json TEXT,
      after_json TEXT
    ) STRICT;
    CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
  `);
}

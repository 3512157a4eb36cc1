import type { Database } from 'better-sqlite3';

/**
 * Two changes to the same table, made in one rebuild of it:
 * - stored codes become English (labels stay Vietnamese): nominee statuses and genders, warning
 *   rules, unit kinds, phase keys and the kind of issued plans, also inside the issued plans' frozen
 *   snapshots, so an issued plan still compares equal to the draft it was issued from;
 * - the warnings are stored per nominee as one bit per rule (warning_bits), with the accepted ones
 *   (accepted_bits) and the open ones as a generated column, kept by the services' writes. The
 *   per-unit counts, the trigram name index and the ~20 triggers that kept them are removed: plain
 *   indexed queries answer the list in milliseconds, and a write now costs only what it changes.
 *   The bits start at 0; the app works them out on opening (the rules version is not stored yet).
 */

const STATUS = {
  'de-cu': 'nominated',
  'boi-duong': 'nurturing',
  dat: 'passed',
  'khong-dat': 'failed',
  'khen-thuong': 'awarded',
  rut: 'withdrawn',
};
const GENDER = { nam: 'male', nu: 'female' };
const RULE = {
  'khong-phai-dtts': 'not-minority',
  'ngoai-dia-ban': 'outside-area',
  'hinh-thuc-tap-the': 'collective-form',
  'thieu-thong-tin': 'missing-fields',
  'linh-vuc': 'field',
  'vuot-chi-tieu': 'over-quota',
  'nop-muon': 'late',
};
const UNIT_KIND = {
  huyen: 'district',
  'thi-xa': 'town',
  'thanh-pho': 'city',
  quan: 'urban-district',
  xa: 'commune',
  phuong: 'ward',
  'thi-tran': 'township',
  'dac-khu': 'special-zone',
  khac: 'other',
};
const PHASE = { 'ke-hoach': 'planning', 'de-cu': 'nomination', 'boi-duong': 'nurturing', 'danh-gia': 'evaluation', 'tong-ket': 'review' };

/** SQL that maps a column's old codes to the new ones (unknown values are kept). */
function mapped(column: string, codes: Record<string, string>): string {
  const cases = Object.entries(codes)
    .map(([from, to]) => `WHEN '${from}' THEN '${to}'`)
    .join(' ');
  return `CASE ${column} ${cases} ELSE ${column} END`;
}

/** Phase keys and unit kinds inside a frozen snapshot of an issued plan. */
function mapSnapshot(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(mapSnapshot);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).map(([key, item]) => {
    if (key === 'key' && typeof item === 'string' && item in PHASE) return [key, PHASE[item as keyof typeof PHASE]];
    if (key === 'kind' && typeof item === 'string' && item in UNIT_KIND) return [key, UNIT_KIND[item as keyof typeof UNIT_KIND]];
    if (key === 'kind' && item === 'ke-hoach') return [key, 'plan'];
    return [key, mapSnapshot(item)];
  });
  return Object.fromEntries(entries);
}

export function migrate0005EnglishCodesAndWarningBits(db: Database): void {
  const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").pluck().all() as string[];
  for (const trigger of triggers) db.exec(`DROP TRIGGER "${trigger}"`);
  db.exec(`
    DROP TABLE nominee_counts;
    DROP TABLE nominee_names;
    DROP TABLE nominee_names_queue;

    CREATE TABLE nominees_new (
      id INTEGER PRIMARY KEY,
      campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
      unit_id INTEGER NOT NULL REFERENCES units(id),
      submission_id INTEGER REFERENCES submissions(id),
      kind TEXT NOT NULL CHECK (kind IN ('collective', 'individual')),
      name TEXT NOT NULL,
      name_folded TEXT NOT NULL,
      -- " " + the folded name: a search finds a word's start as " ly", anywhere as "oang", in one test.
      -- (Plain columns, not generated ones: SQLite reads the table row for a generated column even
      -- when an index holds it, which made every search read every row.)
      name_words TEXT NOT NULL DEFAULT '',
      sort_key TEXT NOT NULL DEFAULT '',
      collective_form TEXT,
      representative TEXT,
      gender TEXT CHECK (gender IN ('male', 'female')),
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
      status TEXT NOT NULL DEFAULT 'nominated',
      -- One bit per warning rule that applies now, and per rule the office accepted with a reason.
      warning_bits INTEGER NOT NULL DEFAULT 0,
      accepted_bits INTEGER NOT NULL DEFAULT 0,
      -- warning_bits & ~accepted_bits, written with them.
      open_bits INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    INSERT INTO nominees_new (id, campaign_id, unit_id, submission_id, kind, name, name_folded, sort_key, collective_form, representative,
        gender, birth_year, ethnic_code, position, village, commune, district, phone, achievement_field, achievement_summary, prior_awards,
        lives_in_area, congress_delegate, under_review, status, created_at, updated_at, deleted_at)
      SELECT id, campaign_id, unit_id, submission_id, kind, name, name_folded, sort_key, collective_form, representative,
        ${mapped('gender', GENDER)}, birth_year, ethnic_code, position, village, commune, district, phone, achievement_field,
        achievement_summary, prior_awards, lives_in_area, congress_delegate, under_review, ${mapped('status', STATUS)},
        created_at, updated_at, deleted_at
      FROM nominees;
    DROP TABLE nominees;
    ALTER TABLE nominees_new RENAME TO nominees;

    -- Indexes of live nominees holding every column the list reads, deleted_at included (always
    -- NULL here): without it SQLite does not treat a partial index as covering and reads each row.
    CREATE INDEX nominees_live_sort ON nominees(campaign_id, sort_key, id, name_words, unit_id, kind, status, open_bits, deleted_at)
      WHERE deleted_at IS NULL;
    CREATE INDEX nominees_live_unit_sort ON nominees(campaign_id, unit_id, sort_key, id, name_words, kind, status, open_bits, deleted_at)
      WHERE deleted_at IS NULL;
    CREATE INDEX nominees_live_group ON nominees(campaign_id, unit_id, kind, id, status, warning_bits, open_bits, deleted_at)
      WHERE deleted_at IS NULL;
    CREATE INDEX nominees_live_status ON nominees(campaign_id, status, sort_key, id, unit_id, kind, open_bits, deleted_at)
      WHERE deleted_at IS NULL;
    CREATE INDEX nominees_submission ON nominees(submission_id);

    UPDATE warning_acceptances SET rule = ${mapped('rule', RULE)};
    UPDATE units SET kind = ${mapped('kind', UNIT_KIND)};
    UPDATE campaign_phases SET key = ${mapped('key', PHASE)};
    UPDATE issued_documents SET kind = 'plan' WHERE kind = 'ke-hoach';
    DELETE FROM derived_state WHERE key = 'warning_rules';
  `);
  const accepted = db.prepare(`SELECT nominee_id, rule FROM warning_acceptances`).all() as { nominee_id: number; rule: string }[];
  const bits: Record<string, number> = {
    'not-minority': 1,
    'outside-area': 2,
    'collective-form': 4,
    'missing-fields': 8,
    field: 16,
    'over-quota': 32,
    late: 64,
  };
  db.exec("UPDATE nominees SET name_words = ' ' || name_folded");
  const accept = db.prepare('UPDATE nominees SET accepted_bits = accepted_bits | ? WHERE id = ?');
  for (const row of accepted) accept.run(bits[row.rule] ?? 0, row.nominee_id);
  const snapshot = db.prepare('UPDATE issued_documents SET snapshot_json = ? WHERE id = ?');
  for (const row of db.prepare('SELECT id, snapshot_json FROM issued_documents').all() as { id: number; snapshot_json: string }[]) {
    snapshot.run(JSON.stringify(mapSnapshot(JSON.parse(row.snapshot_json))), row.id);
  }
}

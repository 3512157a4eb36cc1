import type { Database } from 'better-sqlite3';

/**
 * The Đề cử list at 50,000 nominees answers in milliseconds:
 * - indexes of live (not deleted) nominees that carry the list's filter columns, so a page is
 *   found in the index without reading rows that the filters leave out;
 * - live counts per campaign, unit, kind and status, kept by triggers, so a total needs no count;
 * - a trigram index over " " + the folded name, so a search for a piece of a name (or, with the
 *   leading space, the start of a word: " ly") does not read every name;
 * - each nominee's number of open warnings, so the "with warnings" filter and the unit cards do
 *   not work out every nominee's warnings.
 * The indexes they replace are dropped, which keeps imports' writing cheap.
 */
export function migrate0004NomineeListAtScale(db: Database): void {
  db.exec(`
    DROP INDEX nominees_campaign_name;
    DROP INDEX nominees_campaign_sort;
    DROP INDEX nominees_campaign_unit_sort;
    DROP INDEX nominees_campaign_unit;
    DROP INDEX nominees_campaign_unit_kind_id;
    ALTER TABLE nominees ADD COLUMN open_warnings INTEGER;
    CREATE INDEX nominees_live_unit_sort ON nominees(campaign_id, unit_id, sort_key, id, kind, status, open_warnings) WHERE deleted_at IS NULL;
    CREATE INDEX nominees_live_sort ON nominees(campaign_id, sort_key, id, unit_id, kind, status, open_warnings) WHERE deleted_at IS NULL;
    CREATE INDEX nominees_live_quota ON nominees(campaign_id, unit_id, kind, id, status, open_warnings) WHERE deleted_at IS NULL;
    CREATE INDEX nominees_warnings_unknown ON nominees(campaign_id) WHERE deleted_at IS NULL AND open_warnings IS NULL;
    -- Which version of the warning rules the stored numbers were worked out with (see nominee-warnings.ts).
    CREATE TABLE derived_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

    -- Live nominees per campaign, unit, kind, status and whether they have open warnings, with the
    -- sum of those warnings. Every change is an upsert of +1 or -1, so the triggers' order never matters.
    CREATE TABLE nominee_counts (
      campaign_id INTEGER NOT NULL,
      unit_id INTEGER NOT NULL,
      kind TEXT NOT NULL,
      status TEXT NOT NULL,
      warned INTEGER NOT NULL,
      live INTEGER NOT NULL,
      open INTEGER NOT NULL,
      PRIMARY KEY (campaign_id, unit_id, kind, status, warned)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO nominee_counts
      SELECT campaign_id, unit_id, kind, status, coalesce(open_warnings, 0) > 0, count(*), coalesce(sum(open_warnings), 0)
      FROM nominees WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5;
    CREATE TRIGGER nominee_counts_insert AFTER INSERT ON nominees WHEN new.deleted_at IS NULL BEGIN
      INSERT INTO nominee_counts VALUES (new.campaign_id, new.unit_id, new.kind, new.status, coalesce(new.open_warnings, 0) > 0, 1, coalesce(new.open_warnings, 0))
        ON CONFLICT DO UPDATE SET live = live + 1, open = open + excluded.open;
    END;
    CREATE TRIGGER nominee_counts_delete AFTER DELETE ON nominees WHEN old.deleted_at IS NULL BEGIN
      INSERT INTO nominee_counts VALUES (old.campaign_id, old.unit_id, old.kind, old.status, coalesce(old.open_warnings, 0) > 0, -1, -coalesce(old.open_warnings, 0))
        ON CONFLICT DO UPDATE SET live = live - 1, open = open + excluded.open;
    END;
    CREATE TRIGGER nominee_counts_update AFTER UPDATE OF campaign_id, unit_id, kind, status, deleted_at, open_warnings ON nominees BEGIN
      INSERT INTO nominee_counts
        SELECT old.campaign_id, old.unit_id, old.kind, old.status, coalesce(old.open_warnings, 0) > 0, -1, -coalesce(old.open_warnings, 0)
        WHERE old.deleted_at IS NULL
        ON CONFLICT DO UPDATE SET live = live - 1, open = open + excluded.open;
      INSERT INTO nominee_counts
        SELECT new.campaign_id, new.unit_id, new.kind, new.status, coalesce(new.open_warnings, 0) > 0, 1, coalesce(new.open_warnings, 0)
        WHERE new.deleted_at IS NULL
        ON CONFLICT DO UPDATE SET live = live + 1, open = open + excluded.open;
    END;

    -- A change of name only queues the nominee: FTS5 flushes its pending terms at every statement
    -- savepoint, so writing the index from a trigger made importing 5,000 rows 10 times slower.
    -- The list indexes the queue in one statement before it searches.
    CREATE VIRTUAL TABLE nominee_names USING fts5(words, tokenize = 'trigram');
    CREATE TABLE nominee_names_queue (nominee_id INTEGER PRIMARY KEY) STRICT;
    INSERT INTO nominee_names_queue SELECT id FROM nominees;
    CREATE TRIGGER nominee_names_insert AFTER INSERT ON nominees BEGIN
      INSERT OR IGNORE INTO nominee_names_queue VALUES (new.id);
    END;
    CREATE TRIGGER nominee_names_delete AFTER DELETE ON nominees BEGIN
      INSERT OR IGNORE INTO nominee_names_queue VALUES (old.id);
    END;
    CREATE TRIGGER nominee_names_update AFTER UPDATE OF name_folded ON nominees BEGIN
      INSERT OR IGNORE INTO nominee_names_queue VALUES (new.id);
    END;

    -- open_warnings: how many warnings of a live nominee are not accepted yet (NULL: to be worked
    -- out again). The rules stay in one place, shared/domain/nominee-checks.ts; these triggers only
    -- forget the number whenever something a rule looks at changes, and the list works it out again
    -- before reading. A trigger cannot be bypassed by a code path that forgets to say so.


    -- The nominee's own fields; and since quotas count in id order per unit and kind, a move,
    -- withdrawal, deletion or restoration changes the places of the others in both groups.
    CREATE TRIGGER open_warnings_nominee AFTER UPDATE OF campaign_id, unit_id, kind, collective_form, representative, gender, birth_year,
      ethnic_code, district, achievement_field, achievement_summary, submission_id, status, deleted_at ON nominees
    BEGIN
      UPDATE nominees SET open_warnings = NULL WHERE id = new.id;
      UPDATE nominees SET open_warnings = NULL
        WHERE (old.unit_id IS NOT new.unit_id OR old.kind IS NOT new.kind OR old.status IS NOT new.status OR old.deleted_at IS NOT new.deleted_at)
          AND campaign_id = new.campaign_id AND deleted_at IS NULL
          AND ((unit_id = old.unit_id AND kind = old.kind) OR (unit_id = new.unit_id AND kind = new.kind));
    END;
    CREATE TRIGGER open_warnings_nominee_removed AFTER DELETE ON nominees BEGIN
      UPDATE nominees SET open_warnings = NULL
        WHERE campaign_id = old.campaign_id AND unit_id = old.unit_id AND kind = old.kind AND deleted_at IS NULL;
    END;
    CREATE TRIGGER open_warnings_accepted AFTER INSERT ON warning_acceptances BEGIN
      UPDATE nominees SET open_warnings = NULL WHERE id = new.nominee_id;
    END;
    CREATE TRIGGER open_warnings_acceptance_changed AFTER UPDATE ON warning_acceptances BEGIN
      UPDATE nominees SET open_warnings = NULL WHERE id IN (old.nominee_id, new.nominee_id);
    END;
    CREATE TRIGGER open_warnings_acceptance_removed AFTER DELETE ON warning_acceptances BEGIN
      UPDATE nominees SET open_warnings = NULL WHERE id = old.nominee_id;
    END;
    CREATE TRIGGER open_warnings_submission_added AFTER INSERT ON submissions BEGIN
      UPDATE nominees SET open_warnings = NULL WHERE campaign_id = new.campaign_id AND unit_id = new.unit_id AND deleted_at IS NULL;
    END;
    -- A file may carry nominees of other units (the Huyện column), linked to its submission.
    CREATE TRIGGER open_warnings_submission_changed AFTER UPDATE ON submissions BEGIN
      UPDATE nominees SET open_warnings = NULL WHERE deleted_at IS NULL
        AND ((campaign_id = old.campaign_id AND unit_id = old.unit_id) OR (campaign_id = new.campaign_id AND unit_id = new.unit_id)
          OR submission_id IN (old.id, new.id));
    END;
    CREATE TRIGGER open_warnings_submission_removed AFTER DELETE ON submissions BEGIN
      UPDATE nominees SET open_warnings = NULL WHERE deleted_at IS NULL
        AND ((campaign_id = old.campaign_id AND unit_id = old.unit_id) OR submission_id = old.id);
    END;
    CREATE TRIGGER open_warnings_plan AFTER UPDATE OF nomination_deadline, achievement_fields_json, collective_forms_json, plan_json ON campaigns BEGIN
      UPDATE nominees SET open_warnings = NULL WHERE campaign_id = new.id AND deleted_at IS NULL;
    END;
    CREATE TRIGGER open_warnings_quota_added AFTER INSERT ON campaign_quotas BEGIN
      UPDATE nominees SET open_warnings = NULL WHERE campaign_id = new.campaign_id AND unit_id = new.unit_id AND deleted_at IS NULL;
    END;
    CREATE TRIGGER open_warnings_quota_changed AFTER UPDATE ON campaign_quotas BEGIN
      UPDATE nominees SET open_warnings = NULL WHERE deleted_at IS NULL
        AND ((campaign_id = old.campaign_id AND unit_id = old.unit_id) OR (campaign_id = new.campaign_id AND unit_id = new.unit_id));
    END;
    CREATE TRIGGER open_warnings_quota_removed AFTER DELETE ON campaign_quotas BEGIN
      UPDATE nominees SET open_warnings = NULL WHERE campaign_id = old.campaign_id AND unit_id = old.unit_id AND deleted_at IS NULL;
    END;
    CREATE TRIGGER open_warnings_unit_renamed AFTER UPDATE OF name ON units BEGIN
      UPDATE nominees SET open_warnings = NULL WHERE unit_id = new.id AND deleted_at IS NULL;
    END;
    CREATE TRIGGER open_warnings_ethnic_group AFTER UPDATE OF minority ON ethnic_groups BEGIN
      UPDATE nominees SET open_warnings = NULL WHERE deleted_at IS NULL;
    END;
  `);
}

import type { Database } from 'better-sqlite3';

/**
 * Every email attempt to a unit (a summary, a reminder), sent or failed or written as a draft,
 * with the server's answer: the send log, and what "already sent" is judged by.
 */
export function migrate0008MailLog(db: Database): void {
  db.exec(`
    CREATE TABLE mail_log (
      id INTEGER PRIMARY KEY,
      campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
      unit_id INTEGER NOT NULL REFERENCES units(id),
      kind TEXT NOT NULL CHECK (kind IN ('summary', 'reminder')),
      via TEXT NOT NULL CHECK (via IN ('smtp', 'eml')),
      recipient TEXT NOT NULL,
      subject TEXT NOT NULL,
      file_name TEXT NOT NULL DEFAULT '',
      outcome TEXT NOT NULL CHECK (outcome IN ('sent', 'failed', 'draft')),
      answer TEXT NOT NULL DEFAULT '',
      document_id INTEGER REFERENCES issued_documents(id),
      at TEXT NOT NULL,
      os_user TEXT NOT NULL
    ) STRICT;
    CREATE INDEX mail_log_by_unit ON mail_log(campaign_id, kind, unit_id, id);
  `);
}

import type { Database } from 'better-sqlite3';

/** The audit screen filters the log by day and by Windows user, newest first, at any size. */
export function migrate0010AuditFilters(db: Database): void {
  db.exec(`
    CREATE INDEX audit_log_at ON audit_log(at);
    CREATE INDEX audit_log_user ON audit_log(os_user, id);
  `);
}

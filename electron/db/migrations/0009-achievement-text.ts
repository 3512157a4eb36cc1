import type { Database } from 'better-sqlite3';

/** The achievement text as edited in the app (structured JSON, see shared/domain/rich-text.ts); null until edited. */
export function migrate0009AchievementText(db: Database): void {
  db.exec('ALTER TABLE nominees ADD COLUMN achievement_doc TEXT');
}

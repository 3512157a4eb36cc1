import { prepared } from '../../db/statements.ts';
import type { ServiceContext } from '../core/context.ts';

/**
 * Brings the trigram index of names up to date with the nominees the triggers queued
 * (migration 4): removes their old entries and adds their current names, in three statements.
 */
export function indexQueuedNames(ctx: ServiceContext): void {
  if (!prepared(ctx.db, 'SELECT 1 FROM nominee_names_queue LIMIT 1').get()) return;
  prepared(ctx.db, 'DELETE FROM nominee_names WHERE rowid IN (SELECT nominee_id FROM nominee_names_queue)').run();
  prepared(
    ctx.db,
    "INSERT INTO nominee_names (rowid, words) SELECT n.id, ' ' || n.name_folded FROM nominee_names_queue q JOIN nominees n ON n.id = q.nominee_id",
  ).run();
  prepared(ctx.db, 'DELETE FROM nominee_names_queue').run();
}

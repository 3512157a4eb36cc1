import type { AreaHandlers } from '../../ipc/handler-types.ts';
import { appInfo } from './app-info.ts';
import { checkDatabase } from './database-check.ts';
import { cancelJob, jobStatus } from '../core/jobs.ts';

export const systemHandlers = {
  'app.info': (ctx) => appInfo(ctx),
  // Outside a transaction: a damaged page ends SQLite's transaction, and the check must report it, not fail.
  'system.check': { async: async (ctx) => checkDatabase(ctx) },
  'jobs.status': (_ctx, input) => jobStatus(input.id),
  'jobs.cancel': (_ctx, input) => cancelJob(input.id),
} satisfies AreaHandlers<'system'>;

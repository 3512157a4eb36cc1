import type { AreaHandlers } from '../../ipc/handler-types.ts';
import { appInfo } from './app-info.ts';
import { checkDatabase } from './database-check.ts';
import { cancelJob, jobStatus } from '../core/jobs.ts';

export const systemHandlers = {
  'app.info': (ctx) => appInfo(ctx),
  'system.check': (ctx) => checkDatabase(ctx),
  'jobs.status': (_ctx, input) => jobStatus(input.id),
  'jobs.cancel': (_ctx, input) => cancelJob(input.id),
} satisfies AreaHandlers<'system'>;

import type { AreaHandlers } from '../../ipc/handler-types.ts';
import { appInfo } from './app-info.ts';
import { checkDatabase } from './database-check.ts';

export const systemHandlers = {
  'app.info': (ctx) => appInfo(ctx),
  'system.check': (ctx) => checkDatabase(ctx),
} satisfies AreaHandlers<'system'>;

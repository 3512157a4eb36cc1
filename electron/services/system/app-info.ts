import type { MethodOutput } from '../../../shared/api/contract.ts';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations/index.ts';
import { todayOf, type ServiceContext } from '../core/context.ts';

/** What runs where: the app's version, the host, the database file and its schema, today. */
export function appInfo(ctx: ServiceContext): MethodOutput<'app.info'> {
  return {
    appVersion: ctx.appVersion,
    host: ctx.platform.host,
    schemaVersion: LATEST_SCHEMA_VERSION,
    databasePath: ctx.databasePath,
    osUser: ctx.osUser,
    today: todayOf(ctx),
  };
}

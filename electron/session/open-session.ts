import { prepareData } from './prepare-data.ts';
import { openSessionCore, type Session, type SessionOptions } from './session-core.ts';

export { ensureDefaultFolder, errorLogPath, type Session, type SessionOptions } from './session-core.ts';

/** Opens the database: migrated, seeded when new, its stored warnings true to the app's rules. */
export function openSession(options: SessionOptions): Session {
  const session = openSessionCore(options);
  try {
    prepareData(session.ctx);
  } catch (error) {
    session.close();
    throw error;
  }
  return session;
}

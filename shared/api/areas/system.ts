import * as z from 'zod';
import { jobStatusSchema } from '../../domain/jobs.ts';

/** The app itself: what runs where (app.info) and the health of its database file (system.check). */
export const systemMethods = {
  'app.info': {
    input: z.strictObject({}),
    output: z.object({
      appVersion: z.string(),
      /** Where the app runs: Electron, the browser bridge, the command line or a test. */
      host: z.enum(['electron', 'browser', 'cli', 'test']),
      schemaVersion: z.number(),
      databasePath: z.string(),
      osUser: z.string(),
      today: z.string(),
    }),
  },
  /** Integrity of the database file: schema version, SQLite checks, reference data. */
  'system.check': {
    input: z.strictObject({}),
    output: z.object({
      ok: z.boolean(),
      schemaVersion: z.number(),
      problems: z.array(z.string()),
      counts: z.record(z.string(), z.number()),
    }),
  },
  /** How far a long piece of work started from a screen has gone. */
  'jobs.status': { input: z.strictObject({ id: z.uuid('Mã việc không hợp lệ') }), output: jobStatusSchema },
  /** Asks it to stop at its next step; what it wrote is removed. */
  'jobs.cancel': { input: z.strictObject({ id: z.uuid('Mã việc không hợp lệ') }), output: jobStatusSchema },
} as const;

import { z } from 'zod';

export const auditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  osUser: z.string(),
  action: z.enum(['create', 'update', 'delete']),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

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
  'audit.list': {
    input: z.strictObject({
      entity: z.string().max(40).optional(),
      limit: z.number().int().min(1).max(500).optional(),
      offset: z.number().int().min(0).optional(),
    }),
    output: z.object({ total: z.number(), entries: z.array(auditEntrySchema) }),
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
} as const;

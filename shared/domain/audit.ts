import * as z from 'zod';

/** One row of the audit log: who changed what, when, and the values before and after. */
export const auditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  osUser: z.string(),
  action: z.enum(['create', 'update', 'delete']),
  entity: z.string(),
  entityId: z.string(),
  /** What the entity is called now (a unit's title, a nominee's name); null once it is gone. */
  subject: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

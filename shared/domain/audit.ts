import * as z from 'zod';

/** One row of the audit log: who changed what, when, and the values before and after. */
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

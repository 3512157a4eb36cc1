import * as z from 'zod';
import { isoDate } from './fields.ts';

/** What the audit screen filters on: days (inclusive, the machine's local days), Windows user, kind of data, one record. */
export const auditQuerySchema = z.strictObject({
  from: isoDate('Từ ngày').optional(),
  to: isoDate('Đến ngày').optional(),
  user: z.string().min(1).max(100, 'Tên người dùng dài quá').optional(),
  entity: z.string().max(40).optional(),
  entityId: z.string().max(60).optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** The most rows one export writes; a wider filter is refused before any work, with its count. */
export const AUDIT_EXPORT_LIMIT = 100_000;

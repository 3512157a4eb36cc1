import type { AuditEntry } from '../../../shared/domain/audit.ts';
import type { ServiceContext } from '../core/context.ts';
import type { AuditAction } from '../core/audit.ts';
import { prepared } from '../../db/statements.ts';

/** Reading the audit log back for the Cài đặt screen, newest first, a page at a time. */

interface AuditRow {
  id: number;
  at: string;
  os_user: string;
  action: AuditAction;
  entity: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
}

export function listAudit(
  ctx: ServiceContext,
  query: { entity?: string | undefined; limit?: number | undefined; offset?: number | undefined },
): { total: number; entries: AuditEntry[] } {
  const where = query.entity ? 'WHERE entity = @entity' : '';
  const params = { entity: query.entity ?? null, limit: query.limit ?? 100, offset: query.offset ?? 0 };
  const total = Number(prepared(ctx.db, `SELECT count(*) FROM audit_log ${where}`).pluck().get(params));
  const rows = prepared(ctx.db, `SELECT * FROM audit_log ${where} ORDER BY id DESC LIMIT @limit OFFSET @offset`).all(params) as AuditRow[];
  return {
    total,
    entries: rows.map((row) => ({
      id: row.id,
      at: row.at,
      osUser: row.os_user,
      action: row.action,
      entity: row.entity,
      entityId: row.entity_id,
      before: row.before_json === null ? null : (JSON.parse(row.before_json) as unknown),
      after: row.after_json === null ? null : (JSON.parse(row.after_json) as unknown),
    })),
  };
}

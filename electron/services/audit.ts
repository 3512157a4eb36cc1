import type { AuditEntry } from '../../shared/api/areas/system.ts';
import type { ServiceContext } from './context.ts';
import { prepared } from '../db/statements.ts';

export type AuditAction = AuditEntry['action'];

export interface Change {
  action: AuditAction;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

/** Appends one row to the audit log; called inside the same transaction as the change. */
export function recordChange(ctx: ServiceContext, change: Change): void {
  if (change.action === 'update' && JSON.stringify(change.before) === JSON.stringify(change.after)) return;
  prepared(
    ctx.db,
    `INSERT INTO audit_log (at, os_user, action, entity, entity_id, before_json, after_json)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    ctx.now().toISOString(),
    ctx.osUser,
    change.action,
    change.entity,
    String(change.entityId),
    change.before === undefined ? null : JSON.stringify(change.before),
    change.after === undefined ? null : JSON.stringify(change.after),
  );
}

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
  const total = Number(ctx.db.prepare(`SELECT count(*) FROM audit_log ${where}`).pluck().get(params));
  const rows = ctx.db.prepare(`SELECT * FROM audit_log ${where} ORDER BY id DESC LIMIT @limit OFFSET @offset`).all(params) as AuditRow[];
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

import type { AuditEntry } from '../../../shared/domain/audit.ts';
import type { ServiceContext } from './context.ts';
import { prepared } from '../../db/statements.ts';

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

import { AppError } from '../../../shared/api/errors.ts';
import type { AuditQuery } from '../../../shared/domain/audit-query.ts';

/** The start of a local day as the instant the log stores (ISO, UTC). */
function startOfLocalDay(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year ?? 0, (month ?? 1) - 1, day ?? 1).toISOString();
}

function nextDay(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year ?? 0, (month ?? 1) - 1, (day ?? 1) + 1).toISOString();
}

/** The WHERE clause and its named parameters for a filter of the audit log. */
export function auditWhere(query: AuditQuery): { where: string; params: Record<string, string> } {
  if (query.from && query.to && query.from > query.to)
    throw new AppError('invalid_input', 'Ngày bắt đầu phải trước ngày kết thúc.', 'from');
  const conditions: string[] = [];
  const params: Record<string, string> = {};
  if (query.from) {
    conditions.push('at >= @from');
    params.from = startOfLocalDay(query.from);
  }
  if (query.to) {
    conditions.push('at < @to');
    params.to = nextDay(query.to);
  }
  if (query.user) {
    conditions.push('os_user = @user');
    params.user = query.user;
  }
  if (query.entity) {
    conditions.push('entity = @entity');
    params.entity = query.entity;
  }
  if (query.entityId) {
    conditions.push('entity_id = @entityId');
    params.entityId = query.entityId;
  }
  return { where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

import type { AuditEntry } from '../../../shared/domain/audit.ts';
import { unitTitle, type UnitKind } from '../../../shared/domain/units.ts';
import type { ServiceContext } from '../core/context.ts';
import type { AuditAction } from '../core/audit.ts';
import { prepared } from '../../db/statements.ts';
import type { AuditQuery } from '../../../shared/domain/audit-query.ts';
import { auditWhere } from './audit-filter.ts';

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

/**
 * What each entity is called now, for the page's rows: the unit's title, the nominee's name, the
 * campaign's year… so the log reads "Đơn vị: Huyện Lục Ngạn", not "Đơn vị #11". One query per kind.
 */
const SUBJECTS: Record<string, string> = {
  unit: 'SELECT id, name, kind FROM units WHERE id IN (SELECT value FROM json_each(?))',
  'ethnic-choice': `SELECT id, name FROM units WHERE id IN (SELECT value FROM json_each(?))`,
  nominee: 'SELECT id, name FROM nominees WHERE id IN (SELECT value FROM json_each(?))',
  nominee_attachment: 'SELECT id, name FROM nominees WHERE id IN (SELECT value FROM json_each(?))',
  campaign: "SELECT id, 'Năm ' || year AS name FROM campaigns WHERE id IN (SELECT value FROM json_each(?))",
  agency: 'SELECT id, name FROM agencies WHERE id IN (SELECT value FROM json_each(?))',
  award_form: 'SELECT id, name FROM award_forms WHERE id IN (SELECT value FROM json_each(?))',
  submission: `SELECT s.id, u.name || coalesce(', ' || a.file_name, ', bản giấy') AS name FROM submissions s
               JOIN units u ON u.id = s.unit_id LEFT JOIN attachments a ON a.hash = s.attachment_hash
               WHERE s.id IN (SELECT value FROM json_each(?))`,
  issued_document: "SELECT id, 'Số ' || number || '/' || symbol AS name FROM issued_documents WHERE id IN (SELECT value FROM json_each(?))",
};

function subjects(ctx: ServiceContext, rows: readonly AuditRow[]): Map<string, string> {
  const named = new Map<string, string>();
  const byEntity = new Map<string, number[]>();
  for (const row of rows) {
    if (SUBJECTS[row.entity] && /^\d+$/u.test(row.entity_id))
      byEntity.set(row.entity, [...(byEntity.get(row.entity) ?? []), Number(row.entity_id)]);
  }
  for (const [entity, ids] of byEntity) {
    const sql = SUBJECTS[entity];
    if (!sql) continue;
    for (const found of prepared(ctx.db, sql).all(JSON.stringify(ids)) as { id: number; name: string; kind?: UnitKind }[]) {
      named.set(`${entity}:${found.id}`, found.kind ? unitTitle({ name: found.name, kind: found.kind }) : found.name);
    }
  }
  return named;
}

export function countAudit(ctx: ServiceContext, query: AuditQuery): number {
  const { where, params } = auditWhere(query);
  return Number(prepared(ctx.db, `SELECT count(*) FROM audit_log ${where}`).pluck().get(params));
}

export function listAudit(
  ctx: ServiceContext,
  query: AuditQuery & { limit?: number | undefined; offset?: number | undefined },
): { total: number; entries: AuditEntry[] } {
  const { where, params } = auditWhere(query);
  const rows = prepared(ctx.db, `SELECT * FROM audit_log ${where} ORDER BY id DESC LIMIT @limit OFFSET @offset`).all({
    ...params,
    limit: query.limit ?? 100,
    offset: query.offset ?? 0,
  }) as AuditRow[];
  return { total: countAudit(ctx, query), entries: withNames(ctx, rows) };
}

/** The Windows users the log names. */
export function auditUsers(ctx: ServiceContext): string[] {
  return prepared(ctx.db, 'SELECT DISTINCT os_user FROM audit_log ORDER BY os_user').pluck().all() as string[];
}

function withNames(ctx: ServiceContext, rows: readonly AuditRow[]): AuditEntry[] {
  const names = subjects(ctx, rows);
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    osUser: row.os_user,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    subject: names.get(`${row.entity}:${row.entity_id}`) ?? null,
    before: row.before_json === null ? null : (JSON.parse(row.before_json) as unknown),
    after: row.after_json === null ? null : (JSON.parse(row.after_json) as unknown),
  }));
}

/** Every row of a filter, newest first, in pages (the names worked out a page at a time). */
export function* allAuditEntries(ctx: ServiceContext, query: AuditQuery): Generator<AuditEntry> {
  const { where, params } = auditWhere(query);
  const page = prepared(ctx.db, `SELECT * FROM audit_log ${where} ${where ? 'AND' : 'WHERE'} id < @before ORDER BY id DESC LIMIT 1000`);
  let before = Number.MAX_SAFE_INTEGER;
  for (;;) {
    const rows = page.all({ ...params, before }) as AuditRow[];
    if (rows.length === 0) return;
    yield* withNames(ctx, rows);
    before = rows.at(-1)?.id ?? 0;
  }
}

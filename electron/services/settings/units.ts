import type { z } from 'zod';
import type { unitFieldsSchema } from '../../../shared/domain/units.ts';
import { AppError, notFound } from '../../../shared/api/errors.ts';
import { isUnitActiveOn, unitKindSchema, type Unit } from '../../../shared/domain/units.ts';
import { compareVietnamese, foldText } from '../../../shared/text/normalize.ts';
import { recordChange } from '../core/audit.ts';
import { todayOf, type ServiceContext } from '../core/context.ts';
import { prepared } from '../../db/statements.ts';
import { storeRowWarnings } from '../nominations/warning-figures.ts';

type UnitFields = z.output<typeof unitFieldsSchema>;

interface UnitRow {
  id: number;
  name: string;
  kind: string;
  parent_id: number | null;
  contact_office: string;
  email: string | null;
  official_code: string | null;
  active_from: string | null;
  active_to: string | null;
}

export function toUnit(row: UnitRow): Unit {
  return {
    id: row.id,
    name: row.name,
    kind: unitKindSchema.parse(row.kind),
    parentId: row.parent_id,
    contactOffice: row.contact_office,
    email: row.email,
    officialCode: row.official_code,
    activeFrom: row.active_from,
    activeTo: row.active_to,
  };
}

export function getUnit(ctx: ServiceContext, id: number): Unit {
  const row = prepared(ctx.db, 'SELECT * FROM units WHERE id = ?').get(id) as UnitRow | undefined;
  if (!row) throw notFound(`đơn vị mã ${id}`);
  return toUnit(row);
}

/** Units in Vietnamese order; active ones (on `today`) unless inactive ones are asked for too. */
export function listUnits(ctx: ServiceContext, options: { includeInactive?: boolean | undefined; today?: string }): Unit[] {
  const today = options.today ?? todayOf(ctx);
  const rows = prepared(ctx.db, 'SELECT * FROM units').all() as UnitRow[];
  return rows
    .map(toUnit)
    .filter((unit) => options.includeInactive || isUnitActiveOn(unit, today))
    .sort((a, b) => compareVietnamese(a.name, b.name) || a.id - b.id);
}

function assertNameFree(ctx: ServiceContext, name: string, kind: string, exceptId: number | null): void {
  const clash = prepared(ctx.db, 'SELECT id FROM units WHERE name_folded = ? AND kind = ? AND active_to IS NULL AND id IS NOT ?').get(
    foldText(name),
    kind,
    exceptId,
  );
  if (clash) throw new AppError('conflict', `Đã có đơn vị đang hoạt động tên "${name}".`, 'fields.name');
}

function assertParent(ctx: ServiceContext, parentId: number | null, selfId: number | null): void {
  const seen = new Set<number>();
  for (let at: number | null = parentId; at !== null; at = getUnit(ctx, at).parentId) {
    if (at === selfId) throw new AppError('invalid_input', 'Đơn vị không thể nằm dưới chính nó.', 'fields.parentId');
    if (seen.has(at)) break;
    seen.add(at);
  }
}

export function createUnit(ctx: ServiceContext, fields: UnitFields, activeFrom: string | null): Unit {
  assertNameFree(ctx, fields.name, fields.kind, null);
  assertParent(ctx, fields.parentId, null);
  const info = prepared(
    ctx.db,
    `INSERT INTO units (name, name_folded, kind, parent_id, contact_office, email, official_code, active_from)
       VALUES (@name, @folded, @kind, @parentId, @contactOffice, @email, @officialCode, @activeFrom)`,
  ).run({ ...fields, officialCode: fields.officialCode || null, folded: foldText(fields.name), activeFrom });
  const created = getUnit(ctx, Number(info.lastInsertRowid));
  recordChange(ctx, { action: 'create', entity: 'unit', entityId: created.id, after: created });
  return created;
}

export function updateUnit(ctx: ServiceContext, id: number, fields: Partial<UnitFields>): Unit {
  const before = getUnit(ctx, id);
  const next = { ...before, ...fields };
  if (fields.name !== undefined || fields.kind !== undefined) assertNameFree(ctx, next.name, next.kind, id);
  if (fields.parentId !== undefined) assertParent(ctx, fields.parentId, id);
  prepared(
    ctx.db,
    `UPDATE units SET name = @name, name_folded = @folded, kind = @kind, parent_id = @parentId,
         contact_office = @contactOffice, email = @email, official_code = @officialCode WHERE id = @id`,
  ).run({
    id,
    name: next.name,
    folded: foldText(next.name),
    kind: next.kind,
    parentId: next.parentId,
    contactOffice: next.contactOffice,
    email: next.email,
    officialCode: next.officialCode || null,
  });
  const after = getUnit(ctx, id);
  recordChange(ctx, { action: 'update', entity: 'unit', entityId: id, before, after });
  // A person's place is checked against the unit's name.
  if (after.name !== before.name) {
    storeRowWarnings(
      ctx,
      prepared(ctx.db, "SELECT id FROM nominees WHERE unit_id = ? AND kind = 'individual'").pluck().all(id) as number[],
    );
  }
  return after;
}

function setActiveTo(ctx: ServiceContext, id: number, activeTo: string | null): Unit {
  const before = getUnit(ctx, id);
  if (activeTo && before.activeFrom && activeTo < before.activeFrom) {
    throw new AppError('invalid_input', 'Ngày ngừng hoạt động phải sau ngày bắt đầu hoạt động.', 'activeTo');
  }
  prepared(ctx.db, 'UPDATE units SET active_to = ? WHERE id = ?').run(activeTo, id);
  const after = getUnit(ctx, id);
  recordChange(ctx, { action: 'update', entity: 'unit', entityId: id, before, after });
  return after;
}

export function deactivateUnit(ctx: ServiceContext, id: number, activeTo: string): Unit {
  const unit = getUnit(ctx, id);
  if (unit.activeTo) {
    throw new AppError(
      'conflict',
      `${unit.name} đã ngừng hoạt động từ sau ngày ${unit.activeTo.split('-').reverse().join('/')}; hãy khôi phục trước nếu cần đặt ngày khác.`,
    );
  }
  return setActiveTo(ctx, id, activeTo);
}

/** A reorganisation ends several units on one date, all or none (one transaction). */
export function deactivateUnits(ctx: ServiceContext, ids: readonly number[], activeTo: string): Unit[] {
  return ids.map((id) => deactivateUnit(ctx, id, activeTo));
}

export function reactivateUnit(ctx: ServiceContext, id: number): Unit {
  const unit = getUnit(ctx, id);
  assertNameFree(ctx, unit.name, unit.kind, id);
  return setActiveTo(ctx, id, null);
}

import type { ActivityKind } from '../../../shared/domain/activities.ts';
import { foldText } from '../../../shared/text/normalize.ts';
import { AppError } from '../../../shared/api/errors.ts';
import { recordChange } from '../core/audit.ts';
import type { ServiceContext } from '../core/context.ts';
import { prepared } from '../../db/statements.ts';

interface KindRow {
  code: string;
  name: string;
  position: number;
  active: number;
}

export function listActivityKinds(ctx: ServiceContext, includeInactive = false): ActivityKind[] {
  const rows = prepared(ctx.db, 'SELECT * FROM activity_kinds ORDER BY position, code').all() as KindRow[];
  return rows
    .filter((row) => includeInactive || row.active === 1)
    .map((row) => ({ code: row.code, name: row.name, position: row.position, active: row.active === 1 }));
}

function codeFor(name: string, taken: ReadonlySet<string>): string {
  const base =
    foldText(name)
      .replace(/[^a-z0-9]+/gu, '-')
      .replace(/^-|-$/gu, '')
      .slice(0, 40) || 'loai';
  let code = base;
  for (let n = 2; taken.has(code); n++) code = `${base}-${n}`;
  return code;
}

/**
 * The kinds in the order given: renamed, added, hidden or shown again. A kind left out of the
 * list is hidden, never deleted, since activities refer to it.
 */
export function saveActivityKinds(
  ctx: ServiceContext,
  kinds: readonly { code?: string | undefined; name: string; active: boolean }[],
): ActivityKind[] {
  const before = listActivityKinds(ctx, true);
  const known = new Set(before.map((kind) => kind.code));
  const names = new Set<string>();
  for (const kind of kinds) {
    const folded = foldText(kind.name);
    if (names.has(folded)) throw new AppError('invalid_input', `Loại hoạt động "${kind.name}" có hai lần.`, 'kinds');
    names.add(folded);
    if (kind.code && !known.has(kind.code)) throw new AppError('not_found', `Không có loại hoạt động mã "${kind.code}".`, 'kinds');
  }
  if (!kinds.some((kind) => kind.active)) throw new AppError('invalid_input', 'Cần ít nhất một loại hoạt động đang dùng.', 'kinds');
  const taken = new Set(known);
  const upsert = prepared(
    ctx.db,
    `INSERT INTO activity_kinds (code, name, position, active) VALUES (@code, @name, @position, @active)
     ON CONFLICT (code) DO UPDATE SET name = excluded.name, position = excluded.position, active = excluded.active`,
  );
  const listed = new Set<string>();
  kinds.forEach((kind, index) => {
    const code = kind.code ?? codeFor(kind.name, taken);
    taken.add(code);
    listed.add(code);
    upsert.run({ code, name: kind.name, position: index + 1, active: kind.active ? 1 : 0 });
  });
  let position = kinds.length;
  for (const old of before) {
    if (!listed.has(old.code))
      prepared(ctx.db, 'UPDATE activity_kinds SET active = 0, position = ? WHERE code = ?').run(++position, old.code);
  }
  const after = listActivityKinds(ctx, true);
  recordChange(ctx, { action: 'update', entity: 'activity_kinds', entityId: 'all', before, after });
  return after;
}

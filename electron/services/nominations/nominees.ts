import type { Nominee, NomineeFields, NomineeKind, NomineeStatus } from '../../../shared/domain/nominees.ts';
import { AppError, notFound } from '../../../shared/api/errors.ts';
import { isRuleId, RULE_BITS } from '../../../shared/domain/nominee-checks.ts';
import { prepared } from '../../db/statements.ts';
import { recordChange } from '../core/audit.ts';
import type { ServiceContext } from '../core/context.ts';
import { getNominee } from './nominee-rows.ts';
import { writeNominee, type NameGroup, type QuotaGroup } from './nominee-write.ts';
import { refreshNameRules, refreshOverQuotaOf, setWarningBits, storeRowWarnings } from './warning-figures.ts';

/**
 * Saves nominees (typed by hand, or the rows of an imported file): each row, then the warnings of
 * all of them and the quota places of each group they touched, once. Returns their ids in order.
 */
/** A nominee belongs to a unit of the campaign's plan (one with a quota): no write makes one for another unit. */
export function assertUnitsInPlan(ctx: ServiceContext, campaignId: number, unitIds: Iterable<number>): void {
  const planned = new Set(
    prepared(ctx.db, 'SELECT unit_id FROM campaign_quotas WHERE campaign_id = ?').pluck().all(campaignId) as number[],
  );
  for (const unitId of new Set(unitIds)) {
    if (!planned.has(unitId)) {
      throw new AppError('invalid_input', `Đơn vị mã ${unitId} không có chỉ tiêu trong kế hoạch của chiến dịch này.`, 'fields.unitId');
    }
  }
}

export function saveNominees(
  ctx: ServiceContext,
  campaignId: number,
  rows: readonly { id?: number | undefined; fields: NomineeFields }[],
  submissionId: number | null = null,
): number[] {
  assertUnitsInPlan(
    ctx,
    campaignId,
    rows.map((row) => row.fields.unitId),
  );
  const written = rows.map((row) => writeNominee(ctx, campaignId, row.id, row.fields, submissionId));
  const ids = written.map((row) => row.id);
  storeRowWarnings(ctx, ids);
  refreshOverQuotaOf(
    ctx,
    written.flatMap((row) => row.groups),
  );
  refreshNameRules(
    ctx,
    written.flatMap((row) => row.names),
  );
  return ids;
}

export function saveNominee(ctx: ServiceContext, campaignId: number, id: number | undefined, fields: NomineeFields): Nominee {
  const [saved] = saveNominees(ctx, campaignId, [{ id, fields }]);
  return getNominee(ctx, saved ?? 0);
}

function groupsOf(ctx: ServiceContext, id: number): { quota: QuotaGroup; name: NameGroup } {
  const row = prepared(
    ctx.db,
    'SELECT campaign_id AS campaignId, unit_id AS unitId, kind, name_folded AS nameFolded FROM nominees WHERE id = ?',
  ).get(id) as { campaignId: number; unitId: number; kind: NomineeKind; nameFolded: string } | undefined;
  if (!row) throw notFound(`đề cử mã ${id}`);
  const { campaignId, unitId, kind, nameFolded } = row;
  return { quota: { campaignId, unitId, kind }, name: { campaignId, unitId, nameFolded } };
}

/** The figures of a nominee's groups, after it left or rejoined them. */
function refreshGroupsOf(ctx: ServiceContext, id: number): void {
  const { quota, name } = groupsOf(ctx, id);
  refreshOverQuotaOf(ctx, [quota]);
  refreshNameRules(ctx, [name]);
}

export function deleteNominee(ctx: ServiceContext, id: number): { id: number } {
  const before = getNominee(ctx, id);
  prepared(ctx.db, 'UPDATE nominees SET deleted_at = ? WHERE id = ?').run(ctx.now().toISOString(), id);
  refreshGroupsOf(ctx, id);
  recordChange(ctx, { action: 'delete', entity: 'nominee', entityId: id, before });
  return { id };
}

/** The campaign's deleted nominees, last deleted first: the "Đã xóa" list they are restored from. */
export function listDeletedNominees(ctx: ServiceContext, campaignId: number) {
  return prepared(
    ctx.db,
    `SELECT n.id, n.name, n.kind, u.name AS unitName, n.deleted_at AS deletedAt FROM nominees n JOIN units u ON u.id = n.unit_id
     WHERE n.campaign_id = ? AND n.deleted_at IS NOT NULL ORDER BY n.deleted_at DESC, n.id DESC`,
  ).all(campaignId) as { id: number; name: string; kind: NomineeKind; unitName: string; deletedAt: string }[];
}

export function restoreNominee(ctx: ServiceContext, id: number): Nominee {
  getNominee(ctx, id, true);
  prepared(ctx.db, 'UPDATE nominees SET deleted_at = NULL WHERE id = ?').run(id);
  // The plan may have changed while it was deleted: its own rules are worked out again.
  storeRowWarnings(ctx, [id]);
  refreshGroupsOf(ctx, id);
  const after = getNominee(ctx, id);
  recordChange(ctx, { action: 'create', entity: 'nominee', entityId: id, after });
  return after;
}

/**
 * Moves nominees to a status in one action: each row and its audit entry, then the quota places
 * of each group once (only a withdrawal, or its undoing, moves them).
 */
export function setNomineeStatuses(ctx: ServiceContext, ids: readonly number[], status: NomineeStatus, reason = ''): void {
  const read = prepared(ctx.db, 'SELECT id, campaign_id, unit_id, kind, status FROM nominees WHERE id = ? AND deleted_at IS NULL');
  const write = prepared(ctx.db, 'UPDATE nominees SET status = ?, updated_at = ? WHERE id = ?');
  const now = ctx.now().toISOString();
  const groups: QuotaGroup[] = [];
  for (const id of ids) {
    const row = read.get(id) as { id: number; campaign_id: number; unit_id: number; kind: NomineeKind; status: string } | undefined;
    if (!row) throw notFound(`đề cử mã ${id}`);
    if (row.status === status) continue;
    write.run(status, now, id);
    recordChange(ctx, {
      action: 'update',
      entity: 'nominee',
      entityId: id,
      before: { status: row.status },
      after: reason ? { status, reason } : { status },
    });
    groups.push({ campaignId: row.campaign_id, unitId: row.unit_id, kind: row.kind });
  }
  refreshOverQuotaOf(ctx, groups);
}

/** A warning the office accepts on purpose, with a written reason: audited and shown. */
export function acceptWarning(ctx: ServiceContext, id: number, rule: string, reason: string): Nominee {
  const nominee = getNominee(ctx, id);
  if (!isRuleId(rule) || !nominee.warnings.some((warning) => warning.rule === rule)) {
    throw new AppError('invalid_input', 'Đề cử này không có cảnh báo đó.', 'rule');
  }
  prepared(
    ctx.db,
    `INSERT INTO warning_acceptances (nominee_id, rule, reason, os_user, accepted_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (nominee_id, rule) DO UPDATE SET reason = excluded.reason, os_user = excluded.os_user, accepted_at = excluded.accepted_at`,
  ).run(id, rule, reason, ctx.osUser, ctx.now().toISOString());
  prepared(ctx.db, `UPDATE nominees SET ${setWarningBits('warning_bits', 'accepted_bits | @bit')} WHERE id = @id`).run({
    bit: RULE_BITS[rule],
    id,
  });
  const after = getNominee(ctx, id);
  recordChange(ctx, { action: 'update', entity: 'nominee', entityId: id, before: nominee, after });
  return after;
}

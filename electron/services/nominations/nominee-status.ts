import { AppError } from '../../../shared/api/errors.ts';
import { NOMINEE_STATUSES, type NomineeStatus } from '../../../shared/domain/nominees.ts';
import { statusMove, type StatusCause } from '../../../shared/domain/nominee-status.ts';
import type { ServiceContext } from '../core/context.ts';
import { prepared } from '../../db/statements.ts';
import { setNomineeStatuses } from './nominees.ts';

function statusOf(value: string): NomineeStatus {
  return NOMINEE_STATUSES.find((status) => status === value) ?? 'nominated';
}

/** The live nominees' current statuses, in one query, refusing ids that are not live nominees of the campaign. */
export function liveStatuses(
  ctx: ServiceContext,
  ids: readonly number[],
  campaignId?: number,
): Map<number, { status: NomineeStatus; name: string }> {
  const rows = prepared(
    ctx.db,
    `SELECT n.id, n.status, n.name, n.campaign_id AS campaignId FROM json_each(?) j
       JOIN nominees n ON n.id = j.value AND n.deleted_at IS NULL`,
  ).all(JSON.stringify(ids)) as { id: number; status: string; name: string; campaignId: number }[];
  const found = new Map(rows.map((row) => [row.id, row]));
  for (const id of ids) {
    const row = found.get(id);
    if (!row) throw new AppError('not_found', `Không có đề cử mã ${id} (hoặc đã bị xóa).`, 'nomineeIds');
    if (campaignId !== undefined && row.campaignId !== campaignId) {
      throw new AppError('invalid_input', `Đề cử mã ${id} (${row.name}) thuộc chiến dịch khác.`, 'nomineeIds');
    }
  }
  return new Map(rows.map((row) => [row.id, { status: statusOf(row.status), name: row.name }]));
}

/**
 * Moves nominees to a status for a cause, all or none: each move is checked against the status
 * rules first (a step back needs a reason), then written and audited with that reason.
 */
export function moveNominees(ctx: ServiceContext, ids: readonly number[], to: NomineeStatus, cause: StatusCause, reason = ''): void {
  const current = liveStatuses(ctx, ids);
  for (const { status, name } of current.values()) {
    const move = statusMove(status, to, cause, reason);
    if (!move.ok) throw new AppError('invalid_input', `${name}: ${move.reason}`, 'status');
  }
  setNomineeStatuses(ctx, ids, to, reason);
}

/** Nominees not yet nurtured (đề cử, hợp lệ) start "Đang bồi dưỡng" with their first activity. */
export function startNurturing(ctx: ServiceContext, ids: readonly number[]): void {
  const current = liveStatuses(ctx, ids);
  const starting = ids.filter((id) => {
    const status = current.get(id)?.status;
    return status === 'nominated' || status === 'valid';
  });
  if (starting.length > 0) setNomineeStatuses(ctx, starting, 'nurturing', 'Có hoạt động bồi dưỡng đầu tiên.');
}

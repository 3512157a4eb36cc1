import type { Warning } from '../../../shared/domain/overview.ts';
import { NOMINEE_STATUS_LABELS, NOMINEE_STATUSES, type NomineeStatus } from '../../../shared/domain/nominees.ts';
import type { Phase } from '../../../shared/domain/phases.ts';
import type { ServiceContext } from '../core/context.ts';
import { overdueNominees } from '../nurturing/overdue.ts';
import { prepared } from '../../db/statements.ts';

/** The live nominees of a campaign per status, in the order of the phases (statuses with none left out). */
export function statusCounts(ctx: ServiceContext, campaignId: number): { status: NomineeStatus; label: string; count: number }[] {
  const rows = prepared(
    ctx.db,
    'SELECT status, count(*) AS count FROM nominees WHERE campaign_id = ? AND deleted_at IS NULL GROUP BY status',
  ).all(campaignId) as { status: string; count: number }[];
  const counted = new Map(rows.map((row) => [row.status, row.count]));
  return NOMINEE_STATUSES.filter((status) => (counted.get(status) ?? 0) > 0).map((status) => ({
    status,
    label: NOMINEE_STATUS_LABELS[status],
    count: counted.get(status) ?? 0,
  }));
}

/**
 * What is overdue in the phases of nurturing and evaluation: nominees without an activity in a
 * quarter of the nurturing phase that has ended, and nominees not yet evaluated once the
 * evaluation phase has begun.
 */
export function phaseOverdue(ctx: ServiceContext, campaignId: number, phases: readonly Phase[], today: string): Warning[] {
  const warnings: Warning[] = [];
  const nurturing = phases.find((phase) => phase.key === 'nurturing');
  if (nurturing?.startsOn && nurturing.startsOn <= today) {
    const overdue = overdueNominees(ctx, campaignId, today);
    if (overdue > 0) {
      warnings.push({
        level: 'warning',
        screen: 'nurturing',
        message: `${overdue} đề cử chưa có hoạt động bồi dưỡng nào trong một quý đã qua của giai đoạn bồi dưỡng.`,
      });
    }
  }
  const evaluation = phases.find((phase) => phase.key === 'evaluation');
  if (evaluation?.startsOn && evaluation.startsOn <= today) {
    const waiting = Number(
      prepared(
        ctx.db,
        `SELECT count(*) FROM nominees n LEFT JOIN evaluations e ON e.nominee_id = n.id
          WHERE n.campaign_id = ? AND n.deleted_at IS NULL AND n.status <> 'withdrawn' AND e.result IS NULL`,
      )
        .pluck()
        .get(campaignId),
    );
    if (waiting > 0) {
      warnings.push({
        level: 'warning',
        screen: 'evaluation',
        message: `${waiting} đề cử chưa được đánh giá dù giai đoạn đánh giá đã bắt đầu.`,
      });
    }
  }
  return warnings;
}

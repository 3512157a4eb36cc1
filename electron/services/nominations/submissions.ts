import type { UnitSubmission } from '../../../shared/domain/submissions.ts';
import { unitTitle } from '../../../shared/domain/units.ts';
import { daysBetween } from '../../../shared/format/dates.ts';
import { AppError, notFound } from '../../../shared/api/errors.ts';
import { recordChange } from '../core/audit.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import { todayOf, type ServiceContext } from '../core/context.ts';
import { countsByUnit } from './nominee-counts.ts';
import { refreshLate } from './warning-figures.ts';
import { assertUnitsInPlan } from './nominees.ts';
import { getUnit } from '../settings/units.ts';
import { prepared } from '../../db/statements.ts';

/** One card per unit with a quota: what it sent, when, on time or late, and its open warnings. */
export function listSubmissions(ctx: ServiceContext, campaignId: number, today = todayOf(ctx)): UnitSubmission[] {
  const campaign = getCampaign(ctx, campaignId);
  const counts = countsByUnit(ctx, campaignId);
  return campaign.quotas.map((quota) => {
    const unit = getUnit(ctx, quota.unitId);
    const files = prepared(
      ctx.db,
      `SELECT s.id AS submissionId, s.received_on AS receivedOn, a.hash, a.file_name AS fileName FROM submissions s
         LEFT JOIN attachments a ON a.hash = s.attachment_hash WHERE s.campaign_id = ? AND s.unit_id = ? ORDER BY s.id`,
    ).all(campaignId, unit.id) as UnitSubmission['files'];
    const receivedOn = prepared(
      ctx.db,
      'SELECT min(received_on) FROM submissions WHERE campaign_id = ? AND unit_id = ? AND received_on IS NOT NULL',
    )
      .pluck()
      .get(campaignId, unit.id) as string | null;
    return {
      unitId: unit.id,
      unitTitle: unitTitle(unit),
      quota: { collective: quota.collective, individual: quota.individual },
      filled: counts.get(unit.id)?.filled ?? { collective: 0, individual: 0 },
      receivedOn,
      state: receivedOn === null ? 'not-yet' : receivedOn > campaign.nominationDeadline ? 'late' : 'on-time',
      daysLeft: daysBetween(today, campaign.nominationDeadline),
      warnings: counts.get(unit.id)?.openWarnings ?? 0,
      files,
    };
  });
}

/**
 * Records when something a unit sent arrived: one of its submissions, or (without one) its list
 * on paper, created on first use. The late rule of the unit's nominees is worked out again at
 * once, so no screen shows a warning about the old date. Answers the unit cards as they are now.
 */
export function setReceived(
  ctx: ServiceContext,
  request: { campaignId: number; unitId: number; submissionId?: number | undefined; receivedOn: string | null },
): UnitSubmission[] {
  const { campaignId, unitId, receivedOn } = request;
  getUnit(ctx, unitId);
  assertUnitsInPlan(ctx, campaignId, [unitId]);
  const existing = (
    request.submissionId === undefined
      ? prepared(
          ctx.db,
          "SELECT id, received_on, attachment_hash FROM submissions WHERE campaign_id = ? AND unit_id = ? AND channel = 'paper' ORDER BY id LIMIT 1",
        ).get(campaignId, unitId)
      : prepared(ctx.db, 'SELECT id, received_on, attachment_hash FROM submissions WHERE id = ? AND campaign_id = ? AND unit_id = ?').get(
          request.submissionId,
          campaignId,
          unitId,
        )
  ) as { id: number; received_on: string | null; attachment_hash: string | null } | undefined;
  if (request.submissionId !== undefined && !existing) throw notFound(`lần gửi mã ${request.submissionId} của đơn vị này`);
  if (existing?.attachment_hash && receivedOn === null) {
    throw new AppError('invalid_input', 'Tệp đã nhận phải có ngày nhận.', 'receivedOn');
  }
  if (existing) {
    prepared(ctx.db, 'UPDATE submissions SET received_on = ? WHERE id = ?').run(receivedOn, existing.id);
    recordChange(ctx, {
      action: 'update',
      entity: 'submission',
      entityId: existing.id,
      before: { receivedOn: existing.received_on },
      after: { receivedOn },
    });
  } else {
    const info = prepared(
      ctx.db,
      "INSERT INTO submissions (campaign_id, unit_id, received_on, channel, created_at) VALUES (?, ?, ?, 'paper', ?)",
    ).run(campaignId, unitId, receivedOn, ctx.now().toISOString());
    recordChange(ctx, {
      action: 'create',
      entity: 'submission',
      entityId: Number(info.lastInsertRowid),
      after: { campaignId, unitId, receivedOn },
    });
  }
  // The unit's first date may have moved too: every nominee of the unit (and of that submission) is
  // looked at, and only the rows whose late warning changes are written.
  refreshLate(ctx, campaignId, { unitId, ...(existing ? { submissionId: existing.id } : {}) });
  return listSubmissions(ctx, campaignId);
}

/** The submission that brought this very file (same content) from the unit before, if any. */
export function sameFileSubmission(ctx: ServiceContext, campaignId: number, unitId: number, hash: string) {
  return prepared(
    ctx.db,
    'SELECT id, received_on AS receivedOn FROM submissions WHERE campaign_id = ? AND unit_id = ? AND attachment_hash = ? ORDER BY id LIMIT 1',
  ).get(campaignId, unitId, hash) as { id: number; receivedOn: string | null } | undefined;
}

/**
 * The submission an imported file comes in as: the one that brought the same file before (so it
 * is listed once, with the date now given), or a new one. Returns its id.
 */
export function recordFileSubmission(
  ctx: ServiceContext,
  file: { campaignId: number; unitId: number; hash: string; fileName: string; receivedOn: string },
): number {
  const { campaignId, unitId, hash, fileName, receivedOn } = file;
  const same = sameFileSubmission(ctx, campaignId, unitId, hash);
  if (same) {
    if (same.receivedOn !== receivedOn) {
      prepared(ctx.db, 'UPDATE submissions SET received_on = ? WHERE id = ?').run(receivedOn, same.id);
      recordChange(ctx, {
        action: 'update',
        entity: 'submission',
        entityId: same.id,
        before: { receivedOn: same.receivedOn },
        after: { receivedOn },
      });
    }
    return same.id;
  }
  const info = prepared(
    ctx.db,
    "INSERT INTO submissions (campaign_id, unit_id, received_on, channel, attachment_hash, note, created_at) VALUES (?, ?, ?, 'email', ?, ?, ?)",
  ).run(campaignId, unitId, receivedOn, hash, fileName, ctx.now().toISOString());
  const submissionId = Number(info.lastInsertRowid);
  recordChange(ctx, {
    action: 'create',
    entity: 'submission',
    entityId: submissionId,
    after: { campaignId, unitId, receivedOn, file: fileName, hash },
  });
  return submissionId;
}

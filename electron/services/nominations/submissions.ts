import type { UnitSubmission } from '../../../shared/domain/submissions.ts';
import { unitTitle } from '../../../shared/domain/units.ts';
import { daysBetween } from '../../../shared/format/dates.ts';
import { recordChange } from '../core/audit.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import { todayOf, type ServiceContext } from '../core/context.ts';
import { countsByUnit } from './nominee-counts.ts';
import { refreshLate } from './warning-figures.ts';
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
      `SELECT s.received_on AS receivedOn, a.hash, a.file_name AS fileName FROM submissions s
         JOIN attachments a ON a.hash = s.attachment_hash WHERE s.campaign_id = ? AND s.unit_id = ? ORDER BY s.id`,
    ).all(campaignId, unit.id) as { receivedOn: string | null; hash: string; fileName: string }[];
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

/** Records when a unit's list arrived (on paper, by hand), or clears it; answers the unit cards as they are now. */
export function setReceived(ctx: ServiceContext, campaignId: number, unitId: number, receivedOn: string | null): UnitSubmission[] {
  getUnit(ctx, unitId);
  const existing = prepared(
    ctx.db,
    "SELECT id, received_on FROM submissions WHERE campaign_id = ? AND unit_id = ? AND channel = 'paper' ORDER BY id LIMIT 1",
  ).get(campaignId, unitId) as { id: number; received_on: string | null } | undefined;
  if (existing) {
    prepared(ctx.db, 'UPDATE submissions SET received_on = ? WHERE id = ?').run(receivedOn, existing.id);
    recordChange(ctx, {
      action: 'update',
      entity: 'submission',
      entityId: existing.id,
      before: { receivedOn: existing.received_on },
      after: { receivedOn },
    });
    refreshLate(ctx, campaignId, { unitId, submissionId: existing.id });
    return listSubmissions(ctx, campaignId);
  }
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
  refreshLate(ctx, campaignId, { unitId });
  return listSubmissions(ctx, campaignId);
}

import * as z from 'zod';
import type { Campaign, CampaignSummary } from '../../../shared/domain/campaigns.ts';
import { CAMPAIGN_STATUSES } from '../../../shared/domain/campaigns.ts';
import { notFound } from '../../../shared/api/errors.ts';
import { PHASE_KEYS, currentPhase, type Phase } from '../../../shared/domain/phases.ts';
import { planContentSchema } from '../../../shared/domain/plan.ts';
import { unitTitle } from '../../../shared/domain/units.ts';
import { todayOf, type ServiceContext } from '../core/context.ts';
import { getUnit } from '../settings/units.ts';
import { prepared } from '../../db/statements.ts';

interface CampaignRow {
  id: number;
  year: number;
  title: string;
  status: string;
  agency_id: number;
  nomination_deadline: string;
  submit_to: string;
  total_models: number;
  award_event: string;
  plan_json: string;
  achievement_fields_json: string;
  collective_forms_json: string;
  plan_number: string | null;
  plan_issued_on: string | null;
  copied_from_id: number | null;
  created_at: string;
}

const stringList = z.array(z.string());
const statusSchema = z.enum(CAMPAIGN_STATUSES);
const phaseKeySchema = z.enum(PHASE_KEYS);

export function campaignPhases(ctx: ServiceContext, campaignId: number): Phase[] {
  const rows = prepared(ctx.db, 'SELECT key, name, starts_on, ends_on FROM campaign_phases WHERE campaign_id = ? ORDER BY position').all(
    campaignId,
  ) as { key: string; name: string; starts_on: string | null; ends_on: string | null }[];
  return rows.map((row) => ({ key: phaseKeySchema.parse(row.key), name: row.name, startsOn: row.starts_on, endsOn: row.ends_on }));
}

function campaignQuotas(ctx: ServiceContext, campaignId: number): Campaign['quotas'] {
  const rows = prepared(ctx.db, 'SELECT unit_id, collective, individual FROM campaign_quotas WHERE campaign_id = ? ORDER BY position').all(
    campaignId,
  ) as { unit_id: number; collective: number; individual: number }[];
  return rows.map((row) => {
    const unit = getUnit(ctx, row.unit_id);
    return { unitId: unit.id, unitName: unit.name, unitTitle: unitTitle(unit), collective: row.collective, individual: row.individual };
  });
}

function campaignRow(ctx: ServiceContext, id: number): CampaignRow {
  const row = prepared(ctx.db, 'SELECT * FROM campaigns WHERE id = ?').get(id) as CampaignRow | undefined;
  if (!row) throw notFound(`chiến dịch mã ${id}`);
  return row;
}

export function getCampaign(ctx: ServiceContext, id: number): Campaign {
  const row = campaignRow(ctx, id);
  return {
    id: row.id,
    year: row.year,
    title: row.title,
    status: statusSchema.parse(row.status),
    agencyId: row.agency_id,
    nominationDeadline: row.nomination_deadline,
    submitTo: row.submit_to,
    totalModels: row.total_models,
    awardEvent: row.award_event,
    plan: planContentSchema.parse(JSON.parse(row.plan_json)),
    phases: campaignPhases(ctx, id),
    quotas: campaignQuotas(ctx, id),
    achievementFields: stringList.parse(JSON.parse(row.achievement_fields_json)),
    collectiveForms: stringList.parse(JSON.parse(row.collective_forms_json)),
    planNumber: row.plan_number,
    planIssuedOn: row.plan_issued_on,
    copiedFromId: row.copied_from_id,
    createdAt: row.created_at,
  };
}

function phaseLabel(phases: Phase[], today: string): string {
  const running = currentPhase(phases, today);
  if (running) return running.name;
  const starts = phases
    .map((p) => p.startsOn)
    .filter((d): d is string => d !== null)
    .sort();
  const ends = phases
    .map((p) => p.endsOn)
    .filter((d): d is string => d !== null)
    .sort();
  if (starts[0] && today < starts[0]) return 'Chưa bắt đầu';
  if (ends.at(-1) && today > (ends.at(-1) ?? '')) return 'Đã kết thúc';
  return 'Giữa hai giai đoạn';
}

export function summarizeCampaign(ctx: ServiceContext, id: number, today: string): CampaignSummary {
  const row = campaignRow(ctx, id);
  return {
    id: row.id,
    year: row.year,
    title: row.title,
    status: statusSchema.parse(row.status),
    phase: phaseLabel(campaignPhases(ctx, id), today),
  };
}

/** Newest year first. */
export function listCampaigns(ctx: ServiceContext, today = todayOf(ctx)): CampaignSummary[] {
  const ids = prepared(ctx.db, 'SELECT id FROM campaigns ORDER BY year DESC, id DESC').pluck().all() as number[];
  return ids.map((id) => summarizeCampaign(ctx, id, today));
}

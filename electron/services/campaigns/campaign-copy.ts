import type { Campaign, CampaignSummary } from '../../../shared/domain/campaigns.ts';
import { AppError } from '../../../shared/api/errors.ts';
import type { Phase } from '../../../shared/domain/phases.ts';
import { planContentSchema, type PlanContent } from '../../../shared/domain/plan.ts';
import { shiftYears } from '../../../shared/format/dates.ts';
import { foldText } from '../../../shared/text/normalize.ts';
import { recordChange } from '../core/audit.ts';
import { todayOf, type ServiceContext } from '../core/context.ts';
import { agencyOn } from '../settings/agencies.ts';
import { getCampaign, summarizeCampaign } from './campaigns.ts';
import { prepared } from '../../db/statements.ts';

export interface NewCampaign {
  year: number;
  title: string;
  status: Campaign['status'];
  agencyId: number;
  nominationDeadline: string;
  submitTo: string;
  totalModels: number;
  awardEvent: string;
  plan: PlanContent;
  phases: Phase[];
  quotas: { unitId: number; collective: number; individual: number }[];
  achievementFields: string[];
  collectiveForms: string[];
  copiedFromId: number | null;
}

export function insertCampaign(ctx: ServiceContext, campaign: NewCampaign): Campaign {
  const plan = planContentSchema.parse(campaign.plan);
  const info = prepared(
    ctx.db,
    `INSERT INTO campaigns (year, title, title_folded, status, agency_id, nomination_deadline, submit_to,
         total_models, award_event, plan_json, achievement_fields_json, collective_forms_json, copied_from_id, created_at)
       VALUES (@year, @title, @titleFolded, @status, @agencyId, @nominationDeadline, @submitTo,
         @totalModels, @awardEvent, @plan, @fields, @forms, @copiedFromId, @createdAt)`,
  ).run({
    year: campaign.year,
    title: campaign.title,
    titleFolded: foldText(campaign.title),
    status: campaign.status,
    agencyId: campaign.agencyId,
    nominationDeadline: campaign.nominationDeadline,
    submitTo: campaign.submitTo,
    totalModels: campaign.totalModels,
    awardEvent: campaign.awardEvent,
    plan: JSON.stringify(plan),
    fields: JSON.stringify(campaign.achievementFields),
    forms: JSON.stringify(campaign.collectiveForms),
    copiedFromId: campaign.copiedFromId,
    createdAt: ctx.now().toISOString(),
  });
  const id = Number(info.lastInsertRowid);
  const insertPhase = prepared(
    ctx.db,
    'INSERT INTO campaign_phases (campaign_id, key, position, name, starts_on, ends_on) VALUES (?, ?, ?, ?, ?, ?)',
  );
  campaign.phases.forEach((phase, index) => insertPhase.run(id, phase.key, index, phase.name, phase.startsOn, phase.endsOn));
  const insertQuota = prepared(
    ctx.db,
    'INSERT INTO campaign_quotas (campaign_id, unit_id, position, collective, individual) VALUES (?, ?, ?, ?, ?)',
  );
  campaign.quotas.forEach((quota, index) => insertQuota.run(id, quota.unitId, index, quota.collective, quota.individual));
  const created = getCampaign(ctx, id);
  recordChange(ctx, { action: 'create', entity: 'campaign', entityId: id, after: created });
  return created;
}

/**
 * Replaces the campaign's year in running text ("năm 2024", "20/3/2024", "quý II, III/2024") but
 * not inside document numbers ("73/2024/NĐ-CP"), ranges ("2022-2024") or longer numbers.
 */
export function replaceYear(text: string, from: number, to: number): string {
  return text.replace(new RegExp(`(?<![\\d-])${from}(?![\\d/]|-\\d)`, 'gu'), String(to));
}

function planForYear(plan: PlanContent, from: number, to: number): PlanContent {
  const swap = (value: string) => replaceYear(value, from, to);
  const swapAll = (values: string[]) => values.map(swap);
  return {
    ...plan,
    title: swap(plan.title),
    // The documents the plan is based on are real, dated documents: they are not moved.
    basis: plan.basis,
    openingStatement: swap(plan.openingStatement),
    purposes: swapAll(plan.purposes),
    requirements: swapAll(plan.requirements),
    subjects: swapAll(plan.subjects),
    criteriaCollective: swapAll(plan.criteriaCollective),
    criteriaIndividual: swapAll(plan.criteriaIndividual),
    quantity: swapAll(plan.quantity),
    allocationLead: swap(plan.allocationLead),
    schedule: swapAll(plan.schedule),
    funding: swapAll(plan.funding),
    tasks: swapAll(plan.tasks),
    closing: swap(plan.closing),
  };
}

/**
 * A new campaign from an earlier one: the plan's text with the year changed, quotas, phases and
 * deadline moved by the difference in years, the agency in charge at the new deadline (with its
 * signer). Nothing issued is copied: the new plan is a draft without number or date. The council's
 * members are copied by copyCampaign.
 */
function copyCampaignRecord(ctx: ServiceContext, fromId: number, year: number, title?: string): Campaign {
  const source = getCampaign(ctx, fromId);
  const exists = prepared(ctx.db, 'SELECT id FROM campaigns WHERE year = ?').get(year);
  if (exists) throw new AppError('conflict', `Đã có chiến dịch năm ${year}.`, 'year');
  const shift = year - source.year;
  const deadline = shiftYears(source.nominationDeadline, shift);
  const agency = agencyOn(ctx, deadline);
  const plan = planForYear(source.plan, source.year, year);
  return insertCampaign(ctx, {
    year,
    title: title ?? replaceYear(source.title, source.year, year),
    status: 'draft',
    agencyId: agency.id,
    nominationDeadline: deadline,
    submitTo: replaceYear(source.submitTo, source.year, year),
    totalModels: source.totalModels,
    awardEvent: replaceYear(source.awardEvent, source.year, year),
    plan: {
      ...plan,
      signer: {
        authority: agency.signerAuthority,
        headTitle: agency.headTitle,
        signerTitle: agency.signerTitle,
        name: agency.signerName,
      },
    },
    phases: source.phases.map((phase) => ({
      ...phase,
      startsOn: phase.startsOn ? shiftYears(phase.startsOn, shift) : null,
      endsOn: phase.endsOn ? shiftYears(phase.endsOn, shift) : null,
    })),
    quotas: source.quotas.map(({ unitId, collective, individual }) => ({ unitId, collective, individual })),
    achievementFields: source.achievementFields,
    collectiveForms: source.collectiveForms,
    copiedFromId: source.id,
  });
}

/** campaigns.copy: the new campaign as the switcher lists it. */
export function copyCampaign(
  ctx: ServiceContext,
  input: { fromCampaignId: number; year: number; title?: string | undefined },
): CampaignSummary {
  const created = copyCampaignRecord(ctx, input.fromCampaignId, input.year, input.title);
  // The council starts as last year's, to be brought up to date; its meetings and votes stay behind.
  prepared(
    ctx.db,
    `INSERT INTO council_members (campaign_id, position, name, title, role, appointed_on)
     SELECT ?, position, name, title, role, appointed_on FROM council_members WHERE campaign_id = ? ORDER BY position`,
  ).run(created.id, input.fromCampaignId);
  return summarizeCampaign(ctx, created.id, todayOf(ctx));
}

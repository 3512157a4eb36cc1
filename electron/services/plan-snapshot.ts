import type { PlanSnapshot } from '../../shared/document/builders/plan.ts';
import { isUnitActiveOn, unitTitle } from '../../shared/domain/units.ts';
import { getAgency } from './agencies.ts';
import { getCampaign } from './campaigns.ts';
import type { ServiceContext } from './context.ts';
import { getUnit } from './units.ts';

/** The current (draft) state of a campaign's plan, in the form the document builder takes. */
export function draftPlanSnapshot(ctx: ServiceContext, campaignId: number): PlanSnapshot {
  const campaign = getCampaign(ctx, campaignId);
  const agency = getAgency(ctx, campaign.agencyId);
  return {
    agency: { name: agency.name, parentBody: agency.parentBody, abbreviation: agency.abbreviation, place: agency.place },
    year: campaign.year,
    totalModels: campaign.totalModels,
    plan: campaign.plan,
    quotas: campaign.quotas.map(({ unitTitle: title, collective, individual }) => ({ unitTitle: title, collective, individual })),
    number: null,
    issuedOn: null,
  };
}

/** Quota units that are not active on the campaign's nomination deadline. */
export function inactiveQuotaUnits(ctx: ServiceContext, campaignId: number): string[] {
  const campaign = getCampaign(ctx, campaignId);
  return campaign.quotas
    .map((quota) => getUnit(ctx, quota.unitId))
    .filter((unit) => !isUnitActiveOn(unit, campaign.nominationDeadline))
    .map((unit) => unitTitle(unit));
}

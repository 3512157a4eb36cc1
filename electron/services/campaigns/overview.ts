import type { Overview } from '../../../shared/domain/overview.ts';
import { overviewWarnings, filledFor, type OverviewFacts } from '../../../shared/domain/overview.ts';
import { currentPhase, nextDeadline, phaseStatuses } from '../../../shared/domain/phases.ts';
import { isUnitActiveOn, unitTitle } from '../../../shared/domain/units.ts';
import { daysBetween } from '../../../shared/format/dates.ts';
import { getAgency } from '../settings/agencies.ts';
import { getCampaign, summarizeCampaign } from './campaigns.ts';
import { todayOf, type ServiceContext } from '../core/context.ts';
import { countsByUnit } from '../nominations/nominee-counts.ts';
import { getUnit } from '../settings/units.ts';
import { phaseOverdue, statusCounts } from './phase-progress.ts';

/** The dashboard of one campaign on a given day. */
export function campaignOverview(ctx: ServiceContext, campaignId: number, today = todayOf(ctx)): Overview {
  const campaign = getCampaign(ctx, campaignId);
  const agency = getAgency(ctx, campaign.agencyId);
  const facts: OverviewFacts = {
    today,
    status: campaign.status,
    totalModels: campaign.totalModels,
    nominationDeadline: campaign.nominationDeadline,
    phases: campaign.phases,
    quotas: campaign.quotas.map((quota) => ({
      unit: getUnit(ctx, quota.unitId),
      collective: quota.collective,
      individual: quota.individual,
    })),
    filled: new Map([...countsByUnit(ctx, campaignId)].map(([unitId, counts]) => [unitId, counts.filled])),
  };
  const units = facts.quotas.map(({ unit, collective, individual }) => {
    const got = filledFor(facts, unit.id);
    return {
      unitId: unit.id,
      unitTitle: unitTitle(unit),
      active: isUnitActiveOn(unit, campaign.nominationDeadline),
      email: unit.email,
      collective: { quota: collective, filled: got.collective },
      individual: { quota: individual, filled: got.individual },
    };
  });
  const sum = (pick: (u: (typeof units)[number]) => { quota: number; filled: number }) =>
    units.reduce((acc, unit) => ({ quota: acc.quota + pick(unit).quota, filled: acc.filled + pick(unit).filled }), {
      quota: 0,
      filled: 0,
    });
  const collective = sum((u) => u.collective);
  const individual = sum((u) => u.individual);
  return {
    campaign: summarizeCampaign(ctx, campaignId, today),
    agencyName: agency.fullName,
    today,
    phases: phaseStatuses(campaign.phases, today),
    currentPhase: currentPhase(campaign.phases, today),
    nominationDeadline: { date: campaign.nominationDeadline, daysLeft: daysBetween(today, campaign.nominationDeadline) },
    nextDeadline: nextDeadline(
      campaign.phases,
      [{ label: 'Hạn các đơn vị gửi danh sách đề cử', date: campaign.nominationDeadline }],
      today,
    ),
    units,
    totals: {
      declared: campaign.totalModels,
      quota: { quota: collective.quota + individual.quota, filled: collective.filled + individual.filled },
      collective,
      individual,
    },
    warnings: [...overviewWarnings(facts), ...phaseOverdue(ctx, campaignId, campaign.phases, today)],
    statuses: statusCounts(ctx, campaignId),
  };
}

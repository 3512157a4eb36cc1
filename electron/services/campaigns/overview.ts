import type { Overview } from '../../../shared/domain/overview.ts';
import type { NomineeKind } from '../../../shared/domain/nominees.ts';
import { overviewWarnings, filledFor, type OverviewFacts } from '../../../shared/domain/overview.ts';
import { currentPhase, nextDeadline, phaseStatuses } from '../../../shared/domain/phases.ts';
import { isUnitActiveOn, unitTitle } from '../../../shared/domain/units.ts';
import { daysBetween } from '../../../shared/format/dates.ts';
import { getAgency } from '../settings/agencies.ts';
import { getCampaign, summarizeCampaign } from './campaigns.ts';
import { todayOf, type ServiceContext } from '../core/context.ts';
import { prepared } from '../../db/statements.ts';
import { getUnit } from '../settings/units.ts';

/**
 * Nominees that count toward each unit's quota (live, not withdrawn), per kind, from the counts
 * the database keeps (migration 4). Tổng quan and the Đề cử unit cards both read this.
 */
export function nomineesFilled(ctx: ServiceContext, campaignId: number): Map<number, Record<NomineeKind, number>> {
  const rows = prepared(
    ctx.db,
    "SELECT unit_id, kind, sum(live) AS n FROM nominee_counts WHERE campaign_id = ? AND status <> 'rut' GROUP BY unit_id, kind",
  ).all(campaignId) as { unit_id: number; kind: NomineeKind; n: number }[];
  const filled = new Map<number, Record<NomineeKind, number>>();
  for (const row of rows) {
    const entry = filled.get(row.unit_id) ?? { collective: 0, individual: 0 };
    entry[row.kind] = row.n;
    filled.set(row.unit_id, entry);
  }
  return filled;
}

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
    filled: nomineesFilled(ctx, campaignId),
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
    warnings: overviewWarnings(facts),
  };
}

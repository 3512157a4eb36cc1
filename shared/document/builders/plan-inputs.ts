import type { PlanContent } from '../../domain/plan.ts';
import type { Phase } from '../../domain/phases.ts';
import { isUnitActiveOn, unitTitle, type Unit } from '../../domain/units.ts';
import type { CheckFacts } from '../check.ts';
import type { PlanSnapshot } from './plan.ts';
import { planTextMismatches } from './plan-text-check.ts';

/** The editable parts of a campaign's plan, as the Kế hoạch screen holds them. */
export interface PlanDraft {
  plan: PlanContent;
  quotas: { unitId: number; collective: number; individual: number }[];
  phases: Phase[];
  nominationDeadline: string;
  totalModels: number;
  submitTo: string;
  awardEvent: string;
}

export interface PlanAgency {
  name: string;
  parentBody: string;
  abbreviation: string;
  place: string;
}

/**
 * The builder's input from a draft, the agency and the units — the same on the screen (live
 * preview) and in the main process (export, issue), so both show the same document.
 */
export function planSnapshotFromDraft(
  draft: PlanDraft,
  agency: PlanAgency,
  units: readonly Unit[],
  year: number,
  issue: { number: number; date: string } | null = null,
): PlanSnapshot {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  return {
    agency: { name: agency.name, parentBody: agency.parentBody, abbreviation: agency.abbreviation, place: agency.place },
    year,
    totalModels: draft.totalModels,
    plan: draft.plan,
    quotas: draft.quotas.map((quota) => {
      const unit = byId.get(quota.unitId);
      return {
        unitTitle: unit ? unitTitle(unit) : `(đơn vị mã ${quota.unitId})`,
        collective: quota.collective,
        individual: quota.individual,
      };
    }),
    number: issue?.number ?? null,
    issuedOn: issue?.date ?? null,
  };
}

/** What the format check needs to know about a plan beyond its document. */
export function planCheckFacts(draft: PlanDraft, units: readonly Unit[], issued: boolean, year: number): CheckFacts {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  return {
    issued,
    basis: draft.plan.basis.map((doc) => ({ label: `${doc.type} số ${doc.number}`, date: doc.date })),
    unknownUnits: draft.quotas
      .filter((quota) => {
        const unit = byId.get(quota.unitId);
        return !unit || !isUnitActiveOn(unit, draft.nominationDeadline);
      })
      .map((quota) => {
        const unit = byId.get(quota.unitId);
        return unit ? unitTitle(unit) : `mã ${quota.unitId}`;
      }),
    totals: {
      declared: draft.totalModels,
      allocated: draft.quotas.reduce((sum, quota) => sum + quota.collective + quota.individual, 0),
    },
    textAgainstData: planTextMismatches(draft, year),
  };
}

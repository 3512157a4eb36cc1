import type { NomineeKind } from './nominees.ts';
import type { PlanContent } from './plan.ts';

/**
 * The criteria a nominee is checked against: the plan's standards for its kind, one item per
 * clause (the plan writes them as one sentence joined by ";"), without the plan's notes in
 * parentheses ("(Lưu ý: …)"), which say how to choose rather than what to check.
 */
export function evaluationCriteria(plan: Pick<PlanContent, 'criteriaCollective' | 'criteriaIndividual'>, kind: NomineeKind): string[] {
  const paragraphs = kind === 'collective' ? plan.criteriaCollective : plan.criteriaIndividual;
  return paragraphs
    .flatMap((paragraph) => paragraph.replace(/\s*\(Lưu ý[^)]*\)\.?/gu, '').split(/;\s*/u))
    .map((clause) => clause.trim().replace(/[.;,]+$/u, ''))
    .filter((clause) => clause.length > 0)
    .map((clause) => clause.charAt(0).toUpperCase() + clause.slice(1));
}

import { buildPlanDocument, type PlanSnapshot } from '../../shared/document/builders/plan.ts';
import { planSnapshotFromDraft, type PlanDraft } from '../../shared/document/builders/plan-inputs.ts';
import type { AdminDocument } from '../../shared/document/model.ts';
import { ok, newSession } from './session.ts';

/** The seed plan of a new database, issued as number 15 on 05/02/2024 (the spec's example). */
export async function issuedSeedPlan(): Promise<{
  session: ReturnType<typeof newSession>;
  document: AdminDocument;
  snapshot: PlanSnapshot;
  draft: PlanDraft;
}> {
  const session = newSession();
  const state = await ok(session, 'plans.get', { campaignId: 1 });
  const snapshot = planSnapshotFromDraft(state.draft, state.agency, state.units, state.year, { number: 15, date: '2024-02-05' });
  return { session, document: buildPlanDocument(snapshot), snapshot, draft: state.draft };
}

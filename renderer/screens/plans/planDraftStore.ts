import type { PlanDraft } from '../../../shared/document/builders/plan-inputs.ts';

/**
 * Edits of the plan that are not saved yet, kept per campaign outside the screen (and in
 * localStorage), so switching screens, reloading or a crash never loses them.
 */
const KEY = (campaignId: number) => `dhtt.planDraft.${campaignId}`;
const memory = new Map<number, PlanDraft>();

export function unsavedDraft(campaignId: number): PlanDraft | null {
  const held = memory.get(campaignId);
  if (held) return held;
  const stored = window.localStorage.getItem(KEY(campaignId));
  if (!stored) return null;
  try {
    const draft = JSON.parse(stored) as PlanDraft;
    memory.set(campaignId, draft);
    return draft;
  } catch {
    window.localStorage.removeItem(KEY(campaignId));
    return null;
  }
}

export function keepDraft(campaignId: number, draft: PlanDraft): void {
  memory.set(campaignId, draft);
  window.localStorage.setItem(KEY(campaignId), JSON.stringify(draft));
}

export function forgetDraft(campaignId: number): void {
  memory.delete(campaignId);
  window.localStorage.removeItem(KEY(campaignId));
}

import type { AreaHandlers } from '../../ipc/handler-types.ts';
import { exportPlanDocx, exportPlanPdf } from './plan-export.ts';
import { issuePlan, planDocument, planState, savePlanDraft, suggestNumber } from './plans.ts';

export const plansHandlers = {
  'plans.get': (ctx, input) => planState(ctx, input.campaignId),
  'plans.save': (ctx, input) => savePlanDraft(ctx, input.campaignId, input.draft),
  'plans.document': (ctx, input) => planDocument(ctx, input.campaignId, input.issuedId),
  'plans.suggestNumber': (ctx, input) => suggestNumber(ctx, input.campaignId, input.date),
  'plans.issue': (ctx, input) => issuePlan(ctx, input.campaignId, input.number, input.date),
  'plans.exportDocx': { async: (ctx, input) => exportPlanDocx(ctx, input.campaignId, input.issuedId) },
  'plans.exportPdf': { async: (ctx, input) => exportPlanPdf(ctx, input.campaignId, input.issuedId) },
} satisfies AreaHandlers<'plans'>;

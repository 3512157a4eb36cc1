import * as z from 'zod';
import { planContentSchema } from './plan.ts';
import { PHASE_KEYS } from './phases.ts';

/** A campaign: one year's plan with its phases, quotas per unit and the lists the plan names. */

export const CAMPAIGN_STATUSES = ['draft', 'issued', 'closed'] as const;
export const CAMPAIGN_STATUS_LABELS: Record<(typeof CAMPAIGN_STATUSES)[number], string> = {
  draft: 'Kế hoạch dự thảo',
  issued: 'Kế hoạch đã ban hành',
  closed: 'Đã kết thúc',
};

export const phaseSchema = z.object({
  key: z.enum(PHASE_KEYS),
  name: z.string(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
});

export const quotaSchema = z.object({
  unitId: z.number(),
  unitName: z.string(),
  unitTitle: z.string(),
  collective: z.number(),
  individual: z.number(),
});

export const campaignSummarySchema = z.object({
  id: z.number(),
  year: z.number(),
  title: z.string(),
  status: z.enum(CAMPAIGN_STATUSES),
  /** Today's phase name, "Chưa bắt đầu" or "Đã kết thúc". */
  phase: z.string(),
});
export type CampaignSummary = z.infer<typeof campaignSummarySchema>;

export const campaignSchema = z.object({
  id: z.number(),
  year: z.number(),
  title: z.string(),
  status: z.enum(CAMPAIGN_STATUSES),
  agencyId: z.number(),
  nominationDeadline: z.string(),
  /** Where the units send their lists, as the plan says ("Phòng Hành chính - Tổng hợp, Ban Dân tộc"). */
  submitTo: z.string(),
  totalModels: z.number(),
  /** The event the awards are given at (the 4th provincial congress in 2024). */
  awardEvent: z.string(),
  plan: planContentSchema,
  phases: z.array(phaseSchema),
  quotas: z.array(quotaSchema),
  achievementFields: z.array(z.string()),
  collectiveForms: z.array(z.string()),
  planNumber: z.string().nullable(),
  planIssuedOn: z.string().nullable(),
  copiedFromId: z.number().nullable(),
  createdAt: z.string(),
});
export type Campaign = z.infer<typeof campaignSchema>;

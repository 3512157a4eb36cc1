import { z } from 'zod';
import { id, isoDate } from '../fields.ts';
import { campaignSummarySchema, phaseSchema } from './campaigns.ts';

const filledSchema = z.object({ quota: z.number(), filled: z.number() });

export const warningSchema = z.object({
  level: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  /** The screen where the user fixes it. */
  screen: z.enum(['tong-quan', 'ke-hoach', 'de-cu', 'boi-duong', 'danh-gia', 'bao-cao', 'cai-dat']),
});
export type Warning = z.infer<typeof warningSchema>;

export const overviewSchema = z.object({
  campaign: campaignSummarySchema,
  agencyName: z.string(),
  today: z.string(),
  phases: z.array(phaseSchema.extend({ state: z.enum(['done', 'current', 'upcoming', 'undated']) })),
  currentPhase: phaseSchema.nullable(),
  nominationDeadline: z.object({ date: z.string(), daysLeft: z.number() }),
  nextDeadline: z.object({ label: z.string(), date: z.string(), daysLeft: z.number() }).nullable(),
  units: z.array(
    z.object({
      unitId: z.number(),
      unitTitle: z.string(),
      active: z.boolean(),
      email: z.string().nullable(),
      collective: filledSchema,
      individual: filledSchema,
    }),
  ),
  totals: z.object({
    declared: z.number(),
    quota: filledSchema,
    collective: filledSchema,
    individual: filledSchema,
  }),
  warnings: z.array(warningSchema),
});
export type Overview = z.infer<typeof overviewSchema>;

export const overviewMethods = {
  'overview.get': {
    input: z.strictObject({ campaignId: id('Mã chiến dịch'), today: isoDate('Ngày hôm nay').optional() }),
    output: overviewSchema,
  },
} as const;

import * as z from 'zod';
import { id, isoDate, text } from '../../domain/fields.ts';
import { planContentSchema } from '../../domain/plan.ts';
import { PHASE_KEYS } from '../../domain/phases.ts';
import { documentSchema, formatProblemSchema } from '../../document/schema.ts';
import { unitSchema } from '../../domain/units.ts';
import { CAMPAIGN_STATUSES } from '../../domain/campaigns.ts';

const count = (label: string) =>
  z
    .number({ error: `${label}: cần một số` })
    .int(`${label}: phải là số nguyên`)
    .min(0, `${label}: không được âm`)
    .max(999, `${label}: quá lớn`);

export const planDraftSchema = z
  .strictObject({
    plan: planContentSchema,
    quotas: z.array(z.strictObject({ unitId: id('Đơn vị'), collective: count('Số tập thể'), individual: count('Số cá nhân') })),
    phases: z
      .array(
        z.strictObject({
          key: z.enum(PHASE_KEYS),
          name: text('Tên giai đoạn', 200),
          startsOn: z.union([isoDate('Ngày bắt đầu'), z.null()]),
          endsOn: z.union([isoDate('Ngày kết thúc'), z.null()]),
        }),
      )
      .length(PHASE_KEYS.length, `Cần đủ ${PHASE_KEYS.length} giai đoạn`),
    nominationDeadline: isoDate('Hạn gửi danh sách'),
    totalModels: count('Tổng số điển hình'),
    submitTo: text('Nơi nhận danh sách'),
    awardEvent: text('Sự kiện khen thưởng'),
  })
  .superRefine((draft, context) => {
    const seen = new Set<number>();
    draft.quotas.forEach((quota, index) => {
      if (seen.has(quota.unitId))
        context.addIssue({ code: 'custom', path: ['quotas', index, 'unitId'], message: 'Đơn vị này đã có trong bảng chỉ tiêu' });
      seen.add(quota.unitId);
    });
    PHASE_KEYS.forEach((key, index) => {
      if (draft.phases[index]?.key !== key)
        context.addIssue({ code: 'custom', path: ['phases', index, 'key'], message: 'Các giai đoạn phải theo đúng thứ tự' });
    });
    draft.phases.forEach((phase, index) => {
      if (phase.startsOn && phase.endsOn && phase.endsOn < phase.startsOn) {
        context.addIssue({ code: 'custom', path: ['phases', index, 'endsOn'], message: `${phase.name}: ngày kết thúc trước ngày bắt đầu` });
      }
    });
  });

export const issuedPlanSchema = z.object({
  id: z.number(),
  number: z.number(),
  symbol: z.string(),
  issuedOn: z.string(),
});

export const planStateSchema = z.object({
  campaignId: z.number(),
  year: z.number(),
  status: z.enum(CAMPAIGN_STATUSES),
  draft: planDraftSchema,
  agency: z.object({ name: z.string(), parentBody: z.string(), abbreviation: z.string(), place: z.string() }),
  units: z.array(unitSchema),
  issued: z.array(issuedPlanSchema),
  /** The draft differs from the last issued version. */
  changedSinceIssue: z.boolean(),
  suggestedNumber: z.number(),
});
export type PlanState = z.infer<typeof planStateSchema>;

const which = { campaignId: id('Mã chiến dịch'), issuedId: id('Mã bản đã ban hành').optional() };
const saved = z.object({ saved: z.string().nullable() });

export const plansMethods = {
  'plans.get': { input: z.strictObject({ campaignId: id('Mã chiến dịch') }), output: planStateSchema },
  'plans.save': { input: z.strictObject({ campaignId: id('Mã chiến dịch'), draft: planDraftSchema }), output: planStateSchema },
  /** The document of the draft, or of an issued version exactly as issued, with the format check. */
  'plans.document': {
    input: z.strictObject(which),
    output: z.object({ document: documentSchema, problems: z.array(formatProblemSchema) }),
  },
  /** The next free number for the plan in the year of the given date (numbers restart each year). */
  'plans.suggestNumber': {
    input: z.strictObject({ campaignId: id('Mã chiến dịch'), date: isoDate('Ngày ban hành') }),
    output: z.object({ number: z.number() }),
  },
  'plans.issue': {
    input: z.strictObject({
      campaignId: id('Mã chiến dịch'),
      number: z
        .number({ error: 'Số văn bản: cần một số' })
        .int('Số văn bản là số nguyên')
        .min(1, 'Số văn bản từ 1 trở lên')
        .max(99_999, 'Số văn bản quá lớn'),
      date: isoDate('Ngày ban hành'),
    }),
    output: issuedPlanSchema,
  },
  /** Writes the Word file where the user chooses (a save dialog in the app). */
  'plans.exportDocx': { input: z.strictObject(which), output: saved },
  /** Saves the preview as PDF where the user chooses (the app window's print to PDF). */
  'plans.exportPdf': { input: z.strictObject(which), output: saved },
} as const;

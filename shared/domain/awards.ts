import * as z from 'zod';
import { isoDate, optionalText, text } from './fields.ts';
import { NOMINEE_STATUSES } from './nominees.ts';
import { AWARD_SUBJECTS } from './award-forms.ts';

/**
 * Khen thưởng: what the award papers say beyond the nominees (set once per campaign on the
 * Khen thưởng screen), the rows of an award list, and what the screen shows.
 */

/** The words of the award papers that are not in the plan, the agency or the records. */
export const awardPapersSchema = z.strictObject({
  /** Căn cứ on the agency's functions: "Quyết định số …/QĐ-UBND ngày … của UBND tỉnh … quy định chức năng, nhiệm vụ …". */
  functionsBasis: optionalText(800),
  /** "Theo đề nghị của …" (the last căn cứ line of the decision). */
  proposedBy: text('Theo đề nghị của', 400),
  /** Điều 3: who carries the decision out. */
  executors: text('Người thi hành (Điều 3)', 600),
  /** Nguồn kinh phí in Điều 2; by default the plan's words. */
  fundingSource: text('Nguồn kinh phí', 600),
  /** Kính gửi of the Tờ trình: the head of the level that decides a Bằng khen. */
  superior: text('Kính gửi (Tờ trình)', 300),
  /** The body the Tờ trình goes through for appraisal (Sở Nội vụ). */
  throughBody: optionalText(300),
  /** The congress or tổng kết where the awards are given: a Tờ trình is due 10 days before it. */
  congressOn: z.union([isoDate('Ngày đại hội'), z.null()]),
  /** The forms of the Báo cáo thành tích the provincial guidance asks for (NĐ 152/2025, Phụ lục). */
  reportForm: z.enum(['cong-trang', 'chuyen-de']),
});
export const REPORT_FORM_LABELS = {
  'cong-trang': 'Khen thưởng công trạng (Mẫu 04 tập thể, Mẫu 05 cá nhân)',
  'chuyen-de': 'Thi đua theo chuyên đề (Mẫu 08)',
} as const;
export type AwardPapers = z.infer<typeof awardPapersSchema>;

export const AWARD_GROUPS = [
  { subject: 'collective', roman: 'I', label: 'TẬP THỂ', noun: 'tập thể' },
  { subject: 'household', roman: 'II', label: 'HỘ GIA ĐÌNH', noun: 'hộ gia đình' },
  { subject: 'individual', roman: 'III', label: 'CÁ NHÂN', noun: 'cá nhân' },
] as const;

/** One line of an award list: who, where from, what for, which form and how much. */
export const awardRowSchema = z.object({
  nomineeId: z.number(),
  subject: z.enum(AWARD_SUBJECTS),
  name: z.string(),
  ethnicity: z.string(),
  /** Chức vụ for a person, else the address (thôn, xã). */
  positionOrAddress: z.string(),
  unitId: z.number(),
  unitName: z.string(),
  achievement: z.string(),
  awardCode: z.string(),
  awardName: z.string(),
  amount: z.number(),
});
export type AwardRow = z.infer<typeof awardRowSchema>;

export const AWARD_DOCUMENT_KINDS = ['award-decision', 'award-proposal', 'reminder'] as const;
export type AwardDocumentKind = (typeof AWARD_DOCUMENT_KINDS)[number];

export const issuedAwardSchema = z.object({
  id: z.number(),
  kind: z.enum(AWARD_DOCUMENT_KINDS),
  number: z.number(),
  symbol: z.string(),
  issuedOn: z.string(),
  title: z.string(),
  count: z.number(),
  total: z.number(),
});
export type IssuedAward = z.infer<typeof issuedAwardSchema>;

export const checklistItemSchema = z.object({
  key: z.string(),
  ok: z.boolean(),
  label: z.string(),
  detail: z.string(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const awardsStateSchema = z.object({
  campaignId: z.number(),
  year: z.number(),
  papers: awardPapersSchema,
  /** The date prize money is worked out for (the decision's expected date). */
  decisionDate: z.string(),
  /** Ready for the agency's own decision (Giấy khen) and not yet in one. */
  pendingDecision: z.array(awardRowSchema),
  /** Ready to be proposed to the higher level (Bằng khen) and not yet in a Tờ trình. */
  pendingProposal: z.array(awardRowSchema),
  /** How many nominees still in the running a paper cannot take yet. */
  notReadyCount: z.number(),
  /** The first of them (at most 50: the proposed that lack something, then the passed), with why. */
  notReady: z.array(
    z.object({
      nomineeId: z.number(),
      name: z.string(),
      unitName: z.string(),
      status: z.enum(NOMINEE_STATUSES),
      missing: z.array(z.string()),
    }),
  ),
  issued: z.array(issuedAwardSchema),
  units: z.array(
    z.object({ unitId: z.number(), name: z.string(), email: z.string().nullable(), nominees: z.number(), awarded: z.number() }),
  ),
  checklist: z.array(checklistItemSchema),
  suggestedNumbers: z.object({ decision: z.number(), proposal: z.number() }),
});
export type AwardsState = z.infer<typeof awardsStateSchema>;

import * as z from 'zod';
import { id, isoDate, optionalText, text } from './fields.ts';
import { NOMINEE_KINDS, NOMINEE_STATUSES } from './nominees.ts';

/** Đánh giá: the plan's criteria checked per nominee, the result, the proposed award and its money. */

export const criterionCheckSchema = z.strictObject({
  criterion: text('Tiêu chí', 2000),
  met: z.boolean(),
  evidence: optionalText(2000),
});
export type CriterionCheck = z.output<typeof criterionCheckSchema>;

export const EVALUATION_RESULTS = ['pass', 'fail'] as const;
export type EvaluationResult = (typeof EVALUATION_RESULTS)[number];
export const EVALUATION_RESULT_LABELS: Record<EvaluationResult, string> = { pass: 'Đạt', fail: 'Không đạt' };

export const evaluationFieldsSchema = z.strictObject({
  criteria: z.array(criterionCheckSchema).max(50),
  result: z.enum(EVALUATION_RESULTS).nullable(),
  /** The reasons for the result (required for "không đạt"). */
  note: optionalText(4000),
  evaluatedOn: isoDate('Ngày đánh giá').nullable(),
  /** The proposed award form's code; only with a passed result. */
  awardCode: z.string().max(60).nullable(),
});
export type EvaluationFields = z.output<typeof evaluationFieldsSchema>;

export const prizeSchema = z.object({
  amount: z.number(),
  coefficient: z.number(),
  salary: z.number(),
  salaryDecree: z.string(),
  formDecree: z.string(),
  formId: z.number(),
  formName: z.string(),
  unverified: z.boolean(),
});

export const evaluationSchema = z.object({
  nomineeId: z.number(),
  campaignId: z.number(),
  kind: z.enum(NOMINEE_KINDS),
  status: z.enum(NOMINEE_STATUSES),
  criteria: z.array(z.object({ criterion: z.string(), met: z.boolean(), evidence: z.string() })),
  result: z.enum(EVALUATION_RESULTS).nullable(),
  note: z.string(),
  evaluatedOn: z.string().nullable(),
  awardCode: z.string().nullable(),
  awardName: z.string().nullable(),
  /** Worked out for the campaign's decision date once a form is proposed. */
  prize: prizeSchema.nullable(),
  prizeProblem: z.string().nullable(),
  decisionDate: z.string(),
  delegate: z.boolean(),
  delegateReason: z.string(),
});
export type Evaluation = z.infer<typeof evaluationSchema>;

/** One nominee as the comparison of a unit and the list of proposals show it. */
export const proposalRowSchema = z.object({
  nomineeId: z.number(),
  name: z.string(),
  unitName: z.string(),
  kind: z.enum(NOMINEE_KINDS),
  status: z.enum(NOMINEE_STATUSES),
  ethnicity: z.string().nullable(),
  criteriaMet: z.number(),
  criteriaTotal: z.number(),
  activities: z.number(),
  openWarnings: z.number(),
  result: z.enum(EVALUATION_RESULTS).nullable(),
  awardCode: z.string().nullable(),
  awardName: z.string().nullable(),
  prize: prizeSchema.nullable(),
  prizeProblem: z.string().nullable(),
  /** The council's outcome with its arithmetic, when it voted on the nominee. */
  council: z.object({ proposed: z.boolean(), text: z.string() }).nullable(),
  delegate: z.boolean(),
  /** What an award decision still needs for this nominee (empty when it is ready). */
  missing: z.array(z.string()),
});
export type ProposalRow = z.infer<typeof proposalRowSchema>;

export const proposalsSchema = z.object({
  decisionDate: z.string(),
  rows: z.array(proposalRowSchema),
  /** The sum of the prizes of the nominees proposed with a form. */
  total: z.number(),
  ready: z.number(),
});
export type Proposals = z.infer<typeof proposalsSchema>;

export const delegateFieldsSchema = z.strictObject({
  nomineeId: id('Mã đề cử'),
  delegate: z.boolean(),
  reason: optionalText(1000),
});

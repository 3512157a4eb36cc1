import * as z from 'zod';
import { id, isoDate } from '../../domain/fields.ts';
import { documentSchema, formatProblemSchema } from '../../document/schema.ts';
import { delegateFieldsSchema, evaluationFieldsSchema, evaluationSchema, proposalsSchema } from '../../domain/evaluation.ts';
import {
  councilMemberFieldsSchema,
  councilMemberSchema,
  meetingFieldsSchema,
  meetingSchema,
  voteFieldsSchema,
} from '../../domain/council.ts';

/**
 * Đánh giá: each nominee's evaluation and proposed award (evaluations.*), the council, its
 * meetings and votes (council.*), and the congress delegates (delegates.*).
 */

const campaignId = id('Mã chiến dịch');
const fraction = z.strictObject({
  numerator: z.number().int().min(1, 'Tử số phải từ 1').max(100),
  denominator: z.number().int().min(1, 'Mẫu số phải từ 1').max(100),
});
const rules = z.object({
  quorum: z.object({ numerator: z.number(), denominator: z.number() }),
  threshold: z.object({ numerator: z.number(), denominator: z.number() }),
});

export const evaluationMethods = {
  'evaluations.get': {
    input: z.strictObject({ nomineeId: id('Mã đề cử') }),
    output: evaluationSchema,
  },
  /** Saves the checklist, the result and the proposed form; the nominee's status follows. */
  'evaluations.save': {
    input: z.strictObject({ nomineeId: id('Mã đề cử'), fields: evaluationFieldsSchema }),
    output: evaluationSchema,
  },
  /** The nominees side by side (one unit's when given), with their prizes and what a decision still needs. */
  'evaluations.proposals': {
    input: z.strictObject({ campaignId, unitId: id('Đơn vị').optional() }),
    output: proposalsSchema,
  },
  /** The date the award decision is expected: prize money is worked out for it. */
  'evaluations.setDecisionDate': {
    input: z.strictObject({ campaignId, date: isoDate('Ngày quyết định') }),
    output: z.strictObject({ decisionDate: z.string() }),
  },
  'council.members': {
    input: z.strictObject({ campaignId }),
    output: z.array(councilMemberSchema),
  },
  'council.saveMembers': {
    input: z.strictObject({ campaignId, members: z.array(councilMemberFieldsSchema).max(60) }),
    output: z.array(councilMemberSchema),
  },
  'council.meetings': {
    input: z.strictObject({ campaignId }),
    output: z.array(meetingSchema),
  },
  'council.saveMeeting': {
    input: z.strictObject({ campaignId, id: id('Mã cuộc họp').optional(), fields: meetingFieldsSchema }),
    output: meetingSchema,
  },
  'council.vote': {
    input: voteFieldsSchema,
    output: meetingSchema,
  },
  /** The minutes of a meeting as the A4 preview draws it, with the format check. */
  'council.minutes': {
    input: z.strictObject({ meetingId: id('Mã cuộc họp') }),
    output: z.object({ document: documentSchema, problems: z.array(formatProblemSchema) }),
  },
  'council.exportMinutes': {
    input: z.strictObject({ meetingId: id('Mã cuộc họp') }),
    output: z.strictObject({ saved: z.string().nullable() }),
  },
  'council.rules': {
    input: z.strictObject({}),
    output: rules,
  },
  /** Quorum (at least this share take part) and threshold (more than this share agree) for new meetings. */
  'council.setRules': {
    input: z.strictObject({ quorum: fraction, threshold: fraction }),
    output: rules,
  },
  'delegates.set': {
    input: delegateFieldsSchema,
    output: evaluationSchema,
  },
  'delegates.export': {
    input: z.strictObject({ campaignId }),
    output: z.strictObject({ saved: z.string().nullable(), rows: z.number() }),
  },
} as const;

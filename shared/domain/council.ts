import * as z from 'zod';
import { id, isoDate, optionalText, text } from './fields.ts';

/** Hội đồng Thi đua - Khen thưởng: its members per campaign, its meetings and votes. */

export const COUNCIL_ROLES = ['chair', 'vice-chair', 'member', 'secretary'] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];
export const COUNCIL_ROLE_LABELS: Record<CouncilRole, string> = {
  chair: 'Chủ tịch Hội đồng',
  'vice-chair': 'Phó Chủ tịch Hội đồng',
  member: 'Ủy viên',
  secretary: 'Ủy viên, Thư ký',
};

export const councilMemberFieldsSchema = z.strictObject({
  id: id('Mã thành viên').optional(),
  name: text('Họ tên thành viên', 200),
  title: optionalText(300),
  role: z.enum(COUNCIL_ROLES),
  appointedOn: z.union([isoDate('Ngày được cử'), z.null()]),
});
export const councilMemberSchema = z.object({
  id: z.number(),
  name: z.string(),
  title: z.string(),
  role: z.enum(COUNCIL_ROLES),
  appointedOn: z.string().nullable(),
});
export type CouncilMember = z.infer<typeof councilMemberSchema>;

export const PRESENCES = ['present', 'written', 'absent'] as const;
export type Presence = (typeof PRESENCES)[number];
export const PRESENCE_LABELS: Record<Presence, string> = { present: 'Có mặt', written: 'Vắng, có ý kiến bằng văn bản', absent: 'Vắng' };

const count = (label: string) =>
  z
    .number({ error: `${label}: cần một số` })
    .int(`${label}: số nguyên`)
    .min(0, `${label}: không được âm`)
    .max(1000);

export const meetingFieldsSchema = z.strictObject({
  heldOn: isoDate('Ngày họp'),
  place: optionalText(300),
  chairedBy: optionalText(200),
  /** Who attended, by member; when given, the counts below follow from it. */
  attendance: z
    .array(z.strictObject({ memberId: id('Mã thành viên'), presence: z.enum(PRESENCES) }))
    .max(100)
    .optional(),
  membersTotal: count('Tổng số thành viên').min(1, 'Hội đồng phải có ít nhất 1 thành viên'),
  present: count('Số có mặt'),
  writtenOpinions: count('Số ý kiến bằng văn bản'),
});
export type MeetingFields = z.output<typeof meetingFieldsSchema>;

export const voteFieldsSchema = z.strictObject({
  meetingId: id('Mã cuộc họp'),
  nomineeId: id('Mã đề cử'),
  votesFor: count('Số đồng ý'),
  votesAgainst: count('Số không đồng ý'),
  abstentions: count('Số không biểu quyết'),
  conflicts: count('Số có xung đột lợi ích'),
  conflictNote: optionalText(500),
});
export type VoteFields = z.output<typeof voteFieldsSchema>;

export const voteSchema = z.object({
  nomineeId: z.number(),
  nomineeName: z.string(),
  votesFor: z.number(),
  votesAgainst: z.number(),
  abstentions: z.number(),
  conflicts: z.number(),
  conflictNote: z.string(),
  proposed: z.boolean(),
  text: z.string(),
});
export type Vote = z.infer<typeof voteSchema>;

export const meetingSchema = z.object({
  id: z.number(),
  campaignId: z.number(),
  heldOn: z.string(),
  place: z.string(),
  chairedBy: z.string(),
  membersTotal: z.number(),
  present: z.number(),
  writtenOpinions: z.number(),
  attendance: z.array(z.object({ memberId: z.number(), presence: z.enum(PRESENCES) })),
  quorumText: z.string(),
  votes: z.array(voteSchema),
});
export type Meeting = z.infer<typeof meetingSchema>;

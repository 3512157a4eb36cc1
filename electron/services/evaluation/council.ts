import { checkQuorum, voteOutcome, type CouncilRules } from '../../../shared/domain/council-vote.ts';
import type { CouncilMember, Meeting, MeetingFields, Presence, Vote, VoteFields } from '../../../shared/domain/council.ts';
import { AppError, notFound } from '../../../shared/api/errors.ts';
import { recordChange } from '../core/audit.ts';
import type { ServiceContext } from '../core/context.ts';
import { liveStatuses } from '../nominations/nominee-status.ts';
import { councilRules } from './council-rules.ts';
import { prepared } from '../../db/statements.ts';

interface MeetingRow {
  id: number;
  campaign_id: number;
  held_on: string;
  place: string;
  chaired_by: string;
  members_total: number;
  members_present: number;
  written_opinions: number;
  quorum_numerator: number;
  quorum_denominator: number;
  threshold_numerator: number;
  threshold_denominator: number;
}

interface VoteRow {
  nominee_id: number;
  name: string;
  votes_for: number;
  votes_against: number;
  abstentions: number;
  conflicts: number;
  conflict_note: string;
}

export function listCouncilMembers(ctx: ServiceContext, campaignId: number): CouncilMember[] {
  return prepared(
    ctx.db,
    'SELECT id, name, title, role, appointed_on AS appointedOn FROM council_members WHERE campaign_id = ? ORDER BY position, id',
  ).all(campaignId) as CouncilMember[];
}

/** The council of a campaign, as a whole list in its order (members kept, added, removed). */
export function saveCouncilMembers(
  ctx: ServiceContext,
  campaignId: number,
  members: readonly { id?: number | undefined; name: string; title: string; role: CouncilMember['role']; appointedOn: string | null }[],
): CouncilMember[] {
  const before = listCouncilMembers(ctx, campaignId);
  const known = new Set(before.map((member) => member.id));
  if (members.filter((member) => member.role === 'chair').length > 1)
    throw new AppError('invalid_input', 'Hội đồng chỉ có một Chủ tịch.', 'members');
  for (const member of members) {
    if (member.id !== undefined && !known.has(member.id))
      throw new AppError('not_found', `Không có thành viên mã ${member.id} trong hội đồng này.`, 'members');
  }
  const kept = new Set(members.flatMap((member) => (member.id === undefined ? [] : [member.id])));
  for (const old of before) {
    if (kept.has(old.id)) continue;
    const used = prepared(ctx.db, 'SELECT 1 FROM meeting_attendance WHERE member_id = ? LIMIT 1').get(old.id);
    if (used) throw new AppError('conflict', `${old.name} đã có trong biên bản một cuộc họp, không xóa được.`, 'members');
    prepared(ctx.db, 'DELETE FROM council_members WHERE id = ?').run(old.id);
  }
  members.forEach((member, index) => {
    const params = {
      campaignId,
      position: index + 1,
      name: member.name,
      title: member.title,
      role: member.role,
      appointedOn: member.appointedOn,
    };
    if (member.id === undefined) {
      prepared(
        ctx.db,
        `INSERT INTO council_members (campaign_id, position, name, title, role, appointed_on)
         VALUES (@campaignId, @position, @name, @title, @role, @appointedOn)`,
      ).run(params);
    } else {
      prepared(
        ctx.db,
        'UPDATE council_members SET position = @position, name = @name, title = @title, role = @role, appointed_on = @appointedOn WHERE id = @id',
      ).run({ ...params, id: member.id });
    }
  });
  const after = listCouncilMembers(ctx, campaignId);
  recordChange(ctx, { action: 'update', entity: 'council', entityId: campaignId, before, after });
  return after;
}

function rulesOf(row: MeetingRow): CouncilRules {
  return {
    quorum: { numerator: row.quorum_numerator, denominator: row.quorum_denominator },
    threshold: { numerator: row.threshold_numerator, denominator: row.threshold_denominator },
  };
}

const attendanceOf = (row: MeetingRow) => ({
  membersTotal: row.members_total,
  present: row.members_present,
  writtenOpinions: row.written_opinions,
});

const votesOf = (vote: VoteRow) => ({
  votesFor: vote.votes_for,
  votesAgainst: vote.votes_against,
  abstentions: vote.abstentions,
  conflicts: vote.conflicts,
});

function voteRows(ctx: ServiceContext, meetingId: number): VoteRow[] {
  return prepared(
    ctx.db,
    `SELECT v.nominee_id, n.name, v.votes_for, v.votes_against, v.abstentions, v.conflicts, v.conflict_note
       FROM council_votes v JOIN nominees n ON n.id = v.nominee_id AND n.deleted_at IS NULL
       WHERE v.meeting_id = ? ORDER BY n.sort_key, n.id`,
  ).all(meetingId) as VoteRow[];
}

function toVote(row: MeetingRow, vote: VoteRow): Vote {
  const outcome = voteOutcome(attendanceOf(row), votesOf(vote), rulesOf(row));
  return {
    nomineeId: vote.nominee_id,
    nomineeName: vote.name,
    votesFor: vote.votes_for,
    votesAgainst: vote.votes_against,
    abstentions: vote.abstentions,
    conflicts: vote.conflicts,
    conflictNote: vote.conflict_note,
    proposed: outcome.ok && outcome.proposed,
    text: outcome.ok ? outcome.text : outcome.reason,
  };
}

function toMeeting(ctx: ServiceContext, row: MeetingRow): Meeting {
  const quorum = checkQuorum(attendanceOf(row), rulesOf(row));
  const votes = voteRows(ctx, row.id);
  const attendance = prepared(ctx.db, 'SELECT member_id AS memberId, presence FROM meeting_attendance WHERE meeting_id = ?').all(
    row.id,
  ) as {
    memberId: number;
    presence: Presence;
  }[];
  return {
    id: row.id,
    campaignId: row.campaign_id,
    heldOn: row.held_on,
    place: row.place,
    chairedBy: row.chaired_by,
    membersTotal: row.members_total,
    present: row.members_present,
    writtenOpinions: row.written_opinions,
    attendance,
    quorumText: quorum.ok ? quorum.text : quorum.reason,
    votes: votes.map((vote) => toVote(row, vote)),
  };
}

function meetingRow(ctx: ServiceContext, id: number): MeetingRow {
  const row = prepared(ctx.db, 'SELECT * FROM council_meetings WHERE id = ?').get(id) as MeetingRow | undefined;
  if (!row) throw notFound(`cuộc họp hội đồng mã ${id}`);
  return row;
}

export function getMeeting(ctx: ServiceContext, id: number): Meeting {
  return toMeeting(ctx, meetingRow(ctx, id));
}

export function listMeetings(ctx: ServiceContext, campaignId: number): Meeting[] {
  const rows = prepared(ctx.db, 'SELECT * FROM council_meetings WHERE campaign_id = ? ORDER BY held_on, id').all(
    campaignId,
  ) as MeetingRow[];
  return rows.map((row) => toMeeting(ctx, row));
}

/** The counts a meeting records: from the attendance by member when given, else as typed. */
function attendanceCounts(ctx: ServiceContext, campaignId: number, fields: MeetingFields) {
  if (!fields.attendance) return { membersTotal: fields.membersTotal, present: fields.present, writtenOpinions: fields.writtenOpinions };
  const members = new Set(listCouncilMembers(ctx, campaignId).map((member) => member.id));
  for (const entry of fields.attendance) {
    if (!members.has(entry.memberId))
      throw new AppError('invalid_input', `Thành viên mã ${entry.memberId} không thuộc hội đồng của chiến dịch.`, 'attendance');
  }
  if (fields.attendance.length !== members.size)
    throw new AppError('invalid_input', 'Cần ghi có mặt hay vắng cho mọi thành viên của hội đồng.', 'attendance');
  return {
    membersTotal: members.size,
    present: fields.attendance.filter((entry) => entry.presence === 'present').length,
    writtenOpinions: fields.attendance.filter((entry) => entry.presence === 'written').length,
  };
}

/** Records a meeting (new without id); refused when it cannot be valid (too few members, more than the council). */
export function saveMeeting(ctx: ServiceContext, campaignId: number, id: number | undefined, fields: MeetingFields): Meeting {
  const counts = attendanceCounts(ctx, campaignId, fields);
  const rules = id === undefined ? councilRules(ctx) : rulesOf(meetingRow(ctx, id));
  const quorum = checkQuorum(counts, rules);
  if (!quorum.ok) throw new AppError('invalid_input', quorum.reason, 'present');
  const clash = prepared(ctx.db, 'SELECT id FROM council_meetings WHERE campaign_id = ? AND held_on = ? AND id IS NOT ?').get(
    campaignId,
    fields.heldOn,
    id ?? null,
  );
  if (clash) throw new AppError('conflict', 'Đã có cuộc họp hội đồng cùng ngày trong chiến dịch này.', 'heldOn');
  const before = id === undefined ? undefined : getMeeting(ctx, id);
  if (before && before.campaignId !== campaignId) throw new AppError('invalid_input', 'Cuộc họp này thuộc chiến dịch khác.', 'id');
  const params = {
    campaignId,
    heldOn: fields.heldOn,
    place: fields.place,
    chairedBy: fields.chairedBy,
    total: counts.membersTotal,
    present: counts.present,
    written: counts.writtenOpinions,
    qn: rules.quorum.numerator,
    qd: rules.quorum.denominator,
    tn: rules.threshold.numerator,
    td: rules.threshold.denominator,
  };
  let meetingId: number;
  if (before) {
    meetingId = before.id;
    prepared(
      ctx.db,
      `UPDATE council_meetings SET held_on = @heldOn, place = @place, chaired_by = @chairedBy, members_total = @total,
         members_present = @present, written_opinions = @written WHERE id = @id`,
    ).run({ ...params, id: meetingId });
  } else {
    meetingId = Number(
      prepared(
        ctx.db,
        `INSERT INTO council_meetings (campaign_id, held_on, place, chaired_by, members_total, members_present, written_opinions,
           quorum_numerator, quorum_denominator, threshold_numerator, threshold_denominator)
         VALUES (@campaignId, @heldOn, @place, @chairedBy, @total, @present, @written, @qn, @qd, @tn, @td)`,
      ).run(params).lastInsertRowid,
    );
  }
  if (fields.attendance) {
    prepared(ctx.db, 'DELETE FROM meeting_attendance WHERE meeting_id = ?').run(meetingId);
    const insert = prepared(ctx.db, 'INSERT INTO meeting_attendance (meeting_id, member_id, presence) VALUES (?, ?, ?)');
    for (const entry of fields.attendance) insert.run(meetingId, entry.memberId, entry.presence);
  }
  // Votes recorded before a change of attendance must still be possible with the new counts.
  const saved = meetingRow(ctx, meetingId);
  for (const vote of voteRows(ctx, meetingId)) {
    const outcome = voteOutcome(attendanceOf(saved), votesOf(vote), rulesOf(saved));
    if (!outcome.ok) throw new AppError('invalid_input', `${vote.name}: ${outcome.reason}`, 'present');
  }
  const after = getMeeting(ctx, meetingId);
  recordChange(ctx, { action: before ? 'update' : 'create', entity: 'council_meeting', entityId: meetingId, before, after });
  return after;
}

/** One nominee's votes at a meeting; refused with the arithmetic when the count cannot be. */
export function recordVote(ctx: ServiceContext, fields: VoteFields): Meeting {
  const row = meetingRow(ctx, fields.meetingId);
  liveStatuses(ctx, [fields.nomineeId], row.campaign_id);
  const outcome = voteOutcome(attendanceOf(row), fields, rulesOf(row));
  if (!outcome.ok) throw new AppError('invalid_input', outcome.reason, 'votesFor');
  const before = prepared(ctx.db, 'SELECT * FROM council_votes WHERE meeting_id = ? AND nominee_id = ?').get(row.id, fields.nomineeId);
  prepared(
    ctx.db,
    `INSERT INTO council_votes (meeting_id, nominee_id, votes_for, votes_against, abstentions, conflicts, conflict_note)
     VALUES (@meetingId, @nomineeId, @votesFor, @votesAgainst, @abstentions, @conflicts, @conflictNote)
     ON CONFLICT (meeting_id, nominee_id) DO UPDATE SET votes_for = excluded.votes_for, votes_against = excluded.votes_against,
       abstentions = excluded.abstentions, conflicts = excluded.conflicts, conflict_note = excluded.conflict_note`,
  ).run(fields);
  recordChange(ctx, {
    action: before ? 'update' : 'create',
    entity: 'council_vote',
    entityId: `${row.id}:${fields.nomineeId}`,
    before,
    after: { ...fields, outcome: outcome.text },
  });
  return getMeeting(ctx, row.id);
}

/** Each nominee's latest council outcome in a campaign (the last meeting that voted on it). */
export function councilOutcomes(ctx: ServiceContext, campaignId: number): Map<number, { proposed: boolean; text: string }> {
  const outcomes = new Map<number, { proposed: boolean; text: string }>();
  for (const meeting of listMeetings(ctx, campaignId)) {
    for (const vote of meeting.votes) outcomes.set(vote.nomineeId, { proposed: vote.proposed, text: vote.text });
  }
  return outcomes;
}

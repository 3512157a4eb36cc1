import type { NomineeFields } from '../../shared/domain/nominees.ts';
import { addNominees } from './nominees.ts';
import { newSession, ok } from './session.ts';

import type { Session } from '../../electron/session/open-session.ts';

/** Evaluated "Đạt" with a proposed form, on the given day. */
export const passWith = (awardCode: string) => ({ criteria: [], result: 'pass' as const, note: '', evaluatedOn: '2024-11-20', awardCode });

export function unitId(session: Session, name: string): number {
  return session.db.prepare('SELECT id FROM units WHERE name = ?').pluck().get(name) as number;
}

/** A council of three with a meeting on 25/11/2024 that the votes go to. */
export async function councilMeeting(session: Session): Promise<number> {
  const members = await ok(session, 'council.saveMembers', {
    campaignId: 1,
    members: ['Vi Thanh Quyền', 'Nguyễn Văn An', 'Chu Thị Thu Trang'].map((name, index) => ({
      name,
      title: '',
      role: index === 0 ? ('chair' as const) : index === 2 ? ('secretary' as const) : ('member' as const),
      appointedOn: '2024-10-01',
    })),
  });
  const meeting = await ok(session, 'council.saveMeeting', {
    campaignId: 1,
    fields: {
      heldOn: '2024-11-25',
      place: 'Phòng họp Ban Dân tộc',
      chairedBy: 'Vi Thanh Quyền',
      attendance: members.map((member) => ({ memberId: member.id, presence: 'present' as const })),
      membersTotal: 3,
      present: 3,
      writtenOpinions: 0,
    },
  });
  return meeting.id;
}

/** Nominees added, evaluated with their form and voted for by the whole council. */
export async function proposeAll(
  session: Session,
  meetingId: number,
  nominees: readonly { fields: NomineeFields; awardCode: string }[],
): Promise<number[]> {
  const ids = addNominees(
    session,
    nominees.map((item) => item.fields),
  );
  for (const [index, nomineeId] of ids.entries()) {
    await ok(session, 'evaluations.save', { nomineeId, fields: passWith(nominees[index]?.awardCode ?? 'giay-khen') });
    await ok(session, 'council.vote', {
      meetingId,
      nomineeId,
      votesFor: 3,
      votesAgainst: 0,
      abstentions: 0,
      conflicts: 0,
      conflictNote: '',
    });
  }
  return ids;
}

/** The 2024 campaign with its plan issued (15/KH-BDT, 05/02/2024), on 12/12/2024, the decision date 10/12/2024. */
export async function awardCampaign(file?: string): Promise<ReturnType<typeof newSession>> {
  const session = newSession({ now: () => new Date('2024-12-12T09:00:00+07:00'), saves: true, ...(file ? { file } : {}) });
  await ok(session, 'plans.issue', { campaignId: 1, number: 15, date: '2024-02-05' });
  await ok(session, 'evaluations.setDecisionDate', { campaignId: 1, date: '2024-12-10' });
  return session;
}

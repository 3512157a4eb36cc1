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

/** The agency's functions, the căn cứ an award decision cannot be issued without. */
export const FUNCTIONS_BASIS =
  'Quyết định số 12/2024/QĐ-UBND ngày 01 tháng 3 năm 2024 của UBND tỉnh Bắc Giang quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ban Dân tộc tỉnh Bắc Giang';

/** Issues the award decision of those ready in campaign 1, its căn cứ filled in. */
export async function decideReady(session: Session, number: number, date: string) {
  const state = await ok(session, 'awards.state', { campaignId: 1 });
  await ok(session, 'awards.savePapers', { campaignId: 1, papers: { ...state.papers, functionsBasis: FUNCTIONS_BASIS } });
  return ok(session, 'awards.decide', { campaignId: 1, number, date });
}

import type { Session } from '../../electron/session/open-session.ts';
import { heading, report, time } from './timing.ts';

/**
 * Bồi dưỡng and Đánh giá at the size of the scale database: one training recorded for 5,000
 * nominees in one action, the coverage view and the proposals of the whole campaign, one
 * evaluation saved with its proposal, and a council vote.
 */
export async function benchNurturingEvaluation(session: Session, count: number): Promise<void> {
  heading(`Bồi dưỡng và Đánh giá, ${count.toLocaleString('vi-VN')} đề cử`);
  const call = async (method: string, input: unknown) => {
    const result = await session.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
  const ids = session.db
    .prepare("SELECT id FROM nominees WHERE deleted_at IS NULL AND status <> 'withdrawn' ORDER BY id LIMIT 5000")
    .pluck()
    .all() as number[];
  const fields = (day: number, nomineeIds: number[]) => ({
    kind: 'training',
    happenedOn: `2024-05-${String(10 + day).padStart(2, '0')}`,
    carriedBy: '',
    note: 'Tập huấn',
    nomineeIds,
  });
  let day = 0;
  report(
    'Ghi một hoạt động cho 5.000 đề cử (một thao tác)',
    await time(3, () => call('activities.save', { campaignId: 1, fields: fields(day++, ids) })),
    'dưới 1 giây',
  );
  report(
    'Ghi một hoạt động cho một đề cử',
    await time(9, () => call('activities.save', { campaignId: 1, fields: fields(day++ % 15, ids.slice(0, 1)) })),
    'dưới 5 ms',
  );
  report('Bảng theo quý của cả chiến dịch (nurturing.coverage)', await time(5, () => call('nurturing.coverage', { campaignId: 1 })));
  report('Bảng theo quý của một đơn vị', await time(9, () => call('nurturing.coverage', { campaignId: 1, unitId: 1 })), 'dưới 50 ms');
  report(
    'Hoạt động của một đề cử (activities.list)',
    await time(9, () => call('activities.list', { campaignId: 1, nomineeId: ids[0] })),
    'dưới 10 ms',
  );
  report(
    'So sánh đề cử một đơn vị (evaluations.proposals)',
    await time(9, () => call('evaluations.proposals', { campaignId: 1, unitId: 1 })),
    'dưới 50 ms',
  );
  report('Danh sách đề nghị của cả chiến dịch', await time(3, () => call('evaluations.proposals', { campaignId: 1 })));
  const nomineeId = session.db
    .prepare("SELECT id FROM nominees WHERE deleted_at IS NULL AND status IN ('nominated', 'nurturing') ORDER BY id LIMIT 1")
    .pluck()
    .get() as number;
  let award = 0;
  report(
    'Lưu một đánh giá kèm đề nghị khen thưởng',
    await time(9, () =>
      call('evaluations.save', {
        nomineeId,
        fields: { criteria: [], result: 'pass', note: '', evaluatedOn: '2024-11-20', awardCode: award++ % 2 ? 'giay-khen' : null },
      }),
    ),
    'dưới 10 ms',
  );
  const meeting = (await call('council.saveMeeting', {
    campaignId: 1,
    fields: { heldOn: '2024-11-25', place: '', chairedBy: '', membersTotal: 7, present: 7, writtenOpinions: 0 },
  })) as { id: number };
  report(
    'Ghi phiếu Hội đồng cho một đề cử',
    await time(9, () =>
      call('council.vote', {
        meetingId: meeting.id,
        nomineeId,
        votesFor: 5,
        votesAgainst: 2,
        abstentions: 0,
        conflicts: 0,
        conflictNote: '',
      }),
    ),
    'dưới 10 ms',
  );
}

import { describe, expect, it } from 'vitest';
import { addNominees, person } from '../../support/nominees.ts';
import { newSession, ok } from '../../support/session.ts';

describe('Tổng quan in the later phases', () => {
  it('counts nominees per status and says who is overdue in nurturing and evaluation', async () => {
    const session = newSession({ now: () => new Date('2024-10-05T09:00:00+07:00') });
    const [sen, long, mai] = addNominees(session, [person(1, 'Lý Thị Sen'), person(1, 'Trần Văn Long'), person(1, 'Hoàng Thị Mai')]);
    const activity = (day: string, ids: number[]) =>
      ok(session, 'activities.save', {
        campaignId: 1,
        fields: { kind: 'visit', happenedOn: day, carriedBy: '', note: '', nomineeIds: ids },
      });
    await activity('2024-05-02', [sen ?? 0, long ?? 0]);
    await activity('2024-08-02', [sen ?? 0]);
    await ok(session, 'evaluations.save', {
      nomineeId: sen ?? 0,
      fields: { criteria: [], result: 'pass', note: '', evaluatedOn: '2024-10-02', awardCode: null },
    });
    await ok(session, 'nominees.setStatus', { ids: [mai ?? 0], status: 'valid', reason: '' });
    const overview = await ok(session, 'overview.get', { campaignId: 1 });
    expect(overview.statuses).toEqual([
      { status: 'valid', label: 'Hợp lệ', count: 1 },
      { status: 'nurturing', label: 'Đang bồi dưỡng', count: 1 },
      { status: 'passed', label: 'Đánh giá đạt', count: 1 },
    ]);
    const messages = overview.warnings.map((warning) => [warning.screen, warning.message]);
    expect(messages).toContainEqual(['nurturing', '2 đề cử chưa có hoạt động bồi dưỡng nào trong một quý đã qua của giai đoạn bồi dưỡng.']);
    expect(messages).toContainEqual(['evaluation', '2 đề cử chưa được đánh giá dù giai đoạn đánh giá đã bắt đầu.']);

    // Before the nurturing phase nothing is overdue.
    const early = newSession({ now: () => new Date('2024-03-25T09:00:00+07:00') });
    addNominees(early, [person(1, 'Lý Thị Sen')]);
    const quiet = await ok(early, 'overview.get', { campaignId: 1 });
    expect(quiet.warnings.filter((warning) => warning.screen === 'nurturing' || warning.screen === 'evaluation')).toEqual([]);
  });
});

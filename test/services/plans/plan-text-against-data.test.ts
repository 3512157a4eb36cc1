import { describe, expect, it } from 'vitest';
import { planTextMismatches, withTextFixed } from '../../../shared/document/builders/plan-text-check.ts';
import { fails, newSession, ok } from '../../support/session.ts';

describe('the plan’s text against its data', () => {
  it('finds nothing to say about the 2024 plan as issued', async () => {
    const session = newSession();
    const { draft } = await ok(session, 'plans.get', { campaignId: 1 });
    expect(planTextMismatches(draft, 2024)).toEqual([]);
    const { problems } = await ok(session, 'plans.document', { campaignId: 1 });
    expect(problems.filter((problem) => problem.message.includes('văn bản ghi'))).toEqual([]);
  });

  it('flags every figure and date the data no longer says, refuses to issue, and is fixed by the data in one step', async () => {
    const session = newSession();
    const { draft } = await ok(session, 'plans.get', { campaignId: 1 });
    const changed = {
      ...draft,
      totalModels: 11,
      quotas: draft.quotas.map((quota, index) => (index === 0 ? { ...quota, individual: quota.individual + 1 } : quota)),
      nominationDeadline: '2024-03-25',
      phases: draft.phases.map((phase) => (phase.key === 'nurturing' ? { ...phase, startsOn: '2024-07-01', endsOn: '2024-09-30' } : phase)),
      awardEvent: 'Đại hội đại biểu các dân tộc thiểu số tỉnh Bắc Giang lần thứ V, năm 2024',
    };
    await ok(session, 'plans.save', { campaignId: 1, draft: changed });
    const mismatches = planTextMismatches(changed, 2024);
    expect(mismatches.map(({ where, found, expected }) => [where, found, expected])).toEqual([
      ['Số lượng, đoạn 1', '10', '11'],
      ['Số lượng, đoạn 1', 'IV', 'V'],
      ['Thời gian, nội dung thực hiện, đoạn 1', '20/3/2024', '25/3/2024'],
      ['Thời gian, nội dung thực hiện, đoạn 2', 'II, III/2024', 'III/2024'],
      ['Thời gian, nội dung thực hiện, đoạn 3', '10', '11'],
      ['Thời gian, nội dung thực hiện, đoạn 3', 'IV', 'V'],
      ['Kinh phí thực hiện, đoạn 1', 'IV', 'V'],
    ]);
    const { problems } = await ok(session, 'plans.document', { campaignId: 1 });
    expect(problems.map((problem) => problem.message)).toContain('Số lượng, đoạn 1: văn bản ghi "10" nhưng tổng số điển hình là "11".');
    expect((await fails(session, 'plans.issue', { campaignId: 1, number: 15, date: '2024-02-05' })).message).toBe(
      'Chưa ban hành được: Số lượng, đoạn 1: văn bản ghi "10" nhưng tổng số điển hình là "11".',
    );

    const fixed = mismatches.reduce(withTextFixed, changed);
    expect(planTextMismatches(fixed, 2024)).toEqual([]);
    expect(fixed.plan.quantity[0]).toContain('Tổng số xây dựng 11 điển hình tập thể, cá nhân tiên tiến.');
    expect(fixed.plan.quantity[0]).toContain('(đại hội cấp tỉnh) lần thứ V năm 2024');
    expect(fixed.plan.schedule).toEqual([
      expect.stringContaining('trước ngày 25/3/2024.'),
      'Trong quý III/2024: Tập trung bồi dưỡng các tập thể, cá nhân điển hình tiên tiến.',
      'Quý IV/2024: Đánh giá kết quả xây dựng các mô hình, xem xét đề nghị khen thưởng 11 tập thể, cá nhân tiên tiến tại Đại hội đại biểu các dân tộc thiểu số tỉnh Bắc Giang lần thứ V, năm 2024.',
    ]);
    await ok(session, 'plans.save', { campaignId: 1, draft: fixed });
    await ok(session, 'plans.issue', { campaignId: 1, number: 15, date: '2024-02-05' });
  });
});

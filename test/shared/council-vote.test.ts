import { describe, expect, it } from 'vitest';
import { checkQuorum, voteOutcome } from '../../shared/domain/council-vote.ts';

const seven = { membersTotal: 7, present: 6, writtenOpinions: 1 };
const votes = (votesFor: number, votesAgainst = 0, abstentions = 0, conflicts = 0) => ({ votesFor, votesAgainst, abstentions, conflicts });

describe('the council’s arithmetic', () => {
  it('meets with at least 2/3 of all members, present or by a written opinion', () => {
    expect(checkQuorum({ membersTotal: 9, present: 6, writtenOpinions: 0 })).toMatchObject({ ok: true, taking: 6 });
    expect(checkQuorum({ membersTotal: 9, present: 5, writtenOpinions: 1 })).toMatchObject({ ok: true, taking: 6 });
    expect(checkQuorum({ membersTotal: 9, present: 5, writtenOpinions: 0 })).toEqual({
      ok: false,
      reason: 'Chưa đủ số thành viên để họp: 5/9 (55,6 %) tham gia, cần ít nhất 6 (66,7 %).',
    });
    expect(checkQuorum({ membersTotal: 7, present: 6, writtenOpinions: 2 })).toEqual({
      ok: false,
      reason: '6 có mặt + 2 ý kiến bằng văn bản = 8, nhiều hơn 7 thành viên.',
    });
  });

  it('proposes a nominee when more than half of all members agree, and shows the arithmetic', () => {
    expect(voteOutcome(seven, votes(5, 2))).toEqual({ ok: true, proposed: true, base: 7, text: '5/7 thành viên đồng ý, 71,4 % > 50 %' });
    expect(voteOutcome(seven, votes(3, 2, 2))).toMatchObject({ ok: true, proposed: false, text: '3/7 thành viên đồng ý, 42,9 % ≤ 50 %' });
    // Half is not more than half: a tie does not propose.
    expect(voteOutcome({ membersTotal: 8, present: 8, writtenOpinions: 0 }, votes(4, 4))).toMatchObject({ proposed: false });
    expect(voteOutcome({ membersTotal: 8, present: 8, writtenOpinions: 0 }, votes(5, 3))).toMatchObject({ proposed: true });
    // Abstentions count as not agreeing: the base is all members, not those who voted.
    expect(voteOutcome(seven, votes(3, 0, 4))).toMatchObject({ proposed: false });
  });

  it('leaves a member with a conflict of interest out of that nominee’s vote and its base', () => {
    expect(voteOutcome(seven, votes(4, 1, 0, 1))).toEqual({
      ok: true,
      proposed: true,
      base: 6,
      text: '4/6 thành viên được biểu quyết đồng ý, 66,7 % > 50 %',
    });
    expect(voteOutcome(seven, votes(3, 3, 0, 1))).toMatchObject({ proposed: false });
    expect(voteOutcome(seven, votes(5, 2, 0, 1))).toEqual({
      ok: false,
      reason: '5 đồng ý + 2 không đồng ý + 0 không biểu quyết = 7 phiếu, nhiều hơn 7 thành viên tham gia trừ 1 có xung đột lợi ích = 6.',
    });
  });

  it('refuses a count that cannot be: more votes than voters, a quorum not reached, negative numbers', () => {
    expect(voteOutcome(seven, votes(6, 2))).toEqual({
      ok: false,
      reason: '6 đồng ý + 2 không đồng ý + 0 không biểu quyết = 8 phiếu, nhiều hơn 7 thành viên tham gia.',
    });
    expect(voteOutcome({ membersTotal: 7, present: 3, writtenOpinions: 1 }, votes(4))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('Chưa đủ số thành viên'),
    });
    expect(voteOutcome(seven, votes(-1))).toMatchObject({ ok: false });
  });

  it('uses the quorum and threshold the office set', () => {
    const strict = { quorum: { numerator: 4, denominator: 5 }, threshold: { numerator: 2, denominator: 3 } };
    expect(voteOutcome({ membersTotal: 10, present: 7, writtenOpinions: 0 }, votes(7), strict)).toMatchObject({ ok: false });
    expect(voteOutcome({ membersTotal: 9, present: 9, writtenOpinions: 0 }, votes(6), strict)).toMatchObject({ proposed: false });
    expect(voteOutcome({ membersTotal: 9, present: 9, writtenOpinions: 0 }, votes(7), strict)).toMatchObject({ proposed: true });
  });
});

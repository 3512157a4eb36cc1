/**
 * The council's arithmetic. A meeting is valid when enough members take part, present or by a
 * written opinion (quorum, default 2/3 of all members); a nominee is proposed when more than a
 * share of the members entitled to vote on it agree (threshold, default more than 1/2). A member
 * who declares a conflict of interest does not vote on that nominee, and is not counted in its base.
 * Fractions are kept as integers, so 2/3 of 9 is exactly 6 and 1/2 of 8 is not "more than half".
 */

export interface Fraction {
  numerator: number;
  denominator: number;
}

export interface CouncilRules {
  /** At least this share of all members present or giving a written opinion. */
  quorum: Fraction;
  /** More than this share of the entitled members agree. */
  threshold: Fraction;
}

export const DEFAULT_COUNCIL_RULES: CouncilRules = {
  quorum: { numerator: 2, denominator: 3 },
  threshold: { numerator: 1, denominator: 2 },
};

export interface Attendance {
  membersTotal: number;
  present: number;
  writtenOpinions: number;
}

export interface NomineeVotes {
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
  /** Members (present or written) who declared a conflict of interest for this nominee. */
  conflicts: number;
}

export type QuorumCheck = { ok: true; taking: number; text: string } | { ok: false; reason: string };
export type VoteOutcome = { ok: true; proposed: boolean; base: number; text: string } | { ok: false; reason: string };

const percent = (part: number, whole: number) => `${((part * 100) / whole).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} %`;
const share = (f: Fraction) => `${((f.numerator * 100) / f.denominator).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} %`;

export function checkQuorum(attendance: Attendance, rules: CouncilRules = DEFAULT_COUNCIL_RULES): QuorumCheck {
  const { membersTotal, present, writtenOpinions } = attendance;
  if (!Number.isInteger(membersTotal) || membersTotal < 1) return { ok: false, reason: 'Hội đồng phải có ít nhất 1 thành viên.' };
  if (present < 0 || writtenOpinions < 0) return { ok: false, reason: 'Số thành viên không được âm.' };
  const taking = present + writtenOpinions;
  if (taking > membersTotal) {
    return {
      ok: false,
      reason: `${present} có mặt + ${writtenOpinions} ý kiến bằng văn bản = ${taking}, nhiều hơn ${membersTotal} thành viên.`,
    };
  }
  const { numerator, denominator } = rules.quorum;
  if (taking * denominator < membersTotal * numerator) {
    const needed = Math.ceil((membersTotal * numerator) / denominator);
    return {
      ok: false,
      reason: `Chưa đủ số thành viên để họp: ${taking}/${membersTotal} (${percent(taking, membersTotal)}) tham gia, cần ít nhất ${needed} (${share(rules.quorum)}).`,
    };
  }
  return {
    ok: true,
    taking,
    text: `${taking}/${membersTotal} thành viên tham gia (${percent(taking, membersTotal)} ≥ ${share(rules.quorum)})`,
  };
}

/** The outcome for one nominee, with its arithmetic ("5/7 thành viên đồng ý, 71,4 % > 50 %"). */
export function voteOutcome(attendance: Attendance, votes: NomineeVotes, rules: CouncilRules = DEFAULT_COUNCIL_RULES): VoteOutcome {
  const quorum = checkQuorum(attendance, rules);
  if (!quorum.ok) return quorum;
  const { votesFor, votesAgainst, abstentions, conflicts } = votes;
  if ([votesFor, votesAgainst, abstentions, conflicts].some((n) => !Number.isInteger(n) || n < 0)) {
    return { ok: false, reason: 'Số phiếu phải là số nguyên không âm.' };
  }
  if (conflicts > quorum.taking) {
    return { ok: false, reason: `${conflicts} thành viên có xung đột lợi ích, nhiều hơn ${quorum.taking} thành viên tham gia.` };
  }
  const voters = quorum.taking - conflicts;
  const cast = votesFor + votesAgainst + abstentions;
  if (cast > voters) {
    const who =
      conflicts > 0
        ? `${quorum.taking} thành viên tham gia trừ ${conflicts} có xung đột lợi ích = ${voters}`
        : `${voters} thành viên tham gia`;
    return {
      ok: false,
      reason: `${votesFor} đồng ý + ${votesAgainst} không đồng ý + ${abstentions} không biểu quyết = ${cast} phiếu, nhiều hơn ${who}.`,
    };
  }
  const base = attendance.membersTotal - conflicts;
  if (base === 0) return { ok: false, reason: 'Mọi thành viên đều có xung đột lợi ích: không ai được biểu quyết.' };
  const { numerator, denominator } = rules.threshold;
  const proposed = votesFor * denominator > base * numerator;
  const ofWhom = conflicts > 0 ? 'thành viên được biểu quyết' : 'thành viên';
  const text = `${votesFor}/${base} ${ofWhom} đồng ý, ${percent(votesFor, base)} ${proposed ? '>' : '≤'} ${share(rules.threshold)}`;
  return { ok: true, proposed, base, text };
}

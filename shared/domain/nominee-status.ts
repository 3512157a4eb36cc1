import { NOMINEE_STATUS_LABELS, type NomineeStatus } from './nominees.ts';

/**
 * How a nominee moves through the phases: đề cử → hợp lệ → đang bồi dưỡng → đánh giá đạt / không
 * đạt → đề nghị khen thưởng → đã khen thưởng, and rút at any point. Forward moves follow the work
 * (an activity starts nurturing, an evaluation gives its result, a proposal needs a passed
 * evaluation, an award a decision); a step back is only an explicit action with a reason.
 */

const STAGE: Record<NomineeStatus, number> = {
  nominated: 0,
  valid: 1,
  nurturing: 2,
  passed: 3,
  failed: 3,
  proposed: 4,
  awarded: 5,
  withdrawn: 6,
};

/** How a status is reached: by hand (the status menu) or only through the work that gives it. */
export type StatusCause = 'manual' | 'activity' | 'evaluation' | 'proposal' | 'decision';

const REACHED_BY: Record<NomineeStatus, StatusCause[]> = {
  nominated: ['manual'],
  valid: ['manual'],
  nurturing: ['manual', 'activity'],
  passed: ['evaluation'],
  failed: ['evaluation'],
  proposed: ['proposal'],
  awarded: ['decision'],
  withdrawn: ['manual'],
};

const WHY_NOT: Partial<Record<NomineeStatus, string>> = {
  passed: 'ghi kết quả đánh giá "Đạt" ở màn hình Đánh giá',
  failed: 'ghi kết quả đánh giá "Không đạt" ở màn hình Đánh giá',
  proposed: 'đề nghị hình thức khen thưởng sau khi đánh giá đạt',
  awarded: 'ban hành quyết định khen thưởng',
};

export type StatusMove = { ok: true; backward: boolean } | { ok: false; reason: string };

export function isBackward(from: NomineeStatus, to: NomineeStatus): boolean {
  return from === 'withdrawn' || STAGE[to] < STAGE[from];
}

/** Whether a nominee may go from one status to another, by that cause, with that reason. */
export function statusMove(from: NomineeStatus, to: NomineeStatus, cause: StatusCause, reason: string): StatusMove {
  const label = (s: NomineeStatus) => `"${NOMINEE_STATUS_LABELS[s]}"`;
  if (from === to) return { ok: false, reason: `Đề cử đã ở trạng thái ${label(to)}.` };
  const backward = isBackward(from, to);
  if (backward) {
    if (cause !== 'manual') return { ok: false, reason: `Không thể tự động đưa đề cử từ ${label(from)} về ${label(to)}.` };
    if (!reason.trim()) return { ok: false, reason: `Đưa đề cử từ ${label(from)} về ${label(to)} cần ghi lý do.` };
    return { ok: true, backward };
  }
  if (to === 'withdrawn' && !reason.trim()) return { ok: false, reason: 'Rút đề cử cần ghi lý do.' };
  if (!REACHED_BY[to].includes(cause)) {
    return { ok: false, reason: `Không chuyển trực tiếp sang ${label(to)}: hãy ${WHY_NOT[to] ?? 'làm bước trước'}.` };
  }
  if (to === 'proposed' && from !== 'passed') return { ok: false, reason: 'Chỉ đề nghị khen thưởng đề cử đã đánh giá đạt.' };
  if (to === 'awarded' && from !== 'proposed') return { ok: false, reason: 'Chỉ khen thưởng đề cử đã được đề nghị khen thưởng.' };
  return { ok: true, backward };
}

/** Statuses the status menu offers from a given one (forward by hand, or back with a reason). */
export function manualTargets(from: NomineeStatus): NomineeStatus[] {
  return (Object.keys(STAGE) as NomineeStatus[]).filter((to) => to !== from && (REACHED_BY[to].includes('manual') || isBackward(from, to)));
}

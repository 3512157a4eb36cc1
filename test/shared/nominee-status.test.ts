import { describe, expect, it } from 'vitest';
import { manualTargets, statusMove } from '../../shared/domain/nominee-status.ts';

describe('how a nominee moves through the phases', () => {
  it('moves forward by the work that gives each step', () => {
    expect(statusMove('nominated', 'valid', 'manual', '')).toEqual({ ok: true, backward: false });
    expect(statusMove('valid', 'nurturing', 'activity', '')).toMatchObject({ ok: true });
    expect(statusMove('nurturing', 'passed', 'evaluation', '')).toMatchObject({ ok: true });
    expect(statusMove('passed', 'failed', 'evaluation', '')).toMatchObject({ ok: true });
    expect(statusMove('passed', 'proposed', 'proposal', '')).toMatchObject({ ok: true });
    expect(statusMove('proposed', 'awarded', 'decision', '')).toMatchObject({ ok: true });
  });

  it('refuses a step that skips its work', () => {
    expect(statusMove('nurturing', 'passed', 'manual', '')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('màn hình Đánh giá'),
    });
    expect(statusMove('failed', 'proposed', 'proposal', '')).toEqual({
      ok: false,
      reason: 'Chỉ đề nghị khen thưởng đề cử đã đánh giá đạt.',
    });
    expect(statusMove('passed', 'awarded', 'decision', '')).toMatchObject({ ok: false });
    expect(statusMove('nurturing', 'nurturing', 'activity', '')).toMatchObject({ ok: false });
  });

  it('steps back only by hand and with a reason; withdraws at any point with a reason', () => {
    expect(statusMove('passed', 'nurturing', 'manual', '')).toEqual({
      ok: false,
      reason: 'Đưa đề cử từ "Đánh giá đạt" về "Đang bồi dưỡng" cần ghi lý do.',
    });
    expect(statusMove('passed', 'nurturing', 'manual', 'Bổ sung hồ sơ')).toEqual({ ok: true, backward: true });
    expect(statusMove('proposed', 'passed', 'evaluation', 'x')).toMatchObject({ ok: false });
    expect(statusMove('awarded', 'withdrawn', 'manual', '')).toEqual({ ok: false, reason: 'Rút đề cử cần ghi lý do.' });
    expect(statusMove('awarded', 'withdrawn', 'manual', 'Vi phạm')).toMatchObject({ ok: true });
    expect(statusMove('withdrawn', 'nominated', 'manual', 'Rút nhầm')).toEqual({ ok: true, backward: true });
  });

  it('offers by hand only the moves that need no other work', () => {
    expect(manualTargets('nominated')).toEqual(['valid', 'nurturing', 'withdrawn']);
    expect(manualTargets('proposed')).toEqual(['nominated', 'valid', 'nurturing', 'passed', 'failed', 'withdrawn']);
  });
});

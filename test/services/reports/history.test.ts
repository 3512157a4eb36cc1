import { describe, expect, it } from 'vitest';
import { earlierAwardLine } from '../../../shared/domain/history.ts';
import { awardCampaign, councilMeeting, decideReady, proposeAll, unitId } from '../../support/award-fixture.ts';
import { addNominees, person } from '../../support/nominees.ts';
import { districtSheet, personRow } from '../../support/district-sheet.ts';
import { ok } from '../../support/session.ts';
import { expectWarningFiguresTrue } from '../../support/warning-truth.ts';

describe('Sổ vàng: the history across campaigns', () => {
  it('recognises a person awarded in 2024 when nominated again in 2025, also after the unit was renamed', async () => {
    const session = await awardCampaign();
    const sonDong = unitId(session, 'Sơn Động');
    const meeting = await councilMeeting(session);
    await proposeAll(session, meeting, [{ fields: person(sonDong, 'Lý Thị Sen', { birthYear: 1980 }), awardCode: 'giay-khen' }]);
    await decideReady(session, 3, '2024-12-10');
    const next = await ok(session, 'campaigns.copy', { fromCampaignId: 1, year: 2025 });
    // The reorganisation renames the unit; its records stay its own.
    await ok(session, 'units.update', { id: sonDong, fields: { name: 'Sơn Động (mới)' } });
    // Typed without diacritics by the district, and another woman of the same name born ten years later.
    const [again, namesake] = addNominees(
      session,
      [person(sonDong, 'Ly Thi Sen', { birthYear: 1980 }), person(sonDong, 'Lý Thị Sen', { birthYear: 1990 })],
      next.id,
    );

    const found = await ok(session, 'reports.history', { search: 'ly thi' });
    expect(found.more).toBe(false);
    expect(found.people.map((p) => [p.birthYear, p.entries.map((e) => [e.year, e.unit, e.status, e.award, e.decision])])).toEqual([
      [
        1980,
        [
          [2024, 'Huyện Sơn Động (mới)', 'Đã khen thưởng', 'Giấy khen của người đứng đầu cơ quan', '03/QĐ-BDT ngày 10/12/2024'],
          [2025, 'Huyện Sơn Động (mới)', 'Đã đề cử', null, null],
        ],
      ],
      [1990, [[2025, 'Huyện Sơn Động (mới)', 'Đã đề cử', null, null]]],
    ]);
    expect((await ok(session, 'reports.history', { search: 'Sen' })).people).toHaveLength(2);
    expect((await ok(session, 'reports.history', { search: 'en' })).people).toHaveLength(0);

    const earlier = await ok(session, 'reports.earlierAwards', { nomineeId: again ?? 0 });
    expect(earlier.map(earlierAwardLine)).toEqual([
      'Đã được khen năm 2024 (QĐ số 03/QĐ-BDT ngày 10/12/2024): Giấy khen của người đứng đầu cơ quan',
    ]);
    expect(await ok(session, 'reports.earlierAwards', { nomineeId: namesake ?? 0 })).toEqual([]);
    // A district's file for 2025 names her again: the preview says she was awarded in 2024.
    const file = await districtSheet('huyện Sơn Động', [
      personRow('Lý Thị Sen', { birthYear: 1980 }),
      personRow('Lý Thị Sen', { birthYear: 1990 }),
    ]);
    const preview = await ok(session, 'imports.preview', { campaignId: next.id, unitId: sonDong, ...file });
    const awardedBefore = (warnings: readonly { rule: string; message: string }[]) =>
      warnings.filter((warning) => warning.rule === 'awarded-before').map((warning) => warning.message);
    const line = 'Đã được khen năm 2024 (QĐ số 03/QĐ-BDT ngày 10/12/2024): Giấy khen của người đứng đầu cơ quan';
    const rule = `${line}. Một thành tích không được khen thưởng hai lần: thành tích đề nghị lần này phải là thành tích mới.`;
    expect(preview.accepted.map((row) => awardedBefore(row.warnings))).toEqual([[rule], []]);
    // The one stored by hand carries the same warning, in the list and in its dialog; her namesake does not.
    await expectWarningFiguresTrue(session, next.id);
    await expectWarningFiguresTrue(session, 1);
    const listed = await ok(session, 'nominees.list', { campaignId: next.id, withWarnings: true });
    expect(listed.items.map((item) => [item.id, awardedBefore(item.warnings)])).toEqual([
      [again, [rule]],
      [namesake, []],
    ]);
    // Accepted with a reason, it leaves the list of open warnings and says why.
    const accepted = await ok(session, 'nominees.acceptWarning', {
      id: again ?? 0,
      rule: 'awarded-before',
      reason: 'Thành tích mới năm 2025',
    });
    expect(accepted.warnings.find((warning) => warning.rule === 'awarded-before')?.accepted?.reason).toBe('Thành tích mới năm 2025');
  });
});

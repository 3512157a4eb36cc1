import { describe, expect, it } from 'vitest';
import { newSession, ok } from '../../support/session.ts';
import { districtSheet, personRow } from '../../support/district-sheet.ts';
import { expectWarningFiguresTrue } from '../../support/warning-truth.ts';

type Session = ReturnType<typeof newSession>;
const LUC_NGAN = 'Huyện Lục Ngạn';

/** The campaign's nominees in the order they were added. */
const all = async (session: Session) =>
  (await ok(session, 'nominees.list', { campaignId: 1, limit: 1000 })).items.sort((a, b) => a.id - b.id);
const rulesOf = (nominee: { warnings: { rule: string }[] } | undefined) => nominee?.warnings.map((warning) => warning.rule) ?? [];

describe('a district file imported again', () => {
  it('updates the nominee the office corrected instead of adding it twice, keeping what the file leaves blank', async () => {
    const session = newSession();
    const first = await districtSheet(LUC_NGAN, [personRow('Lý Thị Sen', { birthYear: null }), personRow('Hoàng Văn Tài')]);
    expect(await ok(session, 'imports.commit', { campaignId: 1, ...first })).toMatchObject({ created: 2, updated: 0 });
    const sen = (await all(session)).find((nominee) => nominee.name === 'Lý Thị Sen');
    if (!sen) throw new Error('Lý Thị Sen was not imported');
    const {
      id: _id,
      campaignId: _c,
      unitName: _u,
      ethnicity: _e,
      status: _s,
      receivedOn: _r,
      warnings: _w,
      createdAt: _a,
      ...fields
    } = sen;
    await ok(session, 'nominees.save', { campaignId: 1, id: sen.id, fields: { ...fields, birthYear: 1982, phone: '0987000111' } });

    // The same file, and one with the name spaced and cased differently: the same nominee each time.
    const spaced = await districtSheet(LUC_NGAN, [personRow('  lý   thị SEN ', { birthYear: null }), personRow('Hoàng Văn Tài')]);
    for (const again of [first, spaced]) {
      const preview = await ok(session, 'imports.preview', { campaignId: 1, ...again });
      expect(preview.accepted[0]).toMatchObject({
        update: true,
        match: { nomineeId: sen.id, certain: true, doubt: null },
        fields: { name: 'Lý Thị Sen', birthYear: 1982, phone: '0987000111' },
        changes: ['giữ năm sinh, điện thoại đã có (ô trong tệp để trống)'],
      });
      expect(await ok(session, 'imports.commit', { campaignId: 1, ...again })).toMatchObject({ created: 0, updated: 2 });
    }
    const after = await all(session);
    expect(after.map((nominee) => [nominee.name, nominee.birthYear])).toEqual([
      ['Lý Thị Sen', 1982],
      ['Hoàng Văn Tài', 1982],
    ]);
    expect(after.flatMap((nominee) => rulesOf(nominee))).not.toContain('possible-duplicate');
    await expectWarningFiguresTrue(session);
  });

  it('asks where the match is uncertain, adds by default, updates when chosen, and warns of the possible duplicate everywhere', async () => {
    const session = newSession();
    await ok(session, 'imports.commit', { campaignId: 1, ...(await districtSheet(LUC_NGAN, [personRow('Lý Thị Sen')])) });
    const [sen] = await all(session);
    // Without diacritics: perhaps the same person, perhaps not.
    const plain = await districtSheet(LUC_NGAN, [personRow('Ly Thi Sen', { phone: '0912' })]);
    const preview = await ok(session, 'imports.preview', { campaignId: 1, ...plain });
    expect(preview.accepted[0]).toMatchObject({
      update: false,
      match: { nomineeId: sen?.id, certain: false, doubt: 'Tên trong tệp "Ly Thi Sen" khác dấu với đề cử đã có "Lý Thị Sen"' },
    });
    expect(preview.accepted[0]?.warnings.map((warning) => warning.message)).toContain(
      'Có thể trùng với đề cử khác của Lục Ngạn: Lý Thị Sen (sinh 1982).',
    );
    const chosen = await ok(session, 'imports.preview', { campaignId: 1, ...plain, matches: [{ row: 3, action: 'update' }] });
    expect(chosen.accepted[0]).toMatchObject({ update: true, changes: ['tên: Lý Thị Sen → Ly Thi Sen'] });
    expect(rulesOf(chosen.accepted[0])).not.toContain('possible-duplicate');

    expect(await ok(session, 'imports.commit', { campaignId: 1, ...plain })).toMatchObject({ created: 1, updated: 0 });
    const both = await all(session);
    expect(both.map((nominee) => [nominee.name, rulesOf(nominee).includes('possible-duplicate')])).toEqual([
      ['Lý Thị Sen', true],
      ['Ly Thi Sen', true],
    ]);
    const cards = await ok(session, 'submissions.list', { campaignId: 1 });
    expect(cards.find((card) => card.unitTitle === LUC_NGAN)?.warnings).toBeGreaterThanOrEqual(2);
    expect((await ok(session, 'nominees.list', { campaignId: 1, withWarnings: true })).total).toBe(2);
    await expectWarningFiguresTrue(session);

    // Deleting one clears the other's warning; restoring brings it back.
    await ok(session, 'nominees.delete', { id: both[1]?.id ?? 0 });
    expect(rulesOf((await all(session))[0])).not.toContain('possible-duplicate');
    await ok(session, 'nominees.restore', { id: both[1]?.id ?? 0 });
    expect(rulesOf((await all(session))[0])).toContain('possible-duplicate');
    // Telling them apart by birth year clears it too.
    const ly = (await all(session))[1];
    if (!ly) throw new Error('missing');
    const { id: _id, campaignId: _c, unitName: _u, ethnicity: _e, status: _s, receivedOn: _r, warnings: _w, createdAt: _a, ...fields } = ly;
    await ok(session, 'nominees.save', { campaignId: 1, id: ly.id, fields: { ...fields, birthYear: 1990 } });
    expect((await all(session)).flatMap((nominee) => rulesOf(nominee))).not.toContain('possible-duplicate');
    await expectWarningFiguresTrue(session);
  });

  it('does not take a person of the same name and another birth year for sure, nor two rows for one nominee', async () => {
    const session = newSession();
    await ok(session, 'imports.commit', { campaignId: 1, ...(await districtSheet(LUC_NGAN, [personRow('Lý Thị Sen')])) });
    const file = await districtSheet(LUC_NGAN, [
      personRow('Lý Thị Sen', { birthYear: 1990 }),
      personRow('Lý Thị Sen'),
      personRow('Lý Thị Sen'),
    ]);
    const preview = await ok(session, 'imports.preview', { campaignId: 1, ...file });
    expect(preview.accepted.map((row) => [row.row, row.update, row.match?.certain ?? null])).toEqual([
      [3, false, false],
      [4, true, true],
      [5, false, null],
    ]);
    expect(preview.accepted[0]?.match?.doubt).toBe('Cùng tên nhưng khác năm sinh: tệp ghi 1990, đề cử đã có 1982');
    // The third row repeats the second within the file: it would be a second nominee, and says so.
    expect(preview.accepted[2]?.warnings.map((warning) => warning.message)).toContain(
      'Có thể trùng với đề cử khác của Lục Ngạn: Lý Thị Sen (sinh 1982), dòng 4 của tệp.',
    );
  });
});

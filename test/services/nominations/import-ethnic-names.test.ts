import { describe, expect, it } from 'vitest';
import { newSession, ok } from '../../support/session.ts';
import { districtSheet, personRow } from '../../support/district-sheet.ts';

describe('ethnic names in a district file', () => {
  it('takes the official Thổ in any case and with "dân tộc", saying it was once also a name of Tày and Khmer', async () => {
    const session = newSession();
    const file = await districtSheet('Huyện Lục Ngạn', [
      personRow('Vi Văn Sáu', { ethnicity: 'Thổ' }),
      personRow('Vi Văn Bảy', { ethnicity: 'THỔ' }),
      personRow('Vi Văn Tám', { ethnicity: 'dân tộc Thổ' }),
      personRow('Vi Văn Chín', { ethnicity: 'tho' }),
      personRow('Vi Văn Mười', { ethnicity: 'Dân tộc Tày' }),
    ]);
    const preview = await ok(session, 'imports.preview', { campaignId: 1, ...file });
    expect(preview.rejected).toEqual([]);
    expect(preview.accepted.map((row) => row.fields.ethnicCode)).toEqual(['24', '24', '24', '24', '02']);
    expect(preview.accepted[0]?.notes).toEqual(['Dân tộc "Thổ" → Thổ (tên chính thức; nếu tệp muốn nói Tày hay Khmer, hãy sửa)']);
    expect(preview.accepted[4]?.notes).toEqual(['Dân tộc "Dân tộc Tày" → Tày']);
  });

  it('asks about a truly ambiguous name with its candidates, applies the answer to the whole file, and remembers it for the unit', async () => {
    const session = newSession();
    const rows = [personRow('Triệu Văn Một', { ethnicity: 'Trại' }), personRow('Triệu Văn Hai', { ethnicity: 'trai' })];
    const file = await districtSheet('Huyện Lục Ngạn', rows);
    const asked = await ok(session, 'imports.preview', { campaignId: 1, ...file });
    expect(asked.rejected.map((row) => row.ethnicQuestion)).toEqual([
      {
        written: 'Trại',
        candidates: [
          { code: '09', name: 'Dao' },
          { code: '18', name: 'Sán Dìu' },
        ],
      },
      {
        written: 'trai',
        candidates: [
          { code: '09', name: 'Dao' },
          { code: '18', name: 'Sán Dìu' },
        ],
      },
    ]);
    // One answer covers both spellings of the file; a code that is not a candidate answers nothing.
    const wrong = await ok(session, 'imports.preview', { campaignId: 1, ...file, ethnicChoices: [{ written: 'Trại', code: '02' }] });
    expect(wrong.rejected).toHaveLength(2);
    const answered = { ethnicChoices: [{ written: 'Trại', code: '18' }] };
    const committed = await ok(session, 'imports.commit', { campaignId: 1, ...file, ...answered });
    expect(committed.accepted.map((row) => [row.fields.ethnicCode, row.notes])).toEqual([
      ['18', ['Dân tộc "Trại" → Sán Dìu (đã chọn)']],
      ['18', ['Dân tộc "trai" → Sán Dìu (đã chọn)']],
    ]);
    // The unit's next file is read with the same answer; another unit is still asked.
    const next = await districtSheet('Huyện Lục Ngạn', [personRow('Triệu Thị Ba', { ethnicity: 'TRẠI' })]);
    const again = await ok(session, 'imports.preview', { campaignId: 1, ...next });
    expect(again.accepted.map((row) => [row.fields.ethnicCode, row.notes])).toEqual([
      ['18', ['Dân tộc "TRẠI" → Sán Dìu (như đã chọn ở lần nhập trước của đơn vị)']],
    ]);
    const other = await districtSheet('Huyện Sơn Động', [personRow('Triệu Thị Bốn', { ethnicity: 'Trại', district: 'Sơn Động' })]);
    expect((await ok(session, 'imports.preview', { campaignId: 1, ...other })).rejected).toHaveLength(1);
    const audit = await ok(session, 'audit.list', { entity: 'ethnic-choice', limit: 5 });
    expect(audit.entries.map((entry) => entry.after)).toEqual([{ written: 'Trại', code: '18' }]);
  });
});

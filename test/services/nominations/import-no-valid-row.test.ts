import { describe, expect, it } from 'vitest';
import { districtSheet, personRow } from '../../support/district-sheet.ts';
import { fails, newSession, ok } from '../../support/session.ts';

describe('a file with no row to take', () => {
  it('is refused with why, keeps nothing and leaves the unit "not sent"; birth dates that do not exist are refused per row', async () => {
    const session = newSession({ now: () => new Date('2024-03-10T09:00:00+07:00') });
    const file = await districtSheet('Huyện Lục Ngạn', [
      personRow('Hoàng Văn A', { birthYear: '31/02/1975' }),
      personRow('Hoàng Văn B', { birthYear: 'năm 1900 hoặc 2000' }),
      personRow('Hoàng Văn C', { birthYear: '−1975' }),
    ]);
    const preview = await ok(session, 'imports.preview', { campaignId: 1, ...file });
    expect(preview.accepted).toEqual([]);
    expect(preview.rejected.map((row) => row.reason)).toEqual([
      expect.stringContaining('không phải ngày có thật'),
      expect.stringContaining('có 2 năm khác nhau'),
      expect.stringContaining('có dấu trừ'),
    ]);
    const error = await fails(session, 'imports.commit', { campaignId: 1, ...file });
    expect(error.message).toBe('Tệp không có dòng hợp lệ nào (3 dòng bị từ chối): không nhập gì; đơn vị vẫn tính là chưa gửi danh sách.');
    for (const table of ['submissions', 'attachments', 'nominees']) {
      expect(session.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    }
    const cards = await ok(session, 'submissions.list', { campaignId: 1 });
    expect(cards.find((card) => card.unitTitle === 'Huyện Lục Ngạn')?.state).toBe('not-yet');
  });
});

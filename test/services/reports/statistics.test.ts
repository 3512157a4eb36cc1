import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { awardCampaign, councilMeeting, decideReady, proposeAll, unitId } from '../../support/award-fixture.ts';
import { addNominees, collective, person } from '../../support/nominees.ts';
import { fails, ok } from '../../support/session.ts';

/**
 * Seven nominees counted by hand: in Sơn Động a collective and Lý Thị Sen awarded (Giấy khen),
 * Đặng Văn Lực proposed for the Bằng khen and not awarded, Hoàng Văn Bình nominated only; in Lục
 * Ngạn Nông Thị Hoa nominated (no field recorded), Vi Văn Rút withdrawn, and one deleted.
 */
async function campaignWithResults() {
  const session = await awardCampaign();
  const sonDong = unitId(session, 'Sơn Động');
  const lucNgan = unitId(session, 'Lục Ngạn');
  const meeting = await councilMeeting(session);
  await proposeAll(session, meeting, [
    { fields: collective(sonDong, 'Hợp tác xã Nông nghiệp An Lạc', { ethnicCode: '04' }), awardCode: 'giay-khen' },
    { fields: person(sonDong, 'Lý Thị Sen', { ethnicCode: '02' }), awardCode: 'giay-khen' },
    { fields: person(sonDong, 'Đặng Văn Lực', { gender: 'male', ethnicCode: '02' }), awardCode: 'bang-khen-tinh' },
  ]);
  const [, , withdrawn, deleted] = addNominees(session, [
    person(sonDong, 'Hoàng Văn Bình', { gender: 'male', ethnicCode: '04' }),
    person(lucNgan, 'Nông Thị Hoa', { ethnicCode: '04', achievementField: '' }),
    person(lucNgan, 'Vi Văn Rút', { gender: 'male' }),
    person(lucNgan, 'Người Bị Xóa'),
  ]);
  await ok(session, 'nominees.setStatus', { ids: [withdrawn ?? 0], status: 'withdrawn', reason: 'Gia đình xin rút' });
  await ok(session, 'nominees.delete', { id: deleted ?? 0 });
  await decideReady(session, 3, '2024-12-10');
  return session;
}

const table = (rows: { label: string; nominated: number; awarded: number }[]) => rows.map((row) => [row.label, row.nominated, row.awarded]);

describe('Báo cáo: the figures of a campaign', () => {
  it('counts the nominees not withdrawn and those awarded, by each dimension, as counted by hand', async () => {
    const session = await campaignWithResults();
    await ok(session, 'campaigns.copy', { fromCampaignId: 1, year: 2025 });
    const statistics = await ok(session, 'reports.statistics', { campaignId: 1 });
    expect([statistics.year, statistics.nominated, statistics.awarded]).toEqual([2024, 5, 2]);
    expect(table(statistics.tables.unit)).toEqual([
      ['Huyện Sơn Động', 4, 2],
      ['Huyện Lục Ngạn', 1, 0],
    ]);
    expect(table(statistics.tables.kind)).toEqual([
      ['Cá nhân', 4, 1],
      ['Tập thể', 1, 1],
    ]);
    // Gender is a person's: the collective is not counted there.
    expect(table(statistics.tables.gender)).toEqual([
      ['Nam', 2, 0],
      ['Nữ', 2, 1],
    ]);
    expect(table(statistics.tables.ethnicity)).toEqual([
      ['Hoa', 3, 1],
      ['Tày', 2, 1],
    ]);
    expect(table(statistics.tables.field)).toEqual([
      ['Lao động sản xuất', 4, 2],
      ['Chưa ghi', 1, 0],
    ]);
    expect(table(statistics.tables.awardForm)).toEqual([
      ['Giấy khen của người đứng đầu cơ quan', 2, 2],
      ['Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 1, 0],
    ]);
    expect(table(statistics.tables.years)).toEqual([
      ['2024', 5, 2],
      ['2025', 0, 0],
    ]);
  });

  it('writes a table to Excel with its total as a formula a reader without calculation still shows', async () => {
    const session = await campaignWithResults();
    const result = await ok(session, 'reports.exportTable', { campaignId: 1, dimension: 'unit' });
    expect(result.rows).toBe(2);
    const saved = result.saved ?? '';
    expect(path.basename(saved)).toBe('Thong-ke-2024-theo-Don-vi.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync(saved) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const values = [3, 4, 5, 6].map((row) => (sheet?.getRow(row).values as unknown[]).slice(1));
    expect(values).toEqual([
      ['STT', 'Đơn vị', 'Số đề cử', 'Số được khen thưởng', 'Tỉ lệ'],
      [1, 'Huyện Sơn Động', 4, 2, '50 %'],
      [2, 'Huyện Lục Ngạn', 1, 0, '0 %'],
      ['', 'Tổng cộng', { formula: 'SUM(C4:C5)', result: 5 }, { formula: 'SUM(D4:D5)', result: 2 }, '40 %'],
    ]);
    expect(sheet?.getCell('A1').value).toBe('KẾT QUẢ NĂM 2024 THEO ĐƠN VỊ');
    expect((await fails(session, 'reports.exportTable', { campaignId: 1, dimension: 'district' })).path).toBe('dimension');
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, expectOneLineFailure, tempDb } from '../support/run-cli.ts';
import { awardCampaign, councilMeeting, proposeAll, unitId } from '../support/award-fixture.ts';
import { person } from '../support/nominees.ts';
import { ok } from '../support/session.ts';

/** A database file with two nominees ready for a Giấy khen and one for a Bằng khen, then closed. */
async function readyFile(): Promise<string> {
  const db = tempDb();
  const session = await awardCampaign(db);
  const sonDong = unitId(session, 'Sơn Động');
  const meeting = await councilMeeting(session);
  await proposeAll(session, meeting, [
    { fields: person(sonDong, 'Lý Thị Sen'), awardCode: 'giay-khen' },
    { fields: person(unitId(session, 'Lục Ngạn'), 'Chu Văn Nam'), awardCode: 'giay-khen' },
    { fields: person(sonDong, 'Đặng Văn Lực'), awardCode: 'bang-khen-tinh' },
  ]);
  const { papers } = await ok(session, 'awards.state', { campaignId: 1 });
  await ok(session, 'awards.savePapers', {
    campaignId: 1,
    papers: { ...papers, functionsBasis: 'Quyết định số 12/2024/QĐ-UBND ngày 01/3/2024 của UBND tỉnh' },
  });
  session.close();
  return db;
}

describe('the command line for Khen thưởng', () => {
  it('decides, refuses the same number again, proposes, and writes the decision, the list and every unit’s summary', async () => {
    const db = await readyFile();
    const dir = path.dirname(db);
    const decided = cli('decide', '--db', db, '--campaign', '2024', '--number', '3', '--date', '2024-12-10');
    expect(decided).toMatchObject({
      code: 0,
      stdout: 'Đã ban hành Quyết định số 03/QĐ-BDT ngày 10/12/2024: 2 tập thể, cá nhân, 1.420.000 đồng.\n',
    });
    expectOneLineFailure(
      cli('decide', '--db', db, '--campaign', '2024', '--number', '3', '--date', '2024-12-10'),
      'Chưa ban hành được: Chưa có tập thể, cá nhân nào đủ điều kiện để quyết định khen thưởng.',
    );
    expectOneLineFailure(cli('decide', '--db', db, '--campaign', '2024', '--number', 'ba', '--date', '2024-12-10'), '--number');
    const proposed = cli('propose', '--db', db, '--campaign', '2024', '--number', '3', '--date', '2024-12-10');
    expect(proposed).toMatchObject({ code: 0, stdout: 'Đã ban hành Tờ trình số 03/TTr-BDT ngày 10/12/2024: 1 tập thể, cá nhân.\n' });

    const docx = path.join(dir, 'qd.docx');
    expect(cli('export', 'decision', '--db', db, '--campaign', '2024', '--out', docx).code).toBe(0);
    expect(fs.statSync(docx).size).toBeGreaterThan(5000);
    const xlsx = path.join(dir, 'ds.xlsx');
    expect(cli('export', 'awards', '--db', db, '--campaign', '2024', '--out', xlsx).stdout).toBe(
      `Đã ghi danh sách khen thưởng (2 dòng, tổng 1.420.000 đồng) vào ${xlsx}.\n`,
    );
    expectOneLineFailure(
      cli('export', 'awards', '--db', db, '--campaign', '2024', '--out', path.join(dir, 'ds.docx')),
      '--out phải là tệp .xlsx.',
    );
    const folder = path.join(dir, 'tong-hop');
    const summaries = cli('export', 'summaries', '--db', db, '--campaign', '2024', '--out', folder, '--json');
    const written = JSON.parse(summaries.stdout) as { folder: string; files: { file: string }[] };
    expect(written.folder).toBe(path.join(folder, 'Tong-hop-don-vi-2024'));
    expect(fs.readdirSync(written.folder).sort()).toEqual(['Tong-hop-2024-Luc-Ngan.xlsx', 'Tong-hop-2024-Son-Dong.xlsx']);
  });
});

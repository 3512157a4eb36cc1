import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councilMeeting, proposeAll, unitId } from '../support/award-fixture.ts';
import { collective, person } from '../support/nominees.ts';
import { ok } from '../support/session.ts';
import { launchApp, type RunningApp } from '../support/browser.ts';
import { makeTempDir } from '../support/temp.ts';

let app: RunningApp;
let temp: ReturnType<typeof makeTempDir>;

beforeAll(async () => {
  temp = makeTempDir('dhtt-e2e-awards-');
  app = await launchApp({
    databasePath: path.join(temp.dir, 'e2e.sqlite'),
    exportFolder: path.join(temp.dir, 'xuat'),
    now: () => new Date('2024-12-12T09:00:00+07:00'),
    width: 1366,
    height: 768,
  });
  const { session } = app;
  await ok(session, 'plans.issue', { campaignId: 1, number: 15, date: '2024-02-05' });
  await ok(session, 'evaluations.setDecisionDate', { campaignId: 1, date: '2024-12-10' });
  const sonDong = unitId(session, 'Sơn Động');
  const meeting = await councilMeeting(session);
  await proposeAll(session, meeting, [
    { fields: collective(sonDong, 'Hợp tác xã Nông nghiệp An Lạc'), awardCode: 'giay-khen' },
    { fields: person(sonDong, 'Lý Thị Sen'), awardCode: 'giay-khen' },
    { fields: person(unitId(session, 'Lục Ngạn'), 'Đặng Văn Lực'), awardCode: 'bang-khen-tinh' },
  ]);
});

afterAll(async () => {
  await app?.close();
  temp?.cleanup();
});

describe('Khen thưởng in the browser at 1366×768', () => {
  it('shows what is missing, takes the agency’s functions, issues the decision by keyboard and exports its list', async () => {
    const { page } = app;
    await page.goto(`${app.bridge.url}#/campaigns`);
    await page.keyboard.press('Alt+6');
    await page.getByText('Chờ quyết định khen thưởng (2, 2.120.000 đ)').waitFor();
    expect(await page.getByText('Chờ trình cấp trên khen thưởng (1)').count()).toBe(1);
    expect(await page.getByText('Nhập ở mục "Nội dung văn bản".').count()).toBe(1);
    await page.screenshot({ path: path.join('test-output', 'khen-thuong-1366.png'), fullPage: true });

    // Issuing without the căn cứ is refused with the reason, nothing issued.
    await page.getByRole('button', { name: 'Ban hành quyết định…' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByLabel('Số văn bản').inputValue()).toBe('1');
    await dialog.getByRole('button', { name: 'Ban hành' }).click();
    await dialog.getByText('Thiếu căn cứ văn bản quy định chức năng, nhiệm vụ', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    expect(app.session.db.prepare("SELECT count(*) FROM issued_documents WHERE kind = 'award-decision'").pluck().get()).toBe(0);

    await page
      .getByLabel('Căn cứ chức năng, nhiệm vụ của cơ quan')
      .fill('Quyết định số 12/2024/QĐ-UBND ngày 01/3/2024 của UBND tỉnh Bắc Giang');
    await page.getByRole('button', { name: 'Lưu nội dung văn bản' }).click();
    await page.getByText('Đã lưu nội dung văn bản.').waitFor();

    await page.getByRole('button', { name: 'Ban hành quyết định…' }).click();
    const number = page.getByRole('dialog').getByLabel('Số văn bản');
    await number.fill('3');
    await number.press('Enter');
    await page.getByText('Đã ban hành Quyết định số 03/QĐ-BDT: 2 tập thể, cá nhân.').waitFor();
    await page.getByText('Không còn ai chờ quyết định.').waitFor();
    expect(await page.locator('.ant-table-row', { hasText: '03/QĐ-BDT' }).textContent()).toContain('2.120.000 đ');
    expect(app.session.db.prepare("SELECT count(*) FROM nominees WHERE status = 'awarded'").pluck().get()).toBe(2);

    await page.locator('.ant-table-row', { hasText: '03/QĐ-BDT' }).getByRole('button', { name: 'Danh sách' }).click();
    await page.getByText('Đã lưu danh sách khen thưởng (2 dòng)', { exact: false }).waitFor();
    expect(fs.readdirSync(path.join(temp.dir, 'xuat'))).toContain('Danh-sach-khen-thuong-so-3-2024-12-10.xlsx');

    await page.locator('.ant-table-row', { hasText: '03/QĐ-BDT' }).getByRole('button', { name: 'Xem' }).click();
    await page.locator('.ant-modal .doc-header__number:visible', { hasText: 'Số: 03/QĐ-BDT' }).first().waitFor();
    await page.screenshot({ path: path.join('test-output', 'khen-thuong-quyet-dinh-1366.png') });
  });
});

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councilMeeting, proposeAll, unitId } from '../support/award-fixture.ts';
import { collective, person } from '../support/nominees.ts';
import { ok } from '../support/session.ts';
import { launchApp, type RunningApp } from '../support/browser.ts';
import { makeTempDir } from '../support/temp.ts';
import { pdfPageCount, pdfText } from '../support/pdf.ts';

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

    await page.getByRole('button', { name: 'Hồ sơ điển hình' }).click();
    await page.getByText('Đã ghi hồ sơ của 3 tập thể, cá nhân (2 đơn vị)', { exact: false }).waitFor();
    const dossiers = path.join(temp.dir, 'xuat', 'Hồ sơ điển hình năm 2024');
    expect(fs.readdirSync(path.join(dossiers, 'Sơn Động'))).toContain('02 - Lý Thị Sen - Báo cáo thành tích.docx');

    await page.locator('.ant-table-row', { hasText: '03/QĐ-BDT' }).getByRole('button', { name: 'Xem' }).click();
    await page.locator('.ant-modal .doc-header__number:visible', { hasText: 'Số: 03/QĐ-BDT' }).first().waitFor();
    await page.screenshot({ path: path.join('test-output', 'khen-thuong-quyet-dinh-1366.png') });
    // The attached list is drawn too, on a landscape page with its own heading, as it prints.
    const list = page.locator('.ant-modal .doc-pages .doc-page--landscape').first();
    await list.getByText('Kèm theo Quyết định số 03/QĐ-BDT ngày 10 tháng 12 năm 2024', { exact: false }).waitFor();
    expect(await list.getByText('Lý Thị Sen', { exact: true }).count()).toBe(1);
    await list.screenshot({ path: path.join('test-output', 'khen-thuong-danh-sach-kem-theo.png') });
    await page.emulateMedia({ media: 'print' });
    const printed = path.join('test-output', 'quyet-dinh-in.pdf');
    await page.pdf({ path: printed, preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    const sizes = execFileSync('pdfinfo', ['-l', '9', printed], { encoding: 'utf8' }).match(/Page\s+\d+ size:\s+[\d.]+ x [\d.]+/gu);
    // The decision on portrait pages, then its list on a landscape one.
    expect(sizes?.map((line) => line.replace(/^Page\s+\d+ size:\s+/u, ''))).toEqual([
      '594.96 x 841.92',
      '594.96 x 841.92',
      '841.92 x 594.96',
    ]);
    const printedText = pdfText(printed).normalize('NFC');
    expect(printedText).toContain('Lý Thị Sen');
    expect(printedText).toContain('Tổng cộng');
    expect(printedText).not.toContain('Chờ quyết định khen thưởng');
  });

  it('calibrates the Giấy khen by typed millimetres and by dragging, and prints every certificate of the decision where it was set', async () => {
    const { page } = app;
    await page.keyboard.press('Escape');
    await page.locator('.ant-modal').first().waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Căn chỉnh in Giấy khen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Căn chỉnh vị trí in Giấy khen' });
    const left = dialog.getByLabel('Trái – Họ tên, tên tập thể');
    await left.fill('40');
    await dialog.getByLabel('Trên – Họ tên, tên tập thể').fill('95');
    await dialog.getByLabel('Rộng – Họ tên, tên tập thể').fill('217');
    // Dragged 10 mm to the right on the scaled picture of the sheet.
    const box = dialog.locator('.cert-field[data-field="name"]');
    // Measured once the dialog has finished opening (it zooms in) and the typed width is drawn.
    await expect.poll(() => page.locator('.ant-zoom-appear, .ant-zoom-enter').count()).toBe(0);
    await expect.poll(async () => Math.abs(((await box.boundingBox())?.width ?? 0) - 217 * (96 / 25.4) * 0.42) < 2).toBe(true);
    const start = await box.boundingBox();
    if (!start) throw new Error('no name box');
    const mm = (96 / 25.4) * 0.42;
    const y = start.y + start.height / 2;
    await page.mouse.move(start.x + 20, y);
    await page.mouse.down();
    await page.mouse.move(start.x + 20 + 5 * mm, y, { steps: 4 });
    await page.mouse.move(start.x + 20 + 10 * mm, y, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => left.inputValue()).toBe('50');
    // A field pushed off the sheet is refused with the reason, nothing saved.
    await dialog.getByLabel('Rộng – Họ tên, tên tập thể').fill('280');
    await dialog.getByRole('button', { name: 'Lưu vị trí' }).click();
    await dialog.getByText('Họ tên, tên tập thể nằm ngoài tờ A4 ngang (297 × 210 mm).').waitFor();
    await dialog.getByLabel('Rộng – Họ tên, tên tập thể').fill('217');
    await dialog.getByRole('button', { name: 'Lưu vị trí' }).click();
    await page.getByText('Đã lưu vị trí in Giấy khen cho khổ A4 ngang (297 × 210 mm).').waitFor();
    await page.screenshot({ path: path.join('test-output', 'can-chinh-giay-khen-1366.png') });
    // The test page: the grid and every field's name where it will print, on one A4 landscape sheet.
    await page.emulateMedia({ media: 'print' });
    const testPage = path.join('test-output', 'giay-khen-trang-thu.pdf');
    await page.pdf({ path: testPage, preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    expect(pdfPageCount(testPage)).toBe(1);
    expect(pdfText(testPage)).toContain('Họ tên, tên tập thể');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    await page.locator('.ant-table-row', { hasText: '03/QĐ-BDT' }).getByRole('button', { name: 'Giấy khen' }).click();
    await page.getByText('In Giấy khen (2 tờ)').waitFor();
    await page.emulateMedia({ media: 'print' });
    const printed = path.join('test-output', 'giay-khen.pdf');
    await page.pdf({ path: printed, preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    expect(pdfPageCount(printed)).toBe(2);
    // Both pages A4 landscape (841.92 × 594.96 pt), as the paper in the tray.
    const sizes = execFileSync('pdfinfo', ['-l', '2', printed], { encoding: 'utf8' }).match(/Page\s+\d+ size:\s+[\d.]+ x [\d.]+/gu);
    expect(sizes?.map((line) => line.replace(/^Page\s+\d+ size:\s+/u, ''))).toEqual(['841.92 x 594.96', '841.92 x 594.96']);
    const text = pdfText(printed);
    for (const expected of [
      'Hợp tác xã Nông nghiệp An Lạc',
      'Lý Thị Sen',
      'Quyết định số 03/QĐ-BDT',
      'Bắc Giang, ngày 10 tháng 12 năm 2024',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Chờ quyết định khen thưởng');
    // The name is centred in its box: 50 mm from the left, 217 mm wide, its top 95 mm down.
    const bbox = execFileSync('pdftotext', ['-bbox', '-f', '2', '-l', '2', printed, '-'], { encoding: 'utf8' });
    const word = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">Lý<\/word>/u.exec(bbox);
    const lastWord = /<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">Sen<\/word>/u.exec(bbox);
    const toMm = (pt: string | undefined) => (Number(pt) * 25.4) / 72;
    const centre = (toMm(word?.[1]) + toMm(lastWord?.[1])) / 2;
    expect(Math.abs(centre - (50 + 217 / 2))).toBeLessThan(2);
    expect(Math.abs(toMm(word?.[2]) - 95)).toBeLessThan(4);
  });
});

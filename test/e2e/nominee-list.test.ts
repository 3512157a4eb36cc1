import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNominees, person } from '../support/nominees.ts';
import { launchApp, type RunningApp } from '../support/browser.ts';
import { pdfText } from '../support/pdf.ts';
import { makeTempDir } from '../support/temp.ts';

let app: RunningApp;
let temp: ReturnType<typeof makeTempDir>;

beforeAll(async () => {
  temp = makeTempDir('dhtt-e2e-list-');
  app = await launchApp({
    databasePath: path.join(temp.dir, 'e2e.sqlite'),
    exportFolder: path.join(temp.dir, 'xuat'),
    width: 1366,
    height: 768,
  });
  const sonDong = app.session.db.prepare("SELECT id FROM units WHERE name = 'Sơn Động'").pluck().get() as number;
  addNominees(app.session, [
    person(sonDong, 'Lý Thị Sen', { district: 'Sơn Động' }),
    person(sonDong, 'Trần Văn Long', { district: 'Sơn Động', ethnicCode: '01' }),
    ...Array.from({ length: 30 }, (_, i) =>
      person(sonDong, `Hoàng Văn Nguyễn Thị Tên Rất Dài Số ${i} Yến`, { district: 'Sơn Động', achievementField: 'Lao động sản xuất' }),
    ),
  ]);
});

afterAll(async () => {
  await app?.close();
  temp?.cleanup();
});

const row = (name: string) => app.page.locator('.ant-table-row', { hasText: name });

describe('the nominee list at 1366×768', () => {
  it('fits the window with its buttons in view, folds the unit cards away, and keeps that', async () => {
    const { page } = app;
    await page.goto(`${app.bridge.url}#/nominations`);
    await row('Lý Thị Sen').waitFor();
    const holder = page.locator('.ant-table-tbody-virtual-holder');
    expect(await holder.evaluate((element) => element.scrollWidth <= element.clientWidth + 1)).toBe(true);
    const edit = await page.getByRole('button', { name: 'Sửa Lý Thị Sen' }).boundingBox();
    expect(edit && edit.x + edit.width).toBeLessThanOrEqual(1366);
    // Long names wrap whole instead of being cut.
    const long = row('Hoàng Văn Nguyễn Thị Tên Rất Dài Số 0 Yến').locator('strong');
    expect(await long.evaluate((element) => element.scrollWidth <= element.clientWidth + 1)).toBe(true);

    await page.getByRole('button', { name: /Các đơn vị \(6\)/u }).click();
    expect(await page.locator('.unit-cards').count()).toBe(0);
    const header = await page.locator('.ant-table-thead').boundingBox();
    expect(header?.y).toBeLessThan(330);
    await page.reload();
    await row('Lý Thị Sen').waitFor();
    expect(await page.locator('.unit-cards').count()).toBe(0);
    await page.getByRole('button', { name: /Các đơn vị \(6\)/u }).click();
    await page.locator('.unit-cards').waitFor();
  });

  it('accepts a warning by keyboard alone', async () => {
    const { page } = app;
    const warning = page.getByRole('button', { name: /^Chấp nhận cảnh báo: Cá nhân không phải người dân tộc thiểu số/u });
    await warning.focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Lý do chấp nhận').waitFor();
    await page.keyboard.type('Hội đồng đồng ý xét vì có nhiều đóng góp cho đồng bào');
    // Tab on to the dialog's button (under load the dialog may still be placing its focus: a Tab more at most).
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    for (let tabs = 0; tabs < 4 && (await focused()) !== 'Chấp nhận'; tabs += 1) await page.keyboard.press('Tab');
    expect(await focused()).toBe('Chấp nhận');
    await page.keyboard.press('Enter');
    await page.getByText('Đã ghi nhận việc chấp nhận cảnh báo.').waitFor();
    expect(app.session.db.prepare('SELECT rule FROM warning_acceptances').pluck().all()).toEqual(['not-minority']);
  });

  it('undoes a deletion with Ctrl+Z, and restores from "Đã xóa" at any time', async () => {
    const { page } = app;
    const live = () =>
      app.session.db.prepare("SELECT count(*) FROM nominees WHERE name = 'Lý Thị Sen' AND deleted_at IS NULL").pluck().get();
    // The confirmation is answered once it has finished opening (under load a click during its zoom can miss).
    const confirmDelete = async () => {
      await page.getByRole('button', { name: 'Xóa Lý Thị Sen' }).click();
      await page.locator('.ant-modal-confirm-title', { hasText: 'Xóa Lý Thị Sen khỏi danh sách đề cử?' }).waitFor();
      await expect.poll(() => page.locator('.ant-zoom-appear, .ant-zoom-enter').count()).toBe(0);
      await page.getByRole('button', { name: 'Xóa', exact: true }).click();
      await expect.poll(live).toBe(0);
    };
    await confirmDelete();
    await page.locator('h1').click();
    await page.keyboard.press('Control+z');
    await page.getByText('Đã hoàn tác: xóa Lý Thị Sen.').waitFor();
    expect(live()).toBe(1);
    // In a text field Ctrl+Z is the field's own: nothing else is undone.
    await confirmDelete();
    await page.getByLabel('Tìm đề cử').focus();
    await page.keyboard.press('Control+z');
    expect(live()).toBe(0);

    await page.getByRole('button', { name: /Đã xóa/u }).click();
    await page.getByRole('button', { name: 'Khôi phục Lý Thị Sen' }).click();
    await page.getByText('Đã khôi phục Lý Thị Sen.').waitFor();
    expect(live()).toBe(1);
    await page.keyboard.press('Escape');
  });

  it('exports the filtered list to Excel and prints it from a preview, A4 landscape with the header on each page', async () => {
    const { page } = app;
    await page.getByRole('button', { name: /Xuất danh sách/u }).click();
    await page.getByText('Đã lưu danh sách 32 đề cử').waitFor();
    const file = path.join(temp.dir, 'xuat', 'Danh-sach-de-cu-2024.xlsx');
    const rows = execFileSync(
      '/usr/bin/python3',
      ['-c', 'import sys; from openpyxl import load_workbook; print(load_workbook(sys.argv[1]).active.max_row)', file],
      { encoding: 'utf8' },
    );
    expect(Number(rows)).toBe(5 + 32);

    await page.getByRole('button', { name: /In danh sách/u }).click();
    const preview = page.getByRole('dialog');
    await preview.getByText('Trần Văn Long').waitFor();
    expect(await preview.textContent()).toContain('DANH SÁCH ĐỀ CỬ ĐIỂN HÌNH TIÊN TIẾN NĂM 2024');
    await page.emulateMedia({ media: 'print' });
    const printed = path.join(temp.dir, 'danh-sach.pdf');
    await page.pdf({ path: printed, preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    const info = execFileSync('pdfinfo', [printed], { encoding: 'utf8' });
    const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+)/u.exec(info) ?? [];
    expect(Number(width)).toBeGreaterThan(Number(height));
    const pages = Number(/Pages:\s+(\d+)/u.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    // The header row is printed again on the last page.
    execFileSync('pdftotext', ['-f', String(pages), '-l', String(pages), printed, path.join(temp.dir, 'last.txt')]);
    expect(fs.readFileSync(path.join(temp.dir, 'last.txt'), 'utf8')).toContain('Họ và tên / Tên tập thể');
    expect(pdfText(printed)).not.toContain('Tải mẫu của tất cả đơn vị');
    await preview.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
  });

  it('withdraws a nominee from the status menu only with a reason, and moves one forward at once', async () => {
    const { page } = app;
    const status = () => app.session.db.prepare("SELECT status FROM nominees WHERE name = 'Trần Văn Long'").pluck().get();
    await page.getByRole('button', { name: 'Chuyển Trần Văn Long sang bước khác (hiện: Đã đề cử)' }).click();
    await page.getByRole('menuitem', { name: 'Chuyển sang: Hợp lệ' }).click();
    await expect.poll(status).toBe('valid');
    await page.getByRole('button', { name: 'Chuyển Trần Văn Long sang bước khác (hiện: Hợp lệ)' }).click();
    await page.getByRole('menuitem', { name: 'Chuyển sang: Rút khỏi danh sách' }).click();
    expect(await page.getByRole('button', { name: 'Chuyển', exact: true }).isDisabled()).toBe(true);
    expect(status()).toBe('valid');
    await page.getByLabel('Lý do chuyển trạng thái').fill('Chuyển công tác khỏi địa bàn');
    await page.getByRole('button', { name: 'Chuyển', exact: true }).click();
    await expect.poll(status).toBe('withdrawn');
    const audit = app.session.db
      .prepare("SELECT after_json FROM audit_log WHERE entity = 'nominee' ORDER BY id DESC LIMIT 1")
      .pluck()
      .get();
    expect(JSON.parse(String(audit))).toEqual({ status: 'withdrawn', reason: 'Chuyển công tác khỏi địa bàn' });
  });
});

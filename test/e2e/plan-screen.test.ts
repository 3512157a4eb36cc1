import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type RunningApp } from '../support/browser.ts';
import { makeTempDir } from '../support/temp.ts';
import { pdfPageCount, pdfText } from '../support/pdf.ts';

let app: RunningApp;
let temp: ReturnType<typeof makeTempDir>;

beforeAll(async () => {
  temp = makeTempDir('dhtt-e2e-plan-');
  app = await launchApp({ databasePath: path.join(temp.dir, 'e2e.sqlite'), exportFolder: path.join(temp.dir, 'xuat') });
});

afterAll(async () => {
  await app?.close();
  temp?.cleanup();
});

const preview = () => app.page.locator('.plan-preview .doc-pages');

describe('Kế hoạch in the browser', () => {
  it('edits a section, sees the preview change, keeps the edit across screens, issues and exports', async () => {
    const { page } = app;
    await page.goto(`${app.bridge.url}#/plans`);
    await expect.poll(() => preview().getAttribute('data-pages')).not.toBe('0');
    expect(await preview().textContent()).toContain('(điện thoại 0984.024.432)');

    await page.getByRole('button', { name: /IV\. Tổ chức thực hiện/u }).click();
    await page.getByLabel('Điện thoại liên hệ').fill('0204.3856.789');
    await expect.poll(() => preview().textContent()).toContain('(điện thoại 0204.3856.789)');
    await page.getByText('Có thay đổi chưa lưu').waitFor();

    await page.getByRole('menuitem', { name: /Tổng quan/u }).click();
    await page.getByText('Chỉ tiêu theo đơn vị').waitFor();
    await page.getByRole('menuitem', { name: /Kế hoạch/u }).click();
    await expect.poll(() => preview().textContent()).toContain('(điện thoại 0204.3856.789)');

    await page.getByRole('button', { name: /Lưu \(Ctrl\+S\)/u }).click();
    await page.getByText('Đã lưu kế hoạch.').waitFor();
    expect(app.session.db.prepare('SELECT plan_json FROM campaigns WHERE id = 1').pluck().get()).toContain('0204.3856.789');

    await page.getByRole('button', { name: /Ban hành/u }).click();
    await page.getByLabel('Số văn bản').fill('15');
    const date = page.getByRole('dialog').getByPlaceholder('dd/mm/yyyy');
    await date.fill('05/02/2024');
    await date.press('Enter');
    await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
    await page.getByText('Đã ban hành Kế hoạch số 15/KH-BDT ngày 05/02/2024.').waitFor();
    await expect.poll(() => preview().textContent()).toContain('Số: 15/KH-BDT');
    expect(await preview().textContent()).toContain('Bắc Giang, ngày 05 tháng 02 năm 2024');

    // What "In" and "Xuất PDF" print from this screen: the issued pages alone, on A4.
    await page.emulateMedia({ media: 'print' });
    const printed = path.join(temp.dir, 'in.pdf');
    await page.pdf({ path: printed, preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const printedText = pdfText(printed);
    expect(printedText.trimStart().startsWith('UBND TỈNH BẮC GIANG')).toBe(true);
    expect(printedText).toContain('Số: 15/KH-BDT');
    expect(printedText).toContain('Vi Thanh Quyền');
    expect(printedText).not.toContain('Kiểm tra thể thức');
    expect(pdfPageCount(printed)).toBeGreaterThanOrEqual(3);
    expect(pdfPageCount(printed)).toBeLessThanOrEqual(5);

    await page.getByRole('button', { name: /Xuất Word/u }).click();
    await page.getByText('Đã lưu tệp Word:').waitFor();
    const file = path.join(temp.dir, 'xuat', 'Ke-hoach-2024-so-15-KH-BDT.docx');
    expect(fs.existsSync(file)).toBe(true);
    const xml = (await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('Số: 15/KH-BDT');
    expect(xml).toContain('0204.3856.789');
  });

  it('shows the format check and blocks export while the plan has errors', async () => {
    const { page } = app;
    await page.goto(`${app.bridge.url}#/plans`);
    await page.reload();
    await page.getByRole('button', { name: /II\. Đối tượng, tiêu chuẩn/u }).click();
    await page.getByLabel('Tổng số điển hình').fill('12');
    await page.getByRole('button', { name: /Xuất Word/u }).click();
    await page.locator('.ant-modal-confirm-title', { hasText: 'Chưa thể xuất Word: văn bản còn lỗi thể thức' }).waitFor();
    expect(await page.locator('.ant-modal-confirm').textContent()).toContain(
      'Tổng số điển hình (12) khác tổng phân bổ cho các đơn vị (10)',
    );
  });
});

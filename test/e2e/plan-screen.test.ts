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
    await page.getByText('Chưa lưu', { exact: true }).waitFor();

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

    // Without a reload: the header says the plan is issued, and coming back opens the issued version.
    await page.getByText('Kế hoạch đã ban hành', { exact: true }).waitFor();
    await page.getByRole('menuitem', { name: /Tổng quan/u }).click();
    await page.getByText('Chỉ tiêu theo đơn vị').waitFor();
    await page.getByRole('menuitem', { name: /Kế hoạch/u }).click();
    await page.locator('.plan-toolbar .ant-select-content[title="Ban hành số 15/KH-BDT, 05/02/2024"]').waitFor();
    await expect.poll(() => preview().textContent()).toContain('Số: 15/KH-BDT');

    // Issuing again: a date outside 2024 is warned of, and the number follows the date's year.
    await page.getByRole('combobox', { name: 'Phiên bản kế hoạch' }).click();
    await page.getByTitle('Bản dự thảo (đang sửa)', { exact: true }).click();
    await page.getByRole('button', { name: /Ban hành/u }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('không thuộc năm 2024 của chiến dịch').waitFor();
    await expect.poll(() => dialog.getByLabel('Số văn bản').inputValue()).toBe('1');
    const again = dialog.getByPlaceholder('dd/mm/yyyy');
    await again.fill('20/02/2024');
    await again.press('Enter');
    await expect.poll(() => dialog.getByLabel('Số văn bản').inputValue()).toBe('16');
    expect(await dialog.getByText('không thuộc năm 2024 của chiến dịch').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Hủy' }).click();
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

describe('Kế hoạch at the office’s screen sizes', () => {
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    it(`keeps the A4 preview in view beside the section being edited at ${width}×${height}, and the text bound to the data`, async () => {
      const sized = await launchApp({ databasePath: path.join(temp.dir, `size-${width}.sqlite`), width, height });
      try {
        const { page } = sized;
        await page.goto(`${sized.bridge.url}#/plans`);
        const pane = page.locator('.plan-preview');
        await expect.poll(() => pane.locator('.doc-pages').getAttribute('data-pages')).not.toBe('0');
        // The toolbar is one line: every button at the same height.
        const tops = await page
          .locator('.plan-toolbar button')
          .evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
        expect(new Set(tops).size).toBe(1);
        await page.getByRole('button', { name: /III\. Thời gian, nội dung/u }).click();
        const funding = page.getByLabel('Kinh phí 1', { exact: true });
        await funding.scrollIntoViewIfNeeded();
        await funding.focus();
        // The window scrolled as far as it goes; the preview is still whole in view, showing that section.
        await page.mouse.move(300, 400);
        await page.mouse.wheel(0, 3000);
        if (width === 1366) await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
        const inView = async (selector: string) =>
          page.evaluate((css) => {
            const box = document.querySelector(css)?.getBoundingClientRect();
            return box ? box.top >= 0 && box.bottom <= window.innerHeight + 1 : false;
          }, selector);
        expect(await inView('.plan-preview')).toBe(true);
        const shown = pane.locator('.doc-page p', { hasText: 'Kinh phí khen thưởng từ nguồn kinh phí' });
        await expect
          .poll(() =>
            shown.evaluate((paragraph) => {
              const box = paragraph.getBoundingClientRect();
              const outer = paragraph.closest('.plan-preview')?.getBoundingClientRect();
              return outer ? box.top >= outer.top && box.bottom <= outer.bottom : false;
            }),
          )
          .toBe(true);

        // The total changed: the text that still says 10 is flagged, and fixed from the data in one click.
        await page.getByRole('button', { name: /II\. Đối tượng, tiêu chuẩn/u }).click();
        await page.getByLabel('Tổng số điển hình').fill('11');
        await page.getByText('Văn bản ghi khác dữ liệu của kế hoạch ở 2 chỗ').waitFor();
        await page.getByRole('button', { name: 'Sửa tất cả theo dữ liệu' }).click();
        await expect.poll(() => pane.textContent()).toContain('Tổng số xây dựng 11 điển hình tập thể, cá nhân tiên tiến.');
        expect(await pane.textContent()).toContain('khen thưởng 11 tập thể, cá nhân tiên tiến');
        expect(await page.getByText('Văn bản ghi khác dữ liệu').count()).toBe(0);
        await page.screenshot({ path: path.join('test-output', `plan-${width}.png`) });

        // Every field of every section shows its whole value: none scrolls out of its box.
        for (const section of ['I. Mục đích', 'IV. Tổ chức thực hiện', 'Nơi nhận, người ký']) {
          await page.getByRole('button', { name: new RegExp(section, 'u') }).click();
        }
        await page.getByLabel('Họ tên người ký kế hoạch').waitFor();
        const cut = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('.plan-editor input, .plan-editor textarea')]
            .filter((field) => field.value && field.scrollWidth > field.clientWidth + 1)
            .map((field) => field.value),
        );
        expect(cut).toEqual([]);
      } finally {
        await sized.close();
      }
    });
  }
});

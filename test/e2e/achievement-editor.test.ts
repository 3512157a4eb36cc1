import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitId } from '../support/award-fixture.ts';
import { addNominees, person } from '../support/nominees.ts';
import { launchApp, type RunningApp } from '../support/browser.ts';
import { convertWithLibreOffice, pdfText } from '../support/pdf.ts';
import { makeTempDir } from '../support/temp.ts';

let app: RunningApp;
let temp: ReturnType<typeof makeTempDir>;

beforeAll(async () => {
  temp = makeTempDir('dhtt-e2e-achievement-');
  app = await launchApp({
    databasePath: path.join(temp.dir, 'e2e.sqlite'),
    exportFolder: path.join(temp.dir, 'xuat'),
    now: () => new Date('2024-10-01T09:00:00+07:00'),
    width: 1366,
    height: 768,
  });
  addNominees(app.session, [person(unitId(app.session, 'Sơn Động'), 'Lý Thị Sen', { achievementSummary: 'Vận động hộ nghèo.' })]);
  await app.page.reload();
});

afterAll(async () => {
  await app?.close();
  temp?.cleanup();
});

describe('the achievement text at 1366×768', () => {
  it('is edited with bold words, a list and a table of figures, previewed as it prints, saved by Ctrl+S and exported to Word', async () => {
    const { page } = app;
    await page.goto(`${app.bridge.url}#/nominations`);
    await page.getByRole('button', { name: 'Báo cáo thành tích của Lý Thị Sen' }).click();
    const text = page.getByLabel('Thành tích cụ thể');
    await text.waitFor();
    await page.getByText('Thiếu: Công văn đề cử của đơn vị').waitFor();
    expect(await page.getByText('Có: Báo cáo thành tích').count()).toBe(1);
    // It starts from the short achievement already recorded: nothing typed twice.
    await expect.poll(() => text.textContent()).toBe('Vận động hộ nghèo.');
    await text.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Kết quả ');
    await page.keyboard.press('Control+B');
    await page.keyboard.type('rất tốt');
    await page.keyboard.press('Control+B');
    await page.keyboard.type(':');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Danh sách gạch đầu dòng' }).click();
    await page.keyboard.type('30 hộ thoát nghèo');
    await page.keyboard.press('Enter');
    await page.keyboard.type('hiến 200 m² đất');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Chèn bảng số liệu' }).click();
    // Tab moves to the next cell (a Tab after the last one would add a row).
    const cells = ['Năm', 'Số hộ', 'Ghi chú', '2023', '12', '', '2024', '18', 'tăng'];
    for (const [index, cell] of cells.entries()) {
      if (cell) await page.keyboard.type(cell);
      if (index < cells.length - 1) await page.keyboard.press('Tab');
    }
    const preview = page.locator('.achievement-preview .doc-page').first();
    await preview.getByText('- hiến 200 m² đất', { exact: true }).waitFor();
    await preview.locator('strong', { hasText: 'rất tốt' }).waitFor();
    await page.getByText('Có thay đổi chưa lưu').waitFor();
    await page.screenshot({ path: path.join('test-output', 'bao-cao-thanh-tich-1366.png') });
    await page.keyboard.press('Control+S');
    await page.getByText('Đã lưu thành tích của Lý Thị Sen.').waitFor();

    const stored = JSON.parse(
      app.session.db.prepare("SELECT achievement_doc FROM nominees WHERE name = 'Lý Thị Sen'").pluck().get() as string,
    ) as {
      blocks: { type: string }[];
    };
    expect(stored.blocks.map((block) => block.type)).toEqual(['paragraph', 'bullets', 'table']);
    expect(JSON.stringify(stored.blocks[0])).toContain('{"text":"rất tốt","bold":true}');
    expect(stored.blocks[2]).toEqual({
      type: 'table',
      rows: [
        ['Năm', 'Số hộ', 'Ghi chú'],
        ['2023', '12', ''],
        ['2024', '18', 'tăng'],
      ],
    });

    await page.getByRole('button', { name: 'Xuất Word' }).click();
    await page.getByText('Đã lưu:', { exact: false }).waitFor();
    const file = fs.readdirSync(path.join(temp.dir, 'xuat')).find((name) => name.endsWith('.docx')) ?? '';
    const words = pdfText(convertWithLibreOffice(path.join(temp.dir, 'xuat', file), temp.dir))
      .normalize('NFC')
      .replace(/\s+/gu, ' ');
    for (const expected of [
      'Vận động hộ nghèo. Kết quả rất tốt:',
      '- 30 hộ thoát nghèo',
      '- hiến 200 m² đất',
      'Năm Số hộ',
      '2023 12',
      '2024 18',
      'Ghi chú',
      'tăng',
    ]) {
      expect(words).toContain(expected);
    }
  });

  it('writes every dossier with its progress shown, and stops at "Dừng" leaving nothing half-written', async () => {
    const { page } = app;
    await page.keyboard.press('Escape');
    addNominees(
      app.session,
      Array.from({ length: 1500 }, (_, i) => person(unitId(app.session, 'Lục Nam'), `Người thứ ${i + 1}`)),
    );
    await page.goto(`${app.bridge.url}#/campaigns`);
    await page.getByText('Tiến độ chiến dịch', { exact: true }).waitFor();
    await page.keyboard.press('Alt+6');
    await page.getByRole('button', { name: 'Hồ sơ điển hình' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ghi hồ sơ điển hình' });
    await dialog.getByText(/Đã xong [\d.]+\/1\.501/u).waitFor();
    await page.screenshot({ path: path.join('test-output', 'ghi-ho-so-tien-do-1366.png') });
    await dialog.getByRole('button', { name: 'Dừng' }).click();
    await page.getByText('Đã dừng; phần đã ghi dở được xóa.').waitFor();
    expect(fs.existsSync(path.join(temp.dir, 'xuat', 'Hồ sơ điển hình năm 2024'))).toBe(false);
  });

  it('offers back the text typed before the page crashed, and saves it', async () => {
    const { page } = app;
    await page.goto(`${app.bridge.url}#/nominations`);
    await page.getByRole('button', { name: 'Báo cáo thành tích của Lý Thị Sen' }).click();
    const text = page.getByLabel('Thành tích cụ thể');
    await text.waitFor();
    await text.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Câu viết thêm chưa kịp lưu.');
    await page.getByText('Có thay đổi chưa lưu').waitFor();
    const crashed = new Promise((resolve) => page.once('crash', resolve));
    await page.goto('chrome://crash').catch(() => undefined);
    await crashed;
    const after = await page.context().newPage();
    await after.goto(`${app.bridge.url}#/nominations`);
    await after.getByText('Thành tích của Lý Thị Sen').waitFor();
    await after.getByRole('button', { name: 'Báo cáo thành tích của Lý Thị Sen' }).click();
    await after.getByRole('button', { name: 'Khôi phục' }).click();
    await expect.poll(() => after.getByLabel('Thành tích cụ thể').textContent()).toContain('Câu viết thêm chưa kịp lưu.');
    await after.keyboard.press('Control+S');
    await after.getByText('Đã lưu thành tích của Lý Thị Sen.').waitFor();
    const stored = app.session.db.prepare("SELECT achievement_doc FROM nominees WHERE name = 'Lý Thị Sen'").pluck().get() as string;
    expect(stored).toContain('Câu viết thêm chưa kịp lưu.');
    await after.close();
  });
});

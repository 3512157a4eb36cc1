import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appForThisFile } from '../support/browser.ts';

// The built renderer in Debian's Chromium, wired to the real dispatcher on a temporary database.
const opened = appForThisFile({ width: 1366, height: 768 });

describe('Cài đặt → Nhật ký thay đổi in the browser', () => {
  it('filters by user typed without diacritics and by one record, and exports what it shows to Excel', async () => {
    const { app } = opened;
    const { page, session } = app;
    const units = session.db.prepare("SELECT id, name FROM units WHERE name IN ('Lục Ngạn', 'Sơn Động')").all() as {
      id: number;
      name: string;
    }[];
    for (const unit of units) {
      session.ctx.osUser = unit.name === 'Lục Ngạn' ? 'nguyen.an' : 'kiem-thu';
      await session.dispatch('units.update', { id: unit.id, fields: { email: `pdt${unit.id}@bacgiang.gov.vn` } });
    }
    await page.goto(`${app.bridge.url}#/settings/audit`);
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(2);
    const user = page.getByLabel('Người dùng');
    await user.click();
    await user.fill('nguyen');
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Đơn vị: Huyện Lục Ngạn');
    await page.getByRole('button', { name: 'Xuất Excel' }).click();
    await page.getByText(/Đã xuất 1 dòng/u).waitFor();
    const folder = path.join(opened.dir, 'xuat');
    const file = path.join(folder, fs.readdirSync(folder).find((name) => name.startsWith('Nhat-ky-thay-doi')) ?? '');
    const read = execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        'import sys; from openpyxl import load_workbook; ws = load_workbook(sys.argv[1]).active; [print("|".join(str(c.value or "") for c in row)) for row in ws.iter_rows(min_row=6)]',
        file,
      ],
      { encoding: 'utf8' },
    );
    expect(read.trim().split('\n')).toHaveLength(1);
    expect(read).toContain('nguyen.an|Sửa|Đơn vị: Huyện Lục Ngạn|');
    // One record: its subject is a link to its own history.
    await page.reload();
    await expect.poll(() => rows.count()).toBeGreaterThan(2);
    await rows.filter({ hasText: 'Huyện Sơn Động' }).first().getByRole('button').click();
    await page.getByText('Chỉ một bản ghi: Đơn vị: Huyện Sơn Động').waitFor();
    await expect.poll(async () => (await rows.allTextContents()).every((text) => text.includes('Huyện Sơn Động'))).toBe(true);
    await page.screenshot({ path: path.join('test-output', 'screens', 'audit-tab.png') });
  });
});

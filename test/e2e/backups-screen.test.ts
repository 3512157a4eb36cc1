import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appForThisFile } from '../support/browser.ts';
import { addNominees, person } from '../support/nominees.ts';

// The built renderer in Debian's Chromium, wired to the real dispatcher on a temporary database.
const opened = appForThisFile({ width: 1366, height: 768 });

const activeNames = () =>
  opened.app.session.db.prepare('SELECT name FROM nominees WHERE deleted_at IS NULL ORDER BY name').pluck().all() as string[];

describe('Cài đặt → Sao lưu in the browser', () => {
  it('backs up by keyboard, then restores after a change, showing first what the copy replaces', async () => {
    const { app } = opened;
    const { page } = app;
    addNominees(app.session, [person(1, 'Lý Thị Sen'), person(2, 'Nông Văn Hùng')]);
    await page.goto(`${app.bridge.url}#/settings/backups`);
    await page.getByText('Thư mục sao lưu').first().waitFor();
    expect(await page.getByText('cùng ổ đĩa với dữ liệu').count()).toBe(1);
    const backupButton = page.getByRole('button', { name: 'Sao lưu ngay' });
    await backupButton.focus();
    await page.keyboard.press('Enter');
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('sao lưu ngay');
    addNominees(app.session, [person(3, 'Hà Thị Thêm Sau')]);
    await rows.first().getByRole('button', { name: 'Khôi phục…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Khôi phục từ bản sao lưu' });
    await dialog.getByText('Đề cử').waitFor();
    await expect.poll(() => dialog.textContent()).toContain('2 (hiện có: 3)');
    expect(await dialog.textContent()).toContain('2024');
    await expect.poll(() => dialog.getByRole('button', { name: 'Khôi phục' }).isEnabled()).toBe(true);
    await page.waitForTimeout(400); // the dialog's zoom-in, so the picture shows it whole
    await page.screenshot({ path: path.join('test-output', 'screens', 'backup-restore-dialog.png') });
    await dialog.getByRole('button', { name: 'Khôi phục' }).click();
    await expect.poll(activeNames).toEqual(['Lý Thị Sen', 'Nông Văn Hùng']);
    // The page reloads on its own and the list now holds the copy's two and a safety copy of the three.
    await expect.poll(() => page.locator('.ant-table-tbody tr.ant-table-row').count(), { timeout: 10_000 }).toBe(2);
    expect(await page.locator('.ant-table-tbody').textContent()).toContain('trước khi khôi phục');
    await page.screenshot({ path: path.join('test-output', 'screens', 'backup-tab.png') });
  });
});

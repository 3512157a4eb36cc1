import { describe, expect, it } from 'vitest';
import { appForThisFile } from '../support/browser.ts';
import { addNominees, person } from '../support/nominees.ts';
import { ok } from '../support/session.ts';

const running = appForThisFile({ width: 1366, height: 768 });

describe('what was typed survives a crashed page', () => {
  it('a nominee typed and not saved is offered back after the page crashes, then saved once', async () => {
    const { app } = running;
    const { page } = app;
    await page.goto(`${app.bridge.url}#/nominations`);
    await page.getByRole('button', { name: 'Thêm đề cử' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Họ và tên').fill('Lò Văn Khởi');
    await dialog.getByLabel('Năm sinh').fill('1979');
    await dialog.getByLabel('Tóm tắt thành tích').fill('Dẫn đầu xã về trồng quế, giúp 12 hộ thoát nghèo');
    // The renderer dies as it would on a crash: nothing of the page runs after this.
    const crashed = new Promise((resolve) => page.once('crash', resolve));
    await page.goto('chrome://crash').catch(() => undefined);
    await crashed;
    const after = await page.context().newPage();
    await after.goto(`${app.bridge.url}#/nominations`);
    await after.getByText('Có nội dung đã gõ mà chưa lưu').waitFor();
    expect(await after.locator('.ant-notification').textContent()).toContain('Đề cử Lò Văn Khởi');
    await after.getByRole('button', { name: 'Thêm đề cử' }).click();
    const again = after.getByRole('dialog');
    await again.getByRole('button', { name: 'Khôi phục' }).click();
    expect(await again.getByLabel('Họ và tên').inputValue()).toBe('Lò Văn Khởi');
    expect(await again.getByLabel('Tóm tắt thành tích').inputValue()).toBe('Dẫn đầu xã về trồng quế, giúp 12 hộ thoát nghèo');
    await again.getByRole('button', { name: 'Lưu', exact: true }).click();
    await after.getByText('Đã thêm Lò Văn Khởi.').waitFor();
    const saved = app.session.db.prepare("SELECT birth_year, achievement_summary FROM nominees WHERE name = 'Lò Văn Khởi'").all();
    expect(saved).toEqual([{ birth_year: 1979, achievement_summary: 'Dẫn đầu xã về trồng quế, giúp 12 hộ thoát nghèo' }]);
    // Saved, the draft is gone: the form opens empty, with nothing to offer.
    await after.getByRole('button', { name: 'Thêm đề cử' }).click();
    await after.getByRole('dialog').getByLabel('Họ và tên').waitFor();
    expect(await after.getByRole('dialog').getByRole('button', { name: 'Khôi phục' }).count()).toBe(0);
    await after.getByRole('dialog').getByRole('button', { name: 'Hủy' }).click();
    await after.getByRole('dialog').waitFor({ state: 'detached' });
    await after.close();
  });

  it('says when the nominee was changed elsewhere after the text was typed, before offering it back', async () => {
    const { app } = running;
    const [id] = addNominees(app.session, [person(1, 'Hà Thị Nhung', { position: 'Nông dân' })]);
    const page = await app.page.context().newPage();
    await page.goto(`${app.bridge.url}#/nominations`);
    await page.getByRole('button', { name: 'Sửa Hà Thị Nhung' }).click();
    await page.getByRole('dialog').getByLabel('Chức vụ, nghề nghiệp').fill('Trưởng thôn');
    const crashed = new Promise((resolve) => page.once('crash', resolve));
    await page.goto('chrome://crash').catch(() => undefined);
    await crashed;
    // Meanwhile the command line (or a restore) changes the same nominee.
    await ok(app.session, 'nominees.save', {
      campaignId: 1,
      id: id ?? 0,
      fields: person(1, 'Hà Thị Nhung', { position: 'Bí thư chi bộ' }),
    });
    const after = await page.context().newPage();
    await after.goto(`${app.bridge.url}#/nominations`);
    await after.getByRole('button', { name: 'Sửa Hà Thị Nhung' }).click();
    const dialog = after.getByRole('dialog');
    await dialog.getByText('Bản ghi này đã được sửa sau lúc đó', { exact: false }).waitFor();
    expect(await dialog.getByLabel('Chức vụ, nghề nghiệp').inputValue()).toBe('Bí thư chi bộ');
    await dialog.getByRole('button', { name: 'Bỏ', exact: true }).click();
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'detached' });
    await after.close();
  });
});

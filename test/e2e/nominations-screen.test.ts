import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNominees, person } from '../support/nominees.ts';
import { chooseOption, launchApp, type RunningApp } from '../support/browser.ts';
import { makeTempDir } from '../support/temp.ts';

let app: RunningApp;
let temp: ReturnType<typeof makeTempDir>;

beforeAll(async () => {
  temp = makeTempDir('dhtt-e2e-decu-');
  app = await launchApp({ databasePath: path.join(temp.dir, 'e2e.sqlite') });
});

afterAll(async () => {
  await app?.close();
  temp?.cleanup();
});

const card = (title: string) => app.page.locator(`[data-unit="${title}"]`);

describe('Đề cử in the browser', () => {
  it('imports a file, answers a rejected row, sees the unit card change, accepts a warning and adds a nominee by hand', async () => {
    const { page } = app;
    const messy = path.join(temp.dir, 'messy.xlsx');
    execFileSync('/usr/bin/python3', [path.resolve('test/fixtures/messy_nominations.py'), messy]);
    await page.goto(`${app.bridge.url}#/nominations`);
    await expect.poll(() => card('Huyện Lục Ngạn').textContent()).toContain('Chưa gửi');

    await page.locator('.ant-upload-drag input[type=file]').setInputFiles(messy);
    await page.getByText('Xem trước: messy.xlsx').waitFor();
    const preview = page.getByRole('dialog');
    expect(await preview.textContent()).toContain('Đơn vị: Huyện Lục Ngạn');
    // The warnings the list will show are in the preview already, before anything is stored.
    expect(await preview.getByLabel('Cảnh báo của tệp').textContent()).toContain('Vượt chỉ tiêu: 4');
    // "Trại" can mean Dao or Sán Dìu: answered by typing without diacritics, applied at once.
    const ethnic = page.getByLabel('Dân tộc dòng 13');
    await ethnic.click();
    await ethnic.fill('san diu');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Nhập 7 dòng' }).click();
    await page.getByText('Đã nhập 7 đề cử mới').waitFor();
    expect(app.session.db.prepare("SELECT ethnic_code FROM nominees WHERE name = 'Vi Văn Sáu'").pluck().get()).toBe('18');

    // The same file again: every row updates the nominee it was, the file is listed once, and
    // the answer about "Trại" is remembered for the unit.
    await page.locator('.ant-upload-drag input[type=file]').setInputFiles(messy);
    await page.getByText('Xem trước: messy.xlsx').waitFor();
    await page.getByText('7 dòng cập nhật đề cử đã có').waitFor();
    await page.getByRole('button', { name: 'Nhập 7 dòng' }).click();
    await page.getByText('Đã nhập 0 đề cử mới, cập nhật 7.').waitFor();
    expect(await card('Huyện Lục Ngạn').locator('.unit-card__file').count()).toBe(1);

    await expect.poll(() => card('Huyện Lục Ngạn').textContent()).toContain('Cá nhân 6/1');
    expect(await card('Huyện Lục Ngạn').textContent()).toContain('Tập thể 1/1');
    await page.getByLabel('Tìm đề cử').fill('tran van long');
    await expect.poll(() => page.locator('.ant-table-row').count()).toBe(1);
    await page.getByText('Cá nhân không phải người dân tộc thiểu số').click();
    await page.getByLabel('Lý do chấp nhận').fill('Hội đồng đồng ý xét vì có nhiều đóng góp cho đồng bào');
    await page.getByRole('button', { name: 'Chấp nhận', exact: true }).click();
    await page.getByText('Đã ghi nhận việc chấp nhận cảnh báo.').waitFor();
    const accepted = app.session.db.prepare('SELECT reason, os_user FROM warning_acceptances').get() as { reason: string; os_user: string };
    expect(accepted).toEqual({ reason: 'Hội đồng đồng ý xét vì có nhiều đóng góp cho đồng bào', os_user: 'kiem-thu' });

    await page.getByLabel('Tìm đề cử').fill('');
    await page.getByRole('button', { name: 'Thêm đề cử' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Họ và tên').fill('Lý Thị Sen');
    await dialog.getByLabel('Năm sinh').fill('1982');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã thêm Lý Thị Sen.').waitFor();
    await expect.poll(() => card('Huyện Sơn Động').textContent()).toContain('Cá nhân 1/1');
    expect(app.session.db.prepare("SELECT count(*) FROM nominees WHERE name = 'Lý Thị Sen'").pluck().get()).toBe(1);

    await page.getByRole('button', { name: 'Sửa Lý Thị Sen' }).click();
    const letter = path.join(temp.dir, 'cong-van-de-cu.pdf');
    fs.writeFileSync(letter, '%PDF-1.4 công văn đề cử');
    await page.getByRole('dialog').locator('input[type=file]').setInputFiles(letter);
    await page.getByRole('dialog').getByText('cong-van-de-cu.pdf').waitFor();
    expect(app.session.db.prepare('SELECT count(*) FROM nominee_attachments').pluck().get()).toBe(1);
  });

  it('loads a long list page by page as it scrolls, and filters by status', async () => {
    const { page } = app;
    addNominees(
      app.session,
      Array.from({ length: 250 }, (_, i) =>
        person(3, `Hà Văn Bình ${String(i).padStart(3, '0')}`, { gender: 'male', birthYear: 1970, achievementSummary: 'Trồng chè' }),
      ),
    );
    const total = app.session.db.prepare('SELECT count(*) FROM nominees WHERE deleted_at IS NULL').pluck().get() as number;
    // The rows were written behind the screen's back: leave it and wait until another screen is
    // drawn, so that coming back mounts the list afresh (two quick hash changes may be one render).
    await page.keyboard.press('Escape');
    await page.goto(`${app.bridge.url}#/campaigns`);
    await page.getByText('Tiến độ chiến dịch', { exact: true }).waitFor();
    await page.goto(`${app.bridge.url}#/nominations`);
    await page.getByText(`${total} đề cử`, { exact: true }).waitFor();
    await page.getByText('Đã tải 50: cuộn xuống để xem tiếp', { exact: true }).waitFor();
    // Scrolls to the end as a user keeps scrolling: again until the list has grown (the virtual
    // list may still be measuring its rows when the first scroll comes).
    const scrollToEnd = () =>
      page.locator('.ant-table-tbody-virtual-holder').evaluate((holder) => holder.scrollTo({ top: holder.scrollHeight }));
    const scrolledUntil = (text: RegExp) =>
      expect.poll(
        async () => {
          await scrollToEnd();
          return page.getByText(text).count();
        },
        { timeout: 15_000 },
      );
    await scrolledUntil(/Đã tải|Đang tải thêm/u).toBe(0);
    expect(await page.getByText(`${total} đề cử`, { exact: true }).count()).toBe(1);
    await expect
      .poll(async () => {
        await scrollToEnd();
        return page.locator('.ant-table-row').last().textContent();
      })
      .toContain('Hà Văn Bình 249');

    await chooseOption(page, 'Trạng thái', 'Đánh giá đạt');
    await page.getByText('0 đề cử', { exact: true }).waitFor();
    await chooseOption(page, 'Trạng thái', 'Đã đề cử');
    await page.getByText(`${total} đề cử`, { exact: true }).waitFor();
  });
});

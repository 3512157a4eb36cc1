import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, RENDERER_DIST, type RunningApp } from '../support/browser.ts';
import { makeTempDir } from '../support/temp.ts';
import { addNominees, person } from '../support/nominees.ts';

// The built renderer in Debian's Chromium, wired to the real dispatcher on a temporary database.
let app: RunningApp;
let temp: ReturnType<typeof makeTempDir>;

beforeAll(async () => {
  if (!fs.existsSync(path.join(RENDERER_DIST, 'index.html'))) {
    throw new Error('dist/renderer is missing: run `npm run build` first (npm test does).');
  }
  temp = makeTempDir('dhtt-e2e-');
  app = await launchApp({ databasePath: path.join(temp.dir, 'e2e.sqlite') });
});

afterAll(async () => {
  await app?.close();
  temp?.cleanup();
});

describe('Tổng quan and Cài đặt in the browser', () => {
  it('shows the 2024 campaign: phases, quotas per district and the warnings', async () => {
    const { page } = app;
    await page.goto(`${app.bridge.url}#/campaigns`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Tổng quan');
    await page.getByText('Chỉ tiêu theo đơn vị').waitFor();
    await expect
      .poll(() => page.getByText('Xây dựng và nhân rộng điển hình tiên tiến trong lĩnh vực công tác dân tộc năm 2024').count())
      .toBeGreaterThan(0);
    for (const step of ['Lập kế hoạch', 'Lựa chọn, đề cử', 'Bồi dưỡng', 'Đánh giá, đề nghị khen thưởng']) {
      expect(await page.getByText(step, { exact: false }).count()).toBeGreaterThan(0);
    }
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    expect(await rows.count()).toBe(6);
    expect(await rows.first().textContent()).toContain('Huyện Sơn Động');
    expect(await page.locator('.ant-table-summary').textContent()).toContain('kế hoạch: 10');
    expect(await page.getByRole('list', { name: 'Cảnh báo' }).textContent()).toContain('chưa có địa chỉ email');
    expect(await page.getByText('20/03/2024').count()).toBeGreaterThan(0);
  });

  it('shows a unit past its quota in red, numbers the steps once, and offers the new campaign from its hint', async () => {
    const { page } = app;
    const sonDong = app.session.db.prepare("SELECT id FROM units WHERE name = 'Sơn Động'").pluck().get() as number;
    addNominees(
      app.session,
      Array.from({ length: 12 }, (_, i) => person(sonDong, `Hà Văn Quá ${i}`, { district: 'Sơn Động' })),
    );
    // The nominees were written behind the page's back: it is opened afresh.
    await page.goto(`${app.bridge.url}#/campaigns`);
    await page.reload();
    const row = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: 'Huyện Sơn Động' });
    await expect.poll(() => row.textContent()).toContain('12/2 (vượt)');
    expect(await row.locator('.ant-progress-status-exception').count()).toBe(1);
    expect(await row.locator('.ant-progress-status-success').count()).toBe(0);
    // The steps carry their own numbers; no title repeats another one.
    const titles = await page.locator('.ant-steps-item-title').allTextContents();
    expect(titles.filter((title) => /^\d/u.test(title))).toEqual([]);
    // Today (2026) is past the 2024 campaign: its hint opens the dialog that creates the next one.
    const hint = page.getByRole('listitem').filter({ hasText: 'tạo chiến dịch mới bằng cách sao chép' });
    await hint.getByRole('button', { name: 'Tạo chiến dịch mới' }).click();
    await page.getByText('Những gì được sao chép').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Hủy' }).click();
    await page.screenshot({ path: path.join('test-output', 'tong-quan-vuot-chi-tieu.png') });
    app.session.db.prepare("DELETE FROM nominees WHERE name LIKE 'Hà Văn Quá %'").run();
  });

  it('changes the signer and a unit’s email, keeps both after a reload, and shows the audit rows', async () => {
    const { page } = app;
    await page.goto(`${app.bridge.url}#/settings/agency`);
    const signer = page.getByLabel('Họ tên người ký');
    await expect.poll(() => signer.inputValue()).toBe('Vi Thanh Quyền');
    await signer.fill('Nguyễn Văn An');
    await page.getByRole('button', { name: /Lưu thay đổi/u }).click();
    await page.getByText('Đã lưu thông tin cơ quan và người ký.').waitFor();

    await page.getByRole('tab', { name: 'Đơn vị đề cử' }).click();
    await page.getByRole('button', { name: 'Sửa Lục Ngạn' }).click();
    const email = page.getByLabel('Email nhận mẫu đề cử và bản tổng hợp');
    await email.fill('khong-phai-email');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Email không hợp lệ').waitFor();
    await email.fill('pdt.lucngan@bacgiang.gov.vn');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu đơn vị Lục Ngạn.').waitFor();

    await page.reload();
    await page
      .getByRole('row', { name: /Lục Ngạn/u })
      .getByText('pdt.lucngan@bacgiang.gov.vn')
      .waitFor();
    await page.getByRole('tab', { name: 'Cơ quan và người ký' }).click();
    await expect.poll(() => page.getByLabel('Họ tên người ký').inputValue()).toBe('Nguyễn Văn An');

    await page.getByRole('tab', { name: 'Nhật ký thay đổi' }).click();
    await page.getByText('Người ký: “Vi Thanh Quyền” → “Nguyễn Văn An”').waitFor();
    await page.getByText('Email: (trống) → “pdt.lucngan@bacgiang.gov.vn”').waitFor();
    expect(await page.getByRole('cell', { name: 'kiem-thu' }).count()).toBeGreaterThanOrEqual(2);

    const stored = app.session.db.prepare("SELECT email FROM units WHERE name = 'Lục Ngạn'").pluck().get();
    expect(stored).toBe('pdt.lucngan@bacgiang.gov.vn');
    const audits = app.session.db.prepare("SELECT entity FROM audit_log WHERE action = 'update' ORDER BY id").pluck().all();
    expect(audits).toEqual(['agency', 'unit']);
  });

  it('creates next year’s campaign by copying, and the switcher moves to it', async () => {
    const { page } = app;
    await page.goto(`${app.bridge.url}#/campaigns`);
    await page.getByRole('button', { name: 'Tạo chiến dịch mới' }).click();
    const year = page.getByLabel('Năm của chiến dịch mới');
    await year.fill('2024');
    await page.getByRole('button', { name: 'Tạo chiến dịch', exact: true }).click();
    await page.getByText('Đã có chiến dịch năm 2024').waitFor();
    await year.fill('2026');
    await page.getByRole('button', { name: 'Tạo chiến dịch', exact: true }).click();
    await page.getByText('Đã tạo chiến dịch năm 2026.').waitFor();
    await page.getByText('trong lĩnh vực công tác dân tộc năm 2026').first().waitFor();
    expect(await page.getByRole('list', { name: 'Cảnh báo' }).textContent()).toContain('không còn hoạt động');
  });

  it('asks before leaving a form with unsaved edits', async () => {
    const { page } = app;
    await page.goto(`${app.bridge.url}#/settings/agency`);
    const phone = page.getByLabel('Điện thoại');
    await expect.poll(() => phone.inputValue()).toBe('0984.024.432');
    await phone.fill('0204.3854.000');
    await page.getByText('Có thay đổi chưa lưu').waitFor();
    await page.getByRole('menuitem', { name: /Tổng quan/u }).click();
    await page.getByText('Nếu rời màn hình này').waitFor();
    await page.getByRole('button', { name: 'Ở lại để lưu' }).click();
    expect(await page.locator('h1').textContent()).toBe('Cài đặt');
    expect(await phone.inputValue()).toBe('0204.3854.000');
    await page.keyboard.press('Control+s');
    await page.getByText('Đã lưu thông tin cơ quan và người ký.').waitFor();
    await page.getByRole('menuitem', { name: /Tổng quan/u }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Tổng quan');
    expect(app.session.db.prepare('SELECT contact_phone FROM agencies').pluck().get()).toBe('0204.3854.000');
  });

  it('moves between screens with Alt+number', async () => {
    const { page } = app;
    await page.goto(`${app.bridge.url}#/campaigns`);
    await page.getByText('Chỉ tiêu theo đơn vị').waitFor();
    await page.keyboard.press('Alt+8');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Cài đặt');
    await page.keyboard.press('Alt+2');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Kế hoạch');
  });
});

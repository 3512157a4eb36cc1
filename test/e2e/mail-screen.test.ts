import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitId } from '../support/award-fixture.ts';
import { addNominees, collective, person } from '../support/nominees.ts';
import { ok } from '../support/session.ts';
import { chooseOption, launchApp, type RunningApp } from '../support/browser.ts';
import { startSmtp, type TestSmtp } from '../support/smtp-server.ts';
import { makeTempDir } from '../support/temp.ts';

let app: RunningApp;
let temp: ReturnType<typeof makeTempDir>;
let smtp: TestSmtp;

beforeAll(async () => {
  temp = makeTempDir('dhtt-e2e-mail-');
  smtp = await startSmtp();
  app = await launchApp({
    databasePath: path.join(temp.dir, 'e2e.sqlite'),
    exportFolder: path.join(temp.dir, 'xuat'),
    now: () => new Date('2024-12-12T09:00:00+07:00'),
    width: 1366,
    height: 768,
  });
  const { session } = app;
  await ok(session, 'plans.issue', { campaignId: 1, number: 15, date: '2024-02-05' });
  const sonDong = unitId(session, 'Sơn Động');
  const lucNgan = unitId(session, 'Lục Ngạn');
  addNominees(session, [
    collective(sonDong, 'Hợp tác xã Nông nghiệp An Lạc'),
    person(sonDong, 'Lý Thị Sen'),
    person(lucNgan, 'Đặng Văn Lực'),
  ]);
  await ok(session, 'units.update', { id: sonDong, fields: { email: 'sondong@bacgiang.gov.vn' } });
  await ok(session, 'units.update', { id: lucNgan, fields: { email: 'lucngan@bacgiang.gov.vn' } });
  // The page opened before these writes: it starts again from what is stored now.
  await app.page.reload();
});

afterAll(async () => {
  await app?.close();
  await smtp?.close();
  temp?.cleanup();
});

describe('Gửi đơn vị in the browser at 1366×768', () => {
  it('sets the mail server, sends the summaries, shows a refused unit with the reason, retries it and asks before sending again', async () => {
    const { page } = app;
    await page.goto(`${app.bridge.url}#/settings/mail`);
    await page.getByText('Máy chủ gửi email').waitFor();
    // No secure store in the browser: the password field says where the password comes from.
    await page.getByText('mật khẩu lấy từ biến môi trường DHTT_SMTP_PASSWORD', { exact: false }).waitFor();
    await page.getByLabel('Máy chủ SMTP').fill('127.0.0.1');
    await page.getByLabel('Cổng').fill(String(smtp.port));
    await chooseOption(page, 'Mã hóa', 'Không bắt buộc mã hóa (chỉ trong mạng nội bộ)');
    await page.getByLabel('Địa chỉ gửi đi').fill('khong-hop-le');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Địa chỉ email không hợp lệ').waitFor();
    await page.getByLabel('Địa chỉ gửi đi').fill('bandantoc@bacgiang.gov.vn');
    await page.getByLabel('Địa chỉ gửi đi').press('Enter');
    await page.getByText('Đã lưu máy chủ email.').waitFor();
    await page.getByRole('button', { name: 'Kiểm tra kết nối' }).click();
    await page.getByText('Kết nối và đăng nhập máy chủ thành công.').waitFor();

    smtp.refuse.add('lucngan@bacgiang.gov.vn');
    await page.keyboard.press('Alt+6');
    await page.getByRole('tab', { name: 'Gửi đơn vị (email, đôn đốc)' }).click();
    await page.getByText('Tổng hợp gửi đơn vị (2/2 đơn vị có đề cử đã có email)').waitFor();
    await page.getByRole('button', { name: 'Gửi tổng hợp qua email' }).click();
    await page.getByText('Gửi 2 thư qua máy chủ email?').waitFor();
    await page.getByRole('button', { name: 'Gửi', exact: true }).click();
    await page.getByText('Đã gửi 1 thư (tổng hợp kết quả).').waitFor();
    await page.getByText(/Gửi lỗi – Huyện Lục Ngạn: .*550/u).waitFor();
    expect(smtp.received.map((mail) => mail.subject)).toEqual(['Ban Dân tộc gửi kết quả điển hình tiên tiến năm 2024 - Huyện Sơn Động']);
    await page.screenshot({ path: path.join('test-output', 'gui-don-vi-1366.png'), fullPage: true });

    smtp.refuse.clear();
    await page.getByRole('button', { name: 'Gửi lại cho Lục Ngạn' }).click();
    await page.getByText('Đã gửi 1 thư (tổng hợp kết quả).').waitFor();
    await expect.poll(() => smtp.received.length).toBe(2);
    await expect.poll(() => page.getByRole('button', { name: 'Gửi lại cho Lục Ngạn' }).count()).toBe(0);

    // Sending the whole set again names who already has it; "Không gửi" sends nothing.
    await page.getByRole('button', { name: 'Gửi tổng hợp qua email' }).click();
    await page.locator('.ant-modal-confirm-title', { hasText: 'Gửi lại thư đã gửi?' }).waitFor();
    expect(await page.getByText('Sơn Động, Lục Ngạn đã nhận thư tổng hợp kết quả. Gửi lại cho cả 2 đơn vị?').count()).toBe(1);
    await page.getByRole('button', { name: 'Không gửi' }).click();
    expect(smtp.received).toHaveLength(2);
    const log = app.session.db.prepare('SELECT outcome FROM mail_log ORDER BY id').pluck().all();
    expect(log).toEqual(['sent', 'failed', 'sent']);
    expect(await page.locator('.ant-card', { hasText: 'Nhật ký gửi thư' }).locator('tbody tr').count()).toBe(3);
  });

  it('issues the Công văn đôn đốc by keyboard, previews it and writes the reminders as drafts', async () => {
    const { page } = app;
    const card = page.locator('.ant-card', { hasText: 'Đôn đốc các đơn vị chưa gửi đủ danh sách' });
    await card.getByText('Chưa ban hành công văn đôn đốc', { exact: false }).waitFor();
    await card.getByRole('button', { name: 'Ban hành công văn…' }).click();
    await page.getByLabel('Số văn bản').press('Enter');
    await page.getByText(/Đã ban hành Công văn số 01\//u).waitFor();
    await card.getByText('đề nghị gửi trước ngày 19/12/2024', { exact: false }).waitFor();
    await card.getByRole('button', { name: 'Xem công văn' }).click();
    const dialog = page.getByRole('dialog');
    const page1 = dialog.locator('.doc-page').first();
    await page1.getByText('V/v đôn đốc gửi danh sách', { exact: false }).waitFor();
    expect(await page1.getByText('Kính gửi:', { exact: true }).count()).toBe(1);
    expect(await page1.getByText('- Phòng Dân tộc huyện Lục Ngạn;', { exact: true }).count()).toBe(1);
    await expect.poll(() => page.locator('.ant-zoom-appear, .ant-zoom-enter').count()).toBe(0);
    await page.screenshot({ path: path.join('test-output', 'cong-van-don-doc-1366.png') });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await card.getByRole('button', { name: 'Ghi thư nháp .eml' }).click();
    await page.getByText(/Đã ghi 1 thư nháp \(đôn đốc\) vào .*Thu-don-doc-2024/u).waitFor();
    expect(app.session.db.prepare("SELECT count(*) FROM mail_log WHERE kind = 'reminder' AND outcome = 'draft'").pluck().get()).toBe(1);
  });
});

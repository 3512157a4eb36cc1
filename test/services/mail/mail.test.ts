import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { addNominees, collective, person } from '../../support/nominees.ts';
import { fails, newSession, ok, testSecretStore } from '../../support/session.ts';
import { startSmtp, type TestSmtp } from '../../support/smtp-server.ts';
import { unitId } from '../../support/award-fixture.ts';
import { convertWithLibreOffice, pdfText } from '../../support/pdf.ts';

const PASSWORD = 'Mật-khẩu-thư 2024';
const SON_DONG = 'phongdantoc.sondong@bacgiang.gov.vn';
const LUC_NGAN = 'phongdantoc.lucngan@bacgiang.gov.vn';

let smtp: TestSmtp | null = null;
afterEach(async () => {
  await smtp?.close();
  smtp = null;
});

/** The 2024 campaign on 12/12/2024: Sơn Động and Lục Ngạn sent part of their lists and have emails. */
async function mailCampaign() {
  const session = newSession({ now: () => new Date('2024-12-12T09:00:00+07:00'), secrets: testSecretStore });
  await ok(session, 'plans.issue', { campaignId: 1, number: 15, date: '2024-02-05' });
  const sonDong = unitId(session, 'Sơn Động');
  const lucNgan = unitId(session, 'Lục Ngạn');
  addNominees(session, [
    collective(sonDong, 'Hợp tác xã Nông nghiệp An Lạc', { achievementSummary: 'Liên kết trồng na' }),
    person(sonDong, 'Lý Thị Sen', { achievementSummary: 'Vận động 30 hộ thoát nghèo' }),
    person(lucNgan, 'Hoàng Văn Tư', { achievementSummary: 'Hiến đất làm đường' }),
  ]);
  await ok(session, 'units.update', { id: sonDong, fields: { email: SON_DONG } });
  await ok(session, 'units.update', { id: lucNgan, fields: { email: LUC_NGAN } });
  smtp = await startSmtp({ user: 'van-thu', password: PASSWORD });
  await ok(session, 'mail.saveSettings', {
    smtp: { host: '127.0.0.1', port: smtp.port, security: 'none', user: 'van-thu', fromAddress: 'bandantoc@bacgiang.gov.vn', fromName: '' },
    password: PASSWORD,
  });
  return { session, sonDong, lucNgan, smtp };
}

describe('Email to the units', () => {
  it('keeps the SMTP password only sealed, and refuses to store it where the host has no secure store', async () => {
    const { session } = await mailCampaign();
    const stored = session.db
      .prepare("SELECT group_concat(value_json, ' ') FROM app_settings WHERE key LIKE 'mail.%'")
      .pluck()
      .get() as string;
    expect(stored).toContain('127.0.0.1');
    expect(stored).not.toContain(PASSWORD);
    expect(await ok(session, 'mail.settings', {})).toMatchObject({ passwordStorage: 'os', passwordSaved: true });
    expect(await ok(session, 'mail.verify', {})).toMatchObject({ ok: true });
    expect(JSON.stringify(session.db.prepare("SELECT after_json FROM audit_log WHERE entity = 'mail_settings'").all())).not.toContain(
      PASSWORD,
    );

    const plain = newSession();
    const error = await fails(plain, 'mail.saveSettings', {
      smtp: { host: 'mail.bacgiang.gov.vn', port: 587, security: 'starttls', user: 'x', fromAddress: 'a@b.vn', fromName: '' },
      password: PASSWORD,
    });
    expect(error).toMatchObject({ path: 'password' });
    expect(error.message).toContain('DHTT_SMTP_PASSWORD');
    expect(plain.db.prepare("SELECT count(*) FROM app_settings WHERE key LIKE 'mail.%'").pluck().get()).toBe(0);
  });

  it('sends each unit its summary; a refused address stays unsent with the server’s reason and is retried; a second send asks first', async () => {
    const { session, lucNgan, smtp: server } = await mailCampaign();
    server.refuse.add(LUC_NGAN);
    const first = await ok(session, 'mail.send', { campaignId: 1, kind: 'summary', via: 'smtp' });
    expect(first).toMatchObject({ sent: 1, alreadySent: [], skipped: [] });
    expect(first.failed).toHaveLength(1);
    expect(first.failed[0]?.unitName).toBe('Huyện Lục Ngạn');
    expect(first.failed[0]?.reason).toContain('550');

    const mail = server.received[0];
    expect(server.received).toHaveLength(1);
    expect(mail?.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe(SON_DONG);
    expect(mail?.subject).toBe('Ban Dân tộc gửi kết quả điển hình tiên tiến năm 2024 - Huyện Sơn Động');
    expect(mail?.text).toContain('Đơn vị có 2 tập thể, cá nhân được đề cử');
    const attachment = mail?.attachments[0];
    expect(attachment?.filename).toBe('Tong-hop-2024-Huyen-Son-Dong.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(attachment?.content as unknown as ArrayBuffer);
    const names: string[] = [];
    workbook.getWorksheet('Danh sách')?.eachRow((row) => names.push(String(row.getCell(2).value ?? '')));
    expect(names).toEqual(expect.arrayContaining(['Hợp tác xã Nông nghiệp An Lạc', 'Lý Thị Sen']));
    expect(names).not.toContain('Hoàng Văn Tư');

    const log = session.db.prepare('SELECT recipient, outcome, answer FROM mail_log ORDER BY id').all() as {
      outcome: string;
      answer: string;
    }[];
    expect(log.map((row) => row.outcome)).toEqual(['sent', 'failed']);
    const state = await ok(session, 'mail.state', { campaignId: 1 });
    expect(state.units.find((unit) => unit.unitId === lucNgan)?.summary?.outcome).toBe('failed');

    // Sending the whole set again names who already has it and sends nothing.
    const again = await ok(session, 'mail.send', { campaignId: 1, kind: 'summary', via: 'smtp' });
    expect(again).toMatchObject({ alreadySent: ['Huyện Sơn Động'], sent: 0 });
    expect(server.received).toHaveLength(1);

    // The failed unit alone, once its mailbox takes mail again.
    server.refuse.clear();
    const retry = await ok(session, 'mail.send', { campaignId: 1, kind: 'summary', via: 'smtp', unitIds: [lucNgan] });
    expect(retry).toMatchObject({ sent: 1, failed: [] });
    expect(server.received.at(-1)?.subject).toContain('Huyện Lục Ngạn');
    const confirmed = await ok(session, 'mail.send', { campaignId: 1, kind: 'summary', via: 'smtp', resend: true });
    expect(confirmed.sent).toBe(2);
    expect(session.db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'mail'").pluck().get()).toBe(5);
  });

  it('reminds the late units with a one-page Công văn đôn đốc, as .eml drafts that carry it', async () => {
    const { session } = await mailCampaign();
    expect((await fails(session, 'mail.send', { campaignId: 1, kind: 'reminder', via: 'eml' })).message).toContain(
      'Chưa ban hành Công văn đôn đốc',
    );
    const draft = await ok(session, 'mail.reminderDocument', { campaignId: 1, replyBy: '2024-12-20' });
    expect(draft.document.addressees).toHaveLength(5);
    expect(
      (await fails(session, 'mail.issueReminder', { campaignId: 1, number: 4, date: '2024-12-12', replyBy: '2024-12-12' })).message,
    ).toContain('phải sau ngày công văn');
    const issued = await ok(session, 'mail.issueReminder', { campaignId: 1, number: 4, date: '2024-12-12', replyBy: '2024-12-20' });
    expect(issued).toMatchObject({ number: 4, issuedOn: '2024-12-12', replyBy: '2024-12-20' });
    expect(issued.symbol).toMatch(/^BDT(-[A-Z]+)?$/u);
    expect(
      (await fails(session, 'mail.issueReminder', { campaignId: 1, number: 4, date: '2024-12-12', replyBy: '2024-12-20' })).message,
    ).toContain('đã dùng');

    const sent = await ok(session, 'mail.send', { campaignId: 1, kind: 'reminder', via: 'eml' });
    expect(sent.drafts).toBe(1);
    expect(sent.skipped.map((unit) => unit.unitName)).toEqual(['Huyện Lục Nam', 'Huyện Yên Thế', 'Huyện Lạng Giang', 'Huyện Tân Yên']);
    const files = fs.readdirSync(sent.folder ?? '').sort();
    expect(files).toEqual(['Don-doc-Huyen-Luc-Ngan.eml']);
    const eml = await simpleParser(fs.readFileSync(path.join(sent.folder ?? '', 'Don-doc-Huyen-Luc-Ngan.eml')));
    expect(eml.headers.get('x-unsent')).toBe('1');
    expect(eml.subject).toBe('Đôn đốc gửi danh sách đề cử điển hình tiên tiến năm 2024 - Huyện Lục Ngạn');
    expect(eml.text).toContain('Đến nay Huyện Lục Ngạn còn thiếu 1 tập thể so với chỉ tiêu (đã gửi 1/2).');
    expect(eml.text).toContain('Hạn gửi danh sách đề cử điển hình tiên tiến năm 2024 là ngày 20/03/2024.');
    expect(eml.text).toContain('trước ngày 20/12/2024');
    expect(eml.attachments[0]?.filename).toMatch(/^Cong-van-don-doc-so-4-2024-12-12\.docx$/u);
    expect(session.db.prepare("SELECT count(*) FROM mail_log WHERE outcome = 'draft' AND kind = 'reminder'").pluck().get()).toBe(1);

    // The letter read back by LibreOffice: one page, the V/v line, the units and what each owes.
    const saved = await ok(session, 'mail.exportReminder', { campaignId: 1 });
    const pdf = convertWithLibreOffice(saved.saved ?? '', session.dir);
    const text = pdfText(pdf).normalize('NFC').replace(/\s+/gu, ' ');
    for (const expected of [
      `Số: 04/${issued.symbol}`,
      'Bắc Giang, ngày 12 tháng 12 năm 2024',
      'V/v đôn đốc gửi danh sách',
      'Kính gửi:',
      'Thực hiện Kế hoạch số 15/KH-BDT ngày 05 tháng 02 năm 2024',
      'trước ngày 20/03/2024',
      'Huyện Lục Ngạn: còn thiếu 1 tập thể so với chỉ tiêu (đã gửi 1/2);',
      'Huyện Lục Nam: chưa gửi danh sách (chỉ tiêu 1 tập thể, 1 cá nhân);',
      'Huyện Tân Yên: chưa gửi danh sách (chỉ tiêu 1 cá nhân).',
      'trước ngày 20/12/2024',
      'Nơi nhận:',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('CÔNG VĂN');
    expect(text).not.toContain('Huyện Sơn Động:');
    expect(
      pdfText(pdf)
        .split('\f')
        .filter((page) => page.trim()).length,
    ).toBe(1);
  });
});

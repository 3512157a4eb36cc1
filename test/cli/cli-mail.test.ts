import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli, cliWhileServing, expectOneLineFailure, tempDb } from '../support/run-cli.ts';
import { unitId } from '../support/award-fixture.ts';
import { addNominees, person } from '../support/nominees.ts';
import { newSession, ok } from '../support/session.ts';
import { startSmtp, type TestSmtp } from '../support/smtp-server.ts';

let smtp: TestSmtp | null = null;
afterEach(async () => {
  await smtp?.close();
  smtp = null;
});

/** A closed database file: the 2024 plan issued, Sơn Động with one nominee and an email, Lục Ngạn with an email only. */
async function mailFile(): Promise<string> {
  const db = tempDb();
  const session = newSession({ file: db, now: () => new Date('2024-12-12T09:00:00+07:00') });
  await ok(session, 'plans.issue', { campaignId: 1, number: 15, date: '2024-02-05' });
  addNominees(session, [person(unitId(session, 'Sơn Động'), 'Lý Thị Sen')]);
  await ok(session, 'units.update', { id: unitId(session, 'Sơn Động'), fields: { email: 'sondong@bacgiang.gov.vn' } });
  await ok(session, 'units.update', { id: unitId(session, 'Lục Ngạn'), fields: { email: 'lucngan@bacgiang.gov.vn' } });
  session.close();
  return db;
}

describe('the command line for email', () => {
  it('sends the summaries through --smtp with the password from the environment, and asks for --resend before sending again', async () => {
    const db = await mailFile();
    smtp = await startSmtp({ user: 'van-thu@bacgiang.gov.vn', password: 'mật khẩu' });
    const url = `smtp://van-thu%40bacgiang.gov.vn@127.0.0.1:${smtp.port}`;
    const env = { DHTT_SMTP_PASSWORD: 'mật khẩu' };
    const sent = await cliWhileServing(env, 'mail', 'summaries', '--db', db, '--campaign', '2024', '--smtp', url);
    expect(sent).toMatchObject({ code: 0, stdout: 'Đã gửi 1 thư tổng hợp.\n' });
    expect(smtp.received.map((mail) => mail.subject)).toEqual(['Ban Dân tộc gửi kết quả điển hình tiên tiến năm 2024 - Huyện Sơn Động']);

    const again = await cliWhileServing(env, 'mail', 'summaries', '--db', db, '--campaign', '2024', '--smtp', url);
    expectOneLineFailure(again, 'Đã gửi tổng hợp cho Huyện Sơn Động; thêm --resend');
    expect(smtp.received).toHaveLength(1);
    const wrong = await cliWhileServing(
      { DHTT_SMTP_PASSWORD: 'sai' },
      'mail',
      'summaries',
      '--db',
      db,
      '--campaign',
      '2024',
      '--smtp',
      url,
      '--resend',
    );
    expectOneLineFailure(wrong, 'Gửi lỗi: Huyện Sơn Động: 535');
    expect(smtp.received).toHaveLength(1);
  });

  it('issues the Công văn đôn đốc, writes reminder drafts with --eml, and fails in one line on bad options', async () => {
    const db = await mailFile();
    const dir = path.dirname(db);
    expectOneLineFailure(cli('mail', 'reminders', '--db', db, '--campaign', '2024'), '--smtp');
    expectOneLineFailure(cli('mail', 'reminders', '--db', db, '--campaign', '2024', '--smtp', 'smtp://a:b@host:25'), 'DHTT_SMTP_PASSWORD');
    expectOneLineFailure(cli('mail', 'reminders', '--db', db, '--campaign', '2024', '--eml', dir), 'Chưa ban hành Công văn đôn đốc');
    const issued = cli(
      'issue-reminder',
      '--db',
      db,
      '--campaign',
      '2024',
      '--number',
      '7',
      '--date',
      '2024-12-12',
      '--reply-by',
      '2024-12-19',
    );
    expect(issued.code).toBe(0);
    expect(issued.stdout).toMatch(/^Đã ban hành Công văn số 07\/BDT\S* ngày 12\/12\/2024, đề nghị gửi trước ngày 19\/12\/2024\.\n$/u);
    const drafts = cli('mail', 'reminders', '--db', db, '--campaign', '2024', '--eml', dir, '--json');
    expect(drafts.code).toBe(0);
    const result = JSON.parse(drafts.stdout) as { drafts: number; folder: string; skipped: { unitName: string }[] };
    // Sơn Động sent one of its two; Lục Ngạn sent nothing; the four others have no email.
    expect(result.drafts).toBe(2);
    expect(result.skipped).toHaveLength(4);
    expect(fs.readdirSync(result.folder).sort()).toEqual(['Don-doc-Huyen-Luc-Ngan.eml', 'Don-doc-Huyen-Son-Dong.eml']);
    const docx = path.join(dir, 'cv.docx');
    expect(cli('export', 'reminder', '--db', db, '--campaign', '2024', '--out', docx).stdout).toBe(
      `Đã ghi công văn đôn đốc vào ${docx}.\n`,
    );
  });
});

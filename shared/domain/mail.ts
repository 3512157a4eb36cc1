import * as z from 'zod';
import { email, optionalText, text } from './fields.ts';

/**
 * Email to the units: each unit's summary at the end of the campaign, and reminders (đôn đốc) to
 * the units late with their list. Every attempt is logged with the server's answer.
 */

export const SMTP_SECURITY = ['starttls', 'tls', 'none'] as const;
export type SmtpSecurity = (typeof SMTP_SECURITY)[number];
export const SMTP_SECURITY_LABELS: Record<SmtpSecurity, string> = {
  starttls: 'STARTTLS (thường dùng cổng 587)',
  tls: 'TLS (thường dùng cổng 465)',
  none: 'Không bắt buộc mã hóa (chỉ trong mạng nội bộ)',
};

/** Where the command line and the browser host read the SMTP password from. */
export const SMTP_PASSWORD_VARIABLE = 'DHTT_SMTP_PASSWORD';

/** The server settings a user edits in Cài đặt; the password is never among them in plain text. */
export const smtpSettingsSchema = z.strictObject({
  host: text('Máy chủ SMTP', 200),
  port: z.number({ error: 'Cổng phải là số' }).int('Cổng phải là số nguyên').min(1, 'Cổng từ 1').max(65_535, 'Cổng đến 65535'),
  security: z.enum(SMTP_SECURITY, { error: 'Chọn kiểu mã hóa' }),
  user: optionalText(),
  fromAddress: email,
  fromName: optionalText(),
});
export type SmtpSettings = z.infer<typeof smtpSettingsSchema>;

export const mailSettingsSchema = z.object({
  smtp: smtpSettingsSchema.nullable(),
  /** 'os': saved sealed by the operating system's store; 'environment': read from a variable. */
  passwordStorage: z.enum(['os', 'environment']),
  passwordSaved: z.boolean(),
});
export type MailSettings = z.infer<typeof mailSettingsSchema>;

export const MAIL_KINDS = ['summary', 'reminder'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];
export const MAIL_KIND_LABELS: Record<MailKind, string> = { summary: 'Tổng hợp kết quả', reminder: 'Đôn đốc' };

export const MAIL_OUTCOMES = ['sent', 'failed', 'draft'] as const;
export type MailOutcome = (typeof MAIL_OUTCOMES)[number];
export const MAIL_OUTCOME_LABELS: Record<MailOutcome, string> = { sent: 'Đã gửi', failed: 'Gửi lỗi', draft: 'Đã ghi bản nháp' };

export const mailLogEntrySchema = z.object({
  id: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  kind: z.enum(MAIL_KINDS),
  via: z.enum(['smtp', 'eml']),
  recipient: z.string(),
  subject: z.string(),
  fileName: z.string(),
  outcome: z.enum(MAIL_OUTCOMES),
  /** The server's answer ("250 OK …", "550 mailbox unavailable"), or the draft's path. */
  answer: z.string(),
  at: z.string(),
});
export type MailLogEntry = z.infer<typeof mailLogEntrySchema>;

/** A unit as the mail screen lists it: its address and the last attempt of each kind. */
export const mailUnitSchema = z.object({
  unitId: z.number(),
  name: z.string(),
  email: z.string().nullable(),
  nominees: z.number(),
  summary: mailLogEntrySchema.nullable(),
  reminder: mailLogEntrySchema.nullable(),
  /** What the unit still owes when the list is late or short ("chưa gửi danh sách" …), else null. */
  missing: z.string().nullable(),
});
export type MailUnit = z.infer<typeof mailUnitSchema>;

export const mailStateSchema = z.object({
  units: z.array(mailUnitSchema),
  log: z.array(mailLogEntrySchema),
  nominationDeadline: z.string(),
  /** The Công văn đôn đốc issued last, which reminders attach. */
  reminderLetter: z
    .object({ id: z.number(), number: z.number(), symbol: z.string(), issuedOn: z.string(), replyBy: z.string() })
    .nullable(),
  nextReminderNumber: z.number(),
  /** Today by the app's clock, and the reply-by date a new reminder suggests (a week on). */
  today: z.string(),
  defaultReplyBy: z.string(),
  smtpReady: z.boolean(),
});
export type MailState = z.infer<typeof mailStateSchema>;

export const sendResultSchema = z.object({
  /** Nothing was sent: these units already had this message and the caller did not confirm. */
  alreadySent: z.array(z.string()),
  sent: z.number(),
  drafts: z.number(),
  folder: z.string().nullable(),
  failed: z.array(z.object({ unitName: z.string(), reason: z.string() })),
  /** Units left out before any sending, with why (no email address …). */
  skipped: z.array(z.object({ unitName: z.string(), reason: z.string() })),
});
export type SendResult = z.infer<typeof sendResultSchema>;

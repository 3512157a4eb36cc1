import * as z from 'zod';
import { documentNumber, id, isoDate, text } from '../../domain/fields.ts';
import { documentSchema, formatProblemSchema } from '../../document/schema.ts';
import { MAIL_KINDS, mailSettingsSchema, mailStateSchema, sendResultSchema, SMTP_SECURITY, smtpSettingsSchema } from '../../domain/mail.ts';

/**
 * Email to the units: the SMTP server, the Công văn đôn đốc, sending summaries and reminders
 * (or writing them as .eml drafts) and the send log.
 */

const campaignId = id('Mã chiến dịch');
const number = documentNumber;

export const mailMethods = {
  'mail.settings': { input: z.strictObject({}), output: mailSettingsSchema },
  /** The password: absent keeps the saved one, "" removes it; it is sealed before it is stored. */
  'mail.saveSettings': {
    input: z.strictObject({ smtp: smtpSettingsSchema, password: z.string().max(500, 'Mật khẩu dài quá').optional() }),
    output: mailSettingsSchema,
  },
  /** Connects and logs in to the saved server without sending. */
  'mail.verify': { input: z.strictObject({}), output: z.object({ ok: z.boolean(), answer: z.string() }) },
  'mail.state': { input: z.strictObject({ campaignId }), output: mailStateSchema },
  /** The Công văn đôn đốc: an issued one as issued, else the draft to the units late today. */
  'mail.reminderDocument': {
    input: z.strictObject({ campaignId, issuedId: id('Mã văn bản').optional(), replyBy: isoDate('Ngày đề nghị gửi').optional() }),
    output: z.object({ document: documentSchema, problems: z.array(formatProblemSchema) }),
  },
  'mail.issueReminder': {
    input: z.strictObject({ campaignId, number, date: isoDate('Ngày công văn'), replyBy: isoDate('Ngày đề nghị gửi') }),
    output: z.object({ id: z.number(), number: z.number(), symbol: z.string(), issuedOn: z.string(), replyBy: z.string() }),
  },
  'mail.exportReminder': {
    input: z.strictObject({ campaignId, issuedId: id('Mã văn bản').optional() }),
    output: z.strictObject({ saved: z.string().nullable() }),
  },
  /**
   * Sends each unit its summary or its reminder by SMTP, or writes .eml drafts to a folder chosen
   * in the main process. Units already sent to are named and nothing is sent unless resend is set.
   */
  'mail.send': {
    input: z.strictObject({
      campaignId,
      kind: z.enum(MAIL_KINDS),
      via: z.enum(['smtp', 'eml']),
      unitIds: z.array(id('Mã đơn vị')).max(1000).optional(),
      resend: z.boolean().default(false),
      server: z
        .strictObject({
          host: text('Máy chủ SMTP', 200),
          port: z.number().int().min(1).max(65_535),
          security: z.enum(SMTP_SECURITY),
          user: z.string().max(200).optional(),
        })
        .optional(),
    }),
    output: sendResultSchema,
  },
} as const;

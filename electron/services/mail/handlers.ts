import type { AreaHandlers } from '../../ipc/handler-types.ts';
import { verifySmtp } from '../../mail/outgoing.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import { paperFileName, saveDocx } from '../awards/award-exports.ts';
import { mailState } from './mail-state.ts';
import { issueReminder, issuedLetters, reminderDocument } from './reminders.ts';
import { sendToUnits } from './send-to-units.ts';
import { mailSettings, saveMailSettings, smtpServer } from './smtp-settings.ts';

export const mailHandlers = {
  'mail.settings': (ctx) => mailSettings(ctx),
  'mail.saveSettings': (ctx, input) => saveMailSettings(ctx, input.smtp, input.password),
  'mail.verify': { async: async (ctx) => verifySmtp(smtpServer(ctx).server) },
  'mail.state': (ctx, input) => mailState(ctx, input.campaignId),
  'mail.reminderDocument': (ctx, input) => reminderDocument(ctx, input.campaignId, input.issuedId, input.replyBy),
  'mail.issueReminder': (ctx, input) => {
    const { id, number, symbol, issuedOn, replyBy } = issueReminder(ctx, input.campaignId, input.number, input.date, input.replyBy);
    return { id, number, symbol, issuedOn, replyBy };
  },
  'mail.exportReminder': {
    async: async (ctx, input) => {
      const issuedId = input.issuedId ?? issuedLetters(ctx, input.campaignId).at(-1)?.id;
      const { document } = reminderDocument(ctx, input.campaignId, issuedId, undefined);
      return saveDocx(ctx, document, paperFileName('Cong-van-don-doc', document, getCampaign(ctx, input.campaignId).year));
    },
  },
  'mail.send': { async: (ctx, input) => sendToUnits(ctx, input) },
} satisfies AreaHandlers<'mail'>;

import type { MailState } from '../../../shared/domain/mail.ts';
import { todayOf, type ServiceContext } from '../core/context.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import { campaignUnits } from '../awards/awards-state.ts';
import { lastAttempts, mailLog } from './mail-log.ts';
import { defaultReplyBy, issuedLetters, lateUnits, nextReminderNumber } from './reminders.ts';
import { smtpSettings } from './smtp-settings.ts';

/** The mail part of the Khen thưởng screen: each unit's address, what it owes, what it was sent. */
export function mailState(ctx: ServiceContext, campaignId: number): MailState {
  const campaign = getCampaign(ctx, campaignId);
  const summaries = lastAttempts(ctx, campaignId, 'summary');
  const reminders = lastAttempts(ctx, campaignId, 'reminder');
  const late = new Map(lateUnits(ctx, campaignId).map((unit) => [unit.unitId, unit.missing]));
  const letter = issuedLetters(ctx, campaignId).at(-1);
  return {
    units: campaignUnits(ctx, campaignId).map((unit) => ({
      unitId: unit.unitId,
      name: unit.name,
      email: unit.email,
      nominees: unit.nominees,
      summary: summaries.get(unit.unitId) ?? null,
      reminder: reminders.get(unit.unitId) ?? null,
      missing: late.get(unit.unitId) ?? null,
    })),
    log: mailLog(ctx, campaignId),
    nominationDeadline: campaign.nominationDeadline,
    reminderLetter: letter
      ? { id: letter.id, number: letter.number, symbol: letter.symbol, issuedOn: letter.issuedOn, replyBy: letter.replyBy }
      : null,
    nextReminderNumber: nextReminderNumber(ctx, campaignId),
    today: todayOf(ctx),
    defaultReplyBy: defaultReplyBy(ctx),
    smtpReady: smtpSettings(ctx) !== null,
  };
}

import fs from 'node:fs';
import { AppError } from '../../../shared/api/errors.ts';
import type { MailKind, SendResult } from '../../../shared/domain/mail.ts';
import { unitTitle } from '../../../shared/domain/units.ts';
import { asciiFileName } from '../../../shared/text/normalize.ts';
import { emlOutbox, smtpOutbox, type OutgoingMessage, type Outbox } from '../../mail/outgoing.ts';
import type { ServiceContext } from '../core/context.ts';
import { freeFileName } from '../core/file-names.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import { getAgency } from '../settings/agencies.ts';
import { getUnit } from '../settings/units.ts';
import { campaignUnits } from '../awards/awards-state.ts';
import { paperFileName } from '../awards/award-exports.ts';
import { buildUnitSummary, summaryFileName } from '../awards/unit-summaries.ts';
import { logAttempt, unitsAlreadySent } from './mail-log.ts';
import { issuedLetters, lateUnits } from './reminders.ts';
import { smtpServer, smtpSettings, type ServerOverride } from './smtp-settings.ts';
import { reminderWords, summaryWords, type MessageWords } from './unit-messages.ts';

/**
 * Sends each unit its message (its summary, or the reminder with the Công văn attached), one at a
 * time, logging each answer as it comes: a refused address leaves that unit unsent and
 * retryable, and nothing is marked sent that the server did not accept.
 */

export interface SendRequest {
  campaignId: number;
  kind: MailKind;
  via: 'smtp' | 'eml';
  /** Only these units (a retry); all that need the message when absent. */
  unitIds?: number[] | undefined;
  /** The user confirmed sending again to units that already have it. */
  resend: boolean;
  server?: ServerOverride | undefined;
}

interface Target {
  unitId: number;
  title: string;
  addressee: string;
  email: string | null;
  missing: string;
  nominees: number;
  awarded: number;
}

function targetsFor(ctx: ServiceContext, campaignId: number, kind: MailKind): Target[] {
  if (kind === 'reminder') return lateUnits(ctx, campaignId).map((unit) => ({ ...unit, nominees: 0, awarded: 0 }));
  return campaignUnits(ctx, campaignId)
    .filter((row) => row.nominees > 0)
    .map((row) => {
      const unit = getUnit(ctx, row.unitId);
      const title = unitTitle(unit);
      const { unitId, email, nominees, awarded } = row;
      return { unitId, title, addressee: unit.contactOffice.trim() || title, email, missing: '', nominees, awarded };
    });
}

interface Letter {
  documentId: number;
  fileName: string;
  content: Buffer;
  words: (target: Target) => MessageWords;
}

/** The latest Công văn đôn đốc as a Word file, with the words of each unit's message. */
async function reminderLetter(ctx: ServiceContext, campaignId: number): Promise<Letter> {
  const letter = issuedLetters(ctx, campaignId).at(-1);
  if (!letter) throw new AppError('invalid_input', 'Chưa ban hành Công văn đôn đốc: hãy cấp số và ngày cho công văn trước khi gửi.');
  const campaign = getCampaign(ctx, campaignId);
  const agency = getAgency(ctx, campaign.agencyId);
  const { renderDocx } = await import('../../documents/docx/render-docx.ts');
  const fileName = `${paperFileName('Cong-van-don-doc', letter.document, campaign.year)}.docx`;
  const number = `${String(letter.number).padStart(2, '0')}/${letter.symbol}`;
  return {
    documentId: letter.id,
    fileName,
    content: await renderDocx(letter.document),
    words: (target) =>
      reminderWords(agency, campaign.year, target, {
        number,
        issuedOn: letter.issuedOn,
        replyBy: letter.replyBy,
        deadline: campaign.nominationDeadline,
        fileName,
      }),
  };
}

async function openOutbox(
  ctx: ServiceContext,
  request: SendRequest,
  year: number,
): Promise<{ outbox: Outbox; folder: string | null } | null> {
  if (request.via === 'smtp') {
    const { server } = smtpServer(ctx, request.server);
    return { outbox: smtpOutbox(server), folder: null };
  }
  const parent = await ctx.platform.chooseFolder?.();
  if (!parent) return null;
  const folder = freeFileName(parent, request.kind === 'summary' ? `Thu-tong-hop-${year}` : `Thu-don-doc-${year}`);
  fs.mkdirSync(folder, { recursive: true });
  return { outbox: emlOutbox(folder), folder };
}

export async function sendToUnits(ctx: ServiceContext, request: SendRequest): Promise<SendResult> {
  const { campaignId, kind } = request;
  const campaign = getCampaign(ctx, campaignId);
  const agency = getAgency(ctx, campaign.agencyId);
  const wanted = request.unitIds ? new Set(request.unitIds) : null;
  const targets = targetsFor(ctx, campaignId, kind).filter((target) => !wanted || wanted.has(target.unitId));
  const result: SendResult = { alreadySent: [], sent: 0, drafts: 0, folder: null, failed: [], skipped: [] };
  const reachable = targets.filter((target) => {
    if (target.email) return true;
    result.skipped.push({ unitName: target.title, reason: 'chưa có địa chỉ email (nhập ở Cài đặt → Đơn vị)' });
    return false;
  });
  if (reachable.length === 0) return result;
  if (!request.resend && request.via === 'smtp') {
    const already = unitsAlreadySent(
      ctx,
      campaignId,
      kind,
      reachable.map((target) => target.unitId),
    );
    if (already.size > 0) return { ...result, alreadySent: reachable.filter((t) => already.has(t.unitId)).map((t) => t.title) };
  }
  // What the messages need is checked and built before the first one leaves.
  if (request.via === 'smtp') smtpServer(ctx, request.server);
  const saved = smtpSettings(ctx);
  const letter = kind === 'reminder' ? await reminderLetter(ctx, campaignId) : null;
  const opened = await openOutbox(ctx, request, campaign.year);
  if (!opened) return result;
  result.folder = opened.folder;
  try {
    for (const target of reachable) {
      const email = target.email ?? '';
      let words: MessageWords;
      let attachment: { filename: string; content: Buffer };
      if (letter) {
        words = letter.words(target);
        attachment = { filename: letter.fileName, content: letter.content };
      } else {
        const filename = summaryFileName(campaign.year, target.title);
        words = summaryWords(agency, campaign.year, target, { nominees: target.nominees, awarded: target.awarded, fileName: filename });
        attachment = { filename, content: await buildUnitSummary(ctx, campaignId, { unitId: target.unitId, name: target.title }) };
      }
      const message: OutgoingMessage = {
        from: { name: saved?.fromName || agency.name, address: saved?.fromAddress ?? agency.email ?? '' },
        to: email,
        subject: words.subject,
        text: words.text,
        attachments: [attachment],
      };
      const delivery = await opened.outbox.deliver(
        message,
        asciiFileName(`${kind === 'summary' ? 'Tong-hop' : 'Don-doc'}-${target.title}`),
      );
      logAttempt(ctx, {
        campaignId,
        unitId: target.unitId,
        kind,
        via: request.via,
        recipient: email,
        subject: words.subject,
        fileName: attachment.filename,
        outcome: delivery.outcome,
        answer: delivery.answer,
        documentId: letter?.documentId ?? null,
      });
      if (delivery.outcome === 'sent') result.sent += 1;
      else if (delivery.outcome === 'draft') result.drafts += 1;
      else result.failed.push({ unitName: target.title, reason: delivery.answer });
    }
  } finally {
    opened.outbox.close();
  }
  return result;
}

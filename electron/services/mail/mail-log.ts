import type { MailKind, MailLogEntry, MailOutcome } from '../../../shared/domain/mail.ts';
import type { ServiceContext } from '../core/context.ts';
import { recordChange } from '../core/audit.ts';
import { prepared } from '../../db/statements.ts';

/** The send log: one row per attempt, written as soon as the server has answered. */

export interface Attempt {
  campaignId: number;
  unitId: number;
  kind: MailKind;
  via: 'smtp' | 'eml';
  recipient: string;
  subject: string;
  fileName: string;
  outcome: MailOutcome;
  answer: string;
  documentId: number | null;
}

/** Logs one attempt with its audit row, in a transaction of its own (sending is not undone). */
export function logAttempt(ctx: ServiceContext, attempt: Attempt): number {
  return ctx.db
    .transaction(() => {
      const info = prepared(
        ctx.db,
        `INSERT INTO mail_log (campaign_id, unit_id, kind, via, recipient, subject, file_name, outcome, answer, document_id, at, os_user)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        attempt.campaignId,
        attempt.unitId,
        attempt.kind,
        attempt.via,
        attempt.recipient,
        attempt.subject,
        attempt.fileName,
        attempt.outcome,
        attempt.answer,
        attempt.documentId,
        ctx.now().toISOString(),
        ctx.osUser,
      );
      const id = Number(info.lastInsertRowid);
      recordChange(ctx, { action: 'create', entity: 'mail', entityId: id, after: { ...attempt, id } });
      return id;
    })
    .immediate();
}

const LOG_COLUMNS = `m.id, m.unit_id AS unitId, u.name AS unitName, m.kind, m.via, m.recipient, m.subject,
  m.file_name AS fileName, m.outcome, m.answer, m.at`;

export function mailLog(ctx: ServiceContext, campaignId: number): MailLogEntry[] {
  return prepared(
    ctx.db,
    `SELECT ${LOG_COLUMNS} FROM mail_log m JOIN units u ON u.id = m.unit_id WHERE m.campaign_id = ? ORDER BY m.id DESC`,
  ).all(campaignId) as MailLogEntry[];
}

/** The latest attempt per unit of one kind. */
export function lastAttempts(ctx: ServiceContext, campaignId: number, kind: MailKind): Map<number, MailLogEntry> {
  const rows = prepared(
    ctx.db,
    `SELECT ${LOG_COLUMNS} FROM mail_log m JOIN units u ON u.id = m.unit_id
      WHERE m.id IN (SELECT max(id) FROM mail_log WHERE campaign_id = ? AND kind = ? GROUP BY unit_id)`,
  ).all(campaignId, kind) as MailLogEntry[];
  return new Map(rows.map((row) => [row.unitId, row]));
}

/** Units that have already received this kind of message by SMTP (drafts and failures do not count). */
export function unitsAlreadySent(ctx: ServiceContext, campaignId: number, kind: MailKind, unitIds: readonly number[]): Set<number> {
  const sent = prepared(ctx.db, "SELECT DISTINCT unit_id FROM mail_log WHERE campaign_id = ? AND kind = ? AND outcome = 'sent'")
    .pluck()
    .all(campaignId, kind) as number[];
  const wanted = new Set(unitIds);
  return new Set(sent.filter((id) => wanted.has(id)));
}

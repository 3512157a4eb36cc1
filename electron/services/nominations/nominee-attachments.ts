import type { NomineeAttachment } from '../../../shared/domain/nominees.ts';
import { recordChange } from '../core/audit.ts';
import { storeAttachment } from '../core/attachment-store.ts';
import type { ServiceContext } from '../core/context.ts';
import { getNominee } from './nominee-rows.ts';
import { prepared } from '../../db/statements.ts';

export function nomineeAttachments(ctx: ServiceContext, nomineeId: number): NomineeAttachment[] {
  getNominee(ctx, nomineeId);
  return prepared(
    ctx.db,
    `SELECT a.hash, a.file_name AS fileName, na.label, a.size, a.media_type AS mediaType
       FROM nominee_attachments na JOIN attachments a ON a.hash = na.attachment_hash
       WHERE na.nominee_id = ? ORDER BY a.created_at, a.file_name`,
  ).all(nomineeId) as NomineeAttachment[];
}

/** Keeps a file with a nominee (content-addressed beside the database), in one transaction. */
export function attachToNominee(
  ctx: ServiceContext,
  nomineeId: number,
  fileName: string,
  contentBase64: string,
  label = '',
): NomineeAttachment[] {
  getNominee(ctx, nomineeId);
  const hash = storeAttachment(ctx, fileName, Buffer.from(contentBase64, 'base64'));
  prepared(ctx.db, 'INSERT OR REPLACE INTO nominee_attachments (nominee_id, attachment_hash, label) VALUES (?, ?, ?)').run(
    nomineeId,
    hash,
    label,
  );
  recordChange(ctx, {
    action: 'create',
    entity: 'nominee_attachment',
    entityId: `${nomineeId}:${hash}`,
    after: { nomineeId, fileName, label },
  });
  return nomineeAttachments(ctx, nomineeId);
}

/** Unlinks a file from a nominee; the file itself stays (another record may use it). */
export function detachFromNominee(ctx: ServiceContext, nomineeId: number, hash: string): NomineeAttachment[] {
  const before = nomineeAttachments(ctx, nomineeId).find((item) => item.hash === hash);
  prepared(ctx.db, 'DELETE FROM nominee_attachments WHERE nominee_id = ? AND attachment_hash = ?').run(nomineeId, hash);
  if (before) recordChange(ctx, { action: 'delete', entity: 'nominee_attachment', entityId: `${nomineeId}:${hash}`, before });
  return nomineeAttachments(ctx, nomineeId);
}

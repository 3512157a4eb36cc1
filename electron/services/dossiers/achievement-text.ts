import { nomineeFields } from '../../../shared/domain/nominees.ts';
import { richPlainText, richTextSchema, type RichText } from '../../../shared/domain/rich-text.ts';
import { prepared } from '../../db/statements.ts';
import { recordChange } from '../core/audit.ts';
import type { ServiceContext } from '../core/context.ts';
import { getNominee } from '../nominations/nominee-rows.ts';
import { saveNominee } from '../nominations/nominees.ts';

/**
 * The achievement text of a nominee as edited in the app. Its words also become the nominee's short
 * achievement (through the nominee's own save, so its warnings and audit follow), typed once.
 */

export function achievementText(ctx: ServiceContext, nomineeId: number): RichText | null {
  const stored = prepared(ctx.db, 'SELECT achievement_doc FROM nominees WHERE id = ?').pluck().get(nomineeId) as string | null | undefined;
  if (!stored) return null;
  const parsed = richTextSchema.safeParse(JSON.parse(stored));
  return parsed.success ? parsed.data : null;
}

/** The text as a new nominee's report starts from: its short achievement as one paragraph. */
export function startingText(summary: string): RichText {
  return { blocks: summary.trim() ? [{ type: 'paragraph', runs: [{ text: summary }] }] : [] };
}

export function saveAchievementText(ctx: ServiceContext, nomineeId: number, content: RichText): RichText {
  const nominee = getNominee(ctx, nomineeId);
  const before = achievementText(ctx, nomineeId);
  saveNominee(ctx, nominee.campaignId, nomineeId, { ...nomineeFields(nominee), achievementSummary: richPlainText(content) });
  prepared(ctx.db, 'UPDATE nominees SET achievement_doc = ? WHERE id = ?').run(JSON.stringify(content), nomineeId);
  recordChange(ctx, { action: 'update', entity: 'nominee_achievement', entityId: nomineeId, before: before ?? undefined, after: content });
  return content;
}

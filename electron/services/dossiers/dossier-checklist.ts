import { DOSSIER_PAPERS, type DossierCheck, type DossierPaper } from '../../../shared/domain/dossier-checklist.ts';
import { foldText } from '../../../shared/text/normalize.ts';
import { prepared } from '../../db/statements.ts';
import type { ServiceContext } from '../core/context.ts';

/**
 * What each dossier holds: the report has its text (edited, or the short achievement); the
 * unit's cover letter is a file the unit's submission came with, or a file kept with the nominee
 * named "công văn"; photos are kept images; a confirmation is a kept file named "xác nhận".
 */

interface Row {
  nomineeId: number;
  name: string;
  unitName: string;
  hasText: number;
  unitLetter: number;
  files: string | null;
}

/** The checks of a campaign's dossiers, or of the nominees named. */
export function dossierChecklist(ctx: ServiceContext, campaignId: number, nomineeIds?: readonly number[]): DossierCheck[] {
  const rows = prepared(
    ctx.db,
    `SELECT n.id AS nomineeId, n.name, u.name AS unitName,
            (n.achievement_doc IS NOT NULL OR trim(n.achievement_summary) <> '') AS hasText,
            EXISTS (SELECT 1 FROM submissions s WHERE s.campaign_id = n.campaign_id AND s.unit_id = n.unit_id AND s.attachment_hash IS NOT NULL) AS unitLetter,
            (SELECT json_group_array(json_array(a.file_name, na.label, a.media_type)) FROM nominee_attachments na
               JOIN attachments a ON a.hash = na.attachment_hash WHERE na.nominee_id = n.id) AS files
       FROM nominees n JOIN units u ON u.id = n.unit_id
       LEFT JOIN campaign_quotas q ON q.campaign_id = n.campaign_id AND q.unit_id = n.unit_id
      WHERE n.campaign_id = @campaignId AND n.deleted_at IS NULL AND n.status <> 'withdrawn' AND (@ids IS NULL OR n.id IN (SELECT value FROM json_each(@ids)))
      ORDER BY coalesce(q.position, 9999), n.unit_id, n.sort_key, n.id`,
  ).all({ campaignId, ids: nomineeIds ? JSON.stringify(nomineeIds) : null }) as Row[];
  return rows.map((row) => {
    const files = (JSON.parse(row.files ?? '[]') as [string, string, string][]).map(([fileName, label, mediaType]) => ({
      words: foldText(`${label} ${fileName}`).replace(/[-_.]+/gu, ' '),
      mediaType,
    }));
    const held: Record<DossierPaper, boolean> = {
      report: row.hasText === 1,
      coverLetter: row.unitLetter === 1 || files.some((file) => file.words.includes('cong van')),
      photos: files.some((file) => file.mediaType.startsWith('image/')),
      confirmation: files.some((file) => file.words.includes('xac nhan')),
    };
    return {
      nomineeId: row.nomineeId,
      name: row.name,
      unitName: row.unitName,
      has: DOSSIER_PAPERS.filter((paper) => held[paper]),
      lacks: DOSSIER_PAPERS.filter((paper) => !held[paper]),
    };
  });
}

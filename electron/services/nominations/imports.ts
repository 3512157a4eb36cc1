import { AppError } from '../../../shared/api/errors.ts';
import { unitTitle } from '../../../shared/domain/units.ts';
import { interpretRows, NoHeaderError } from '../../../shared/import/nomination-rows.ts';
import { type ImportPreview, type RawRow } from '../../../shared/import/import-preview.ts';
import { recordChange } from '../core/audit.ts';
import { storeAttachment } from '../core/attachment-store.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import type { ServiceContext } from '../core/context.ts';
import { saveNominees } from './nominees.ts';
import { sameNomineeFinder } from './same-nominee.ts';
import { refreshLate } from './warning-figures.ts';
import { getUnit } from '../settings/units.ts';
import { ethnicGroupsForMatching } from '../settings/ethnic-groups.ts';
import { prepared } from '../../db/statements.ts';

export interface ImportRequest {
  campaignId: number;
  fileName: string;
  contentBase64: string;
  unitId?: number | undefined;
  corrections?: { row: number; values: RawRow }[] | undefined;
}

export type PreviewResult = ImportPreview & { fileName: string; existing: Record<number, number> };

/** Reads the file and says, row by row, what would be imported — writing nothing. */
export async function previewImport(ctx: ServiceContext, request: ImportRequest): Promise<PreviewResult> {
  const campaign = getCampaign(ctx, request.campaignId);
  const bytes = Buffer.from(request.contentBase64, 'base64');
  const { readSheet } = await import('../../sheets/read-sheet.ts');
  const sheet = readSheet(bytes);
  const units = campaign.quotas.map((quota) => {
    const unit = getUnit(ctx, quota.unitId);
    return { id: unit.id, name: unit.name, title: unitTitle(unit) };
  });
  try {
    const preview = interpretRows(
      sheet.rows,
      { units, groups: ethnicGroupsForMatching(ctx), thisYear: ctx.now().getFullYear(), chosenUnitId: request.unitId ?? null },
      new Map((request.corrections ?? []).map((correction) => [correction.row, correction.values])),
    );
    const existing: Record<number, number> = {};
    const findSame = sameNomineeFinder(
      ctx,
      request.campaignId,
      preview.accepted.map((row) => row.fields.unitId),
    );
    for (const row of preview.accepted) {
      const same = findSame(row.fields);
      if (same !== null) existing[row.row] = same;
    }
    return { ...preview, fileName: request.fileName, existing };
  } catch (error) {
    if (error instanceof NoHeaderError) throw new AppError('invalid_input', error.message);
    throw error;
  }
}

/**
 * Imports the accepted rows in one transaction: keeps the file (by content hash) as the unit's
 * submission with its received date; a nominee already there (same name, unit, birth year) is
 * updated instead of added twice.
 */
export async function commitImport(ctx: ServiceContext, request: ImportRequest & { receivedOn?: string | undefined }) {
  const preview = await previewImport(ctx, request);
  if (preview.unitId === null && preview.accepted.length > 0) {
    throw new AppError('invalid_input', 'Không xác định được đơn vị của tệp: hãy chọn đơn vị.');
  }
  const bytes = Buffer.from(request.contentBase64, 'base64');
  return ctx.db.transaction(() => {
    const hash = storeAttachment(ctx, request.fileName, bytes);
    const receivedOn = request.receivedOn ?? ctx.now().toISOString().slice(0, 10);
    const info = prepared(
      ctx.db,
      "INSERT INTO submissions (campaign_id, unit_id, received_on, channel, attachment_hash, note, created_at) VALUES (?, ?, ?, 'email', ?, ?, ?)",
    ).run(
      request.campaignId,
      preview.unitId ?? getCampaign(ctx, request.campaignId).quotas[0]?.unitId,
      receivedOn,
      hash,
      request.fileName,
      ctx.now().toISOString(),
    );
    const submissionId = Number(info.lastInsertRowid);
    recordChange(ctx, {
      action: 'create',
      entity: 'submission',
      entityId: submissionId,
      after: { campaignId: request.campaignId, unitId: preview.unitId, receivedOn, file: request.fileName, hash },
    });
    const rows = preview.accepted.map((row) => ({ id: preview.existing[row.row], fields: row.fields }));
    saveNominees(ctx, request.campaignId, rows, submissionId);
    // The unit's first received date may be this file's: that moves the late rule of its other nominees.
    if (preview.unitId !== null) refreshLate(ctx, request.campaignId, { unitId: preview.unitId, submissionId });
    const updated = rows.filter((row) => row.id !== undefined).length;
    return {
      submissionId,
      fileName: preview.fileName,
      unitTitle: preview.unitTitle,
      accepted: preview.accepted.map((row) => ({
        row: row.row,
        fields: row.fields,
        notes: row.notes,
        update: preview.existing[row.row] !== undefined,
      })),
      created: rows.length - updated,
      updated,
      rejected: preview.rejected.map(({ row, reason }) => ({ row, reason })),
      blankRows: preview.blankRows.length,
    };
  })();
}

import { AppError } from '../../../shared/api/errors.ts';
import type { ImportPreviewResult } from '../../../shared/api/areas/nominations.ts';
import { ethnicKey, matchEthnicity } from '../../../shared/domain/ethnic-match.ts';
import { isRuleId, RULE_LABELS, type RuleId } from '../../../shared/domain/nominee-checks.ts';
import { unitTitle } from '../../../shared/domain/units.ts';
import { foldText } from '../../../shared/text/normalize.ts';
import { interpretRows, NoHeaderError } from '../../../shared/import/nomination-rows.ts';
import { type RawRow } from '../../../shared/import/import-preview.ts';
import { contentHash, storeAttachment } from '../core/attachment-store.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import { todayOf, type ServiceContext } from '../core/context.ts';
import { saveNominees } from './nominees.ts';
import { liveNomineesOf, matchImportedRows } from './import-matching.ts';
import { previewWarnings } from './import-warnings.ts';
import { refreshLate } from './warning-figures.ts';
import { recordFileSubmission, sameFileSubmission } from './submissions.ts';
import { getUnit } from '../settings/units.ts';
import { ethnicGroupsForMatching } from '../settings/ethnic-groups.ts';
import { earlierEthnicChoices, rememberEthnicChoices } from './ethnic-choices.ts';

export interface ImportRequest {
  campaignId: number;
  fileName: string;
  contentBase64: string;
  unitId?: number | undefined;
  receivedOn?: string | undefined;
  corrections?: { row: number; values: RawRow }[] | undefined;
  matches?: { row: number; action: 'update' | 'create' }[] | undefined;
  ethnicChoices?: { written: string; code: string }[] | undefined;
}

/**
 * Reads the file and says, row by row, what would be imported — writing nothing: each accepted
 * row as it would be stored, the nominee it would update (and how sure that is), and the warnings
 * it would carry.
 */
export async function previewImport(ctx: ServiceContext, request: ImportRequest): Promise<ImportPreviewResult> {
  return previewOfSheet(ctx, request, await readDistrictFile(ctx, Buffer.from(request.contentBase64, 'base64')));
}

type Sheet = ReturnType<typeof import('../../sheets/read-sheet.ts').readSheet>;

/**
 * The app reads a file in a worker thread so that it keeps answering meanwhile; the command line
 * has nothing else to answer, so it reads in its own thread and saves the worker's start.
 */
async function readDistrictFile(ctx: ServiceContext, bytes: Buffer): Promise<Sheet> {
  if (ctx.platform.host === 'cli') return (await import('../../sheets/read-sheet.ts')).readSheet(bytes);
  return (await import('../../sheets/read-sheet-in-worker.ts')).readSheetInWorker(bytes);
}

/** The preview of a file already read: only database reads, so it can run inside the import's own transaction. */
function previewOfSheet(ctx: ServiceContext, request: ImportRequest, sheet: Sheet): ImportPreviewResult {
  const campaign = getCampaign(ctx, request.campaignId);
  const bytes = Buffer.from(request.contentBase64, 'base64');
  const units = campaign.quotas.map((quota) => {
    const unit = getUnit(ctx, quota.unitId);
    return { id: unit.id, name: unit.name, title: unitTitle(unit) };
  });
  const groups = ethnicGroupsForMatching(ctx);
  const chosenNow = new Map((request.ethnicChoices ?? []).map((choice) => [ethnicKey(choice.written), choice.code]));
  const earlier = earlierEthnicChoices(ctx);
  const hash = contentHash(bytes);
  try {
    const preview = interpretRows(
      sheet.rows,
      {
        units,
        groups,
        thisYear: ctx.now().getFullYear(),
        chosenUnitId: request.unitId ?? null,
        ethnicChoice: (unitId, written) => {
          const now = chosenNow.get(written);
          if (now !== undefined) return { code: now, earlier: false };
          const before = earlier.get(unitId)?.get(written);
          return before === undefined ? null : { code: before, earlier: true };
        },
      },
      new Map((request.corrections ?? []).map((correction) => [correction.row, correction.values])),
    );
    // The same file again keeps the date it was first received; a new one defaults to today.
    const earlierSubmission = preview.unitId === null ? undefined : sameFileSubmission(ctx, campaign.id, preview.unitId, hash);
    const receivedOn = request.receivedOn ?? earlierSubmission?.receivedOn ?? todayOf(ctx);
    const ethnicName = (code: string) => groups.find((group) => group.code === code)?.displayName ?? code;
    const live = liveNomineesOf(
      ctx,
      campaign.id,
      preview.accepted.map((row) => row.fields.unitId),
    );
    // Names are folded once, for matching and for the duplicate rule.
    const rows = preview.accepted.map((row) => ({ ...row, nameFolded: foldText(row.fields.name) }));
    const matched = matchImportedRows(
      ctx,
      live,
      rows,
      new Map((request.matches ?? []).map((choice) => [choice.row, choice.action])),
      ethnicName,
    );
    const warnings = previewWarnings(
      ctx,
      campaign,
      live,
      matched.map((row, index) => ({
        row: row.row,
        fields: row.fields,
        nameFolded: rows[index]?.nameFolded ?? '',
        updates: row.update && row.match ? row.match.nomineeId : null,
      })),
      receivedOn,
    );
    const accepted = preview.accepted.map((row, index) => {
      const { match, update, fields, changes } = matched[index] ?? { match: null, update: false, fields: row.fields, changes: [] };
      return { ...row, fields, match, update, changes, warnings: warnings.get(row.row) ?? [] };
    });
    return {
      ...preview,
      accepted,
      fileName: request.fileName,
      receivedOn,
      sameFileAs: earlierSubmission?.id ?? null,
      warningCounts: countWarnings(accepted),
    };
  } catch (error) {
    if (error instanceof NoHeaderError) throw new AppError('invalid_input', error.message);
    throw error;
  }
}

function countWarnings(rows: readonly { warnings: readonly { rule: string; accepted: unknown }[] }[]) {
  const counts = new Map<RuleId, number>();
  for (const row of rows) {
    for (const warning of row.warnings) {
      if (warning.accepted === null && isRuleId(warning.rule)) counts.set(warning.rule, (counts.get(warning.rule) ?? 0) + 1);
    }
  }
  return [...counts].map(([rule, count]) => ({ rule, label: RULE_LABELS[rule], count }));
}

/**
 * Imports the accepted rows in one transaction, as the preview showed them: keeps the file (by
 * content hash) as the unit's submission with its received date, updates the nominees matched
 * and adds the others, and remembers the ethnic names the office chose for the unit.
 */
export async function commitImport(ctx: ServiceContext, request: ImportRequest) {
  const bytes = Buffer.from(request.contentBase64, 'base64');
  const sheet = await readDistrictFile(ctx, bytes);
  // Matched and written in one immediate transaction: a second import of the same file at the same
  // time waits, then finds these rows and updates them instead of adding them again.
  return ctx.db
    .transaction(() => {
      const preview = previewOfSheet(ctx, request, sheet);
      // A file with no row to take is not the unit's list: nothing is kept, the card stays "chưa gửi".
      if (preview.accepted.length === 0) {
        throw new AppError(
          'invalid_input',
          `Tệp không có dòng hợp lệ nào (${preview.rejected.length} dòng bị từ chối): không nhập gì; đơn vị vẫn tính là chưa gửi danh sách.`,
        );
      }
      if (preview.unitId === null) {
        throw new AppError('invalid_input', 'Không xác định được đơn vị của tệp: hãy chọn đơn vị.');
      }
      const hash = storeAttachment(ctx, request.fileName, bytes);
      const unitId = preview.unitId ?? getCampaign(ctx, request.campaignId).quotas[0]?.unitId;
      const submissionId = recordFileSubmission(ctx, {
        campaignId: request.campaignId,
        unitId: unitId ?? 0,
        hash,
        fileName: request.fileName,
        receivedOn: preview.receivedOn,
      });
      const rows = preview.accepted.map((row) => ({ id: row.update ? row.match?.nomineeId : undefined, fields: row.fields }));
      saveNominees(ctx, request.campaignId, rows, submissionId);
      if (preview.unitId !== null) {
        // Only an answer to a real question is kept: one of the groups the name can mean.
        const groups = ethnicGroupsForMatching(ctx);
        const answers = (request.ethnicChoices ?? []).filter((choice) => {
          const match = matchEthnicity(choice.written, groups);
          return match.kind === 'ambiguous' && match.codes.includes(choice.code);
        });
        rememberEthnicChoices(ctx, preview.unitId, answers);
      }
      // The unit's first received date may be this file's: that moves the late rule of its other nominees.
      if (preview.unitId !== null) refreshLate(ctx, request.campaignId, { unitId: preview.unitId, submissionId });
      const updated = rows.filter((row) => row.id !== undefined).length;
      return {
        submissionId,
        fileName: preview.fileName,
        unitTitle: preview.unitTitle,
        accepted: preview.accepted,
        created: rows.length - updated,
        updated,
        rejected: preview.rejected.map(({ row, reason }) => ({ row, reason })),
        blankRows: preview.blankRows.length,
      };
    })
    .immediate();
}

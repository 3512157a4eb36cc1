import fs from 'node:fs';
import path from 'node:path';
import { buildAchievementReport } from '../../../shared/document/builders/achievement-report.ts';
import { buildDossierSummary, type SummaryEntry } from '../../../shared/document/builders/dossier-summary.ts';
import type { Nominee } from '../../../shared/domain/nominees.ts';
import { windowsFileName, windowsName } from '../../../shared/text/windows-names.ts';
import { prepared } from '../../db/statements.ts';
import { attachmentsFolder } from '../core/attachment-store.ts';
import type { ServiceContext } from '../core/context.ts';
import type { JobControl } from '../core/jobs.ts';
import { freeFileName } from '../core/file-names.ts';
import { paperBasics } from '../awards/award-basis.ts';
import { getEvaluation } from '../evaluation/evaluations.ts';
import { nomineeAttachments } from '../nominations/nominee-attachments.ts';
import { getNominee } from '../nominations/nominee-rows.ts';
import { reportData } from './dossier-report.ts';
import { checklistWorkbook } from './checklist-sheet.ts';

/**
 * Every nominee's dossier into a new folder: the trích ngang of all, then one folder per unit
 * holding each nominee's Báo cáo thành tích and the files kept with it. Names keep their
 * Vietnamese letters (NFC) and follow Windows' rules; nothing already there is overwritten.
 */

export interface DossierExport {
  folder: string | null;
  units: number;
  reports: number;
  attachments: number;
}

/** Live nominees that are still proposed (not withdrawn), by the plan's unit order then name. */
function dossierNominees(ctx: ServiceContext, campaignId: number): Nominee[] {
  const ids = prepared(
    ctx.db,
    `SELECT n.id FROM nominees n LEFT JOIN campaign_quotas q ON q.campaign_id = n.campaign_id AND q.unit_id = n.unit_id
      WHERE n.campaign_id = ? AND n.deleted_at IS NULL AND n.status <> 'withdrawn'
      ORDER BY coalesce(q.position, 9999), n.unit_id, n.sort_key, n.id`,
  )
    .pluck()
    .all(campaignId) as number[];
  return ids.map((id) => getNominee(ctx, id));
}

function summaryEntry(ctx: ServiceContext, nominee: Nominee): SummaryEntry {
  const where = [nominee.village, nominee.commune, nominee.district].filter((part) => part.trim()).join(', ');
  return {
    name: nominee.name,
    born: nominee.birthYear ? String(nominee.birthYear) : '',
    ethnicity: nominee.ethnicity ?? '',
    positionOrAddress: [nominee.position, where].filter(Boolean).join('; '),
    unit: nominee.unitName,
    achievement: nominee.achievementSummary.split('\n')[0]?.slice(0, 300) ?? '',
    form: getEvaluation(ctx, nominee.id).awardName ?? '',
  };
}

/** Asks where, then writes every dossier there in one go (the command line; the app runs it as a job). */
export async function exportDossiers(ctx: ServiceContext, campaignId: number): Promise<DossierExport> {
  const parent = await ctx.platform.chooseFolder?.();
  if (!parent) return { folder: null, units: 0, reports: 0, attachments: 0 };
  return writeDossiers(ctx, campaignId, parent);
}

/**
 * Writes into a new folder inside `parent`. With a job's control it reports each nominee and
 * stops when asked; a stopped or failed run removes its new folder, so nothing half-written stays.
 */
export async function writeDossiers(ctx: ServiceContext, campaignId: number, parent: string, control?: JobControl): Promise<DossierExport> {
  const nominees = dossierNominees(ctx, campaignId);
  const basics = paperBasics(ctx, campaignId);
  const folder = freeFileName(parent, windowsName(`Hồ sơ điển hình năm ${basics.year}`));
  fs.mkdirSync(folder, { recursive: true });
  try {
    return await writeInto(ctx, campaignId, folder, nominees, control);
  } catch (error) {
    fs.rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

async function writeInto(
  ctx: ServiceContext,
  campaignId: number,
  folder: string,
  nominees: Nominee[],
  control: JobControl | undefined,
): Promise<DossierExport> {
  const basics = paperBasics(ctx, campaignId);
  const { renderDocx } = await import('../../documents/docx/render-docx.ts');
  const { docxBatch } = await import('../../documents/docx/docx-batch.ts');
  const reports = docxBatch();
  control?.progress(0, nominees.length);
  const summary = buildDossierSummary({
    agency: basics.agency,
    year: basics.year,
    signer: basics.signer,
    department: basics.department,
    entries: nominees.map((nominee) => summaryEntry(ctx, nominee)),
  });
  fs.writeFileSync(path.join(folder, 'Danh sách trích ngang.docx'), await renderDocx(summary));
  fs.writeFileSync(path.join(folder, 'Danh mục hồ sơ.xlsx'), await checklistWorkbook(ctx, campaignId));
  const unitFolders = new Map<number, { folder: string; count: number }>();
  let attachments = 0;
  for (const [index, nominee] of nominees.entries()) {
    if (control && index % 20 === 0) {
      control.progress(index, nominees.length);
      await control.step();
    }
    let unit = unitFolders.get(nominee.unitId);
    if (!unit) {
      unit = { folder: freeFileName(folder, windowsName(nominee.unitName)), count: 0 };
      fs.mkdirSync(unit.folder);
      unitFolders.set(nominee.unitId, unit);
    }
    unit.count += 1;
    const prefix = `${String(unit.count).padStart(2, '0')} - ${nominee.name}`;
    const report = buildAchievementReport(reportData(ctx, nominee));
    fs.writeFileSync(freeFileName(unit.folder, windowsFileName(`${prefix} - Báo cáo thành tích`, 'docx')), await reports.render(report));
    for (const attachment of nomineeAttachments(ctx, nominee.id)) {
      const extension = path.extname(attachment.fileName).replace(/^\./u, '') || 'bin';
      const stem = path.basename(attachment.fileName, path.extname(attachment.fileName));
      fs.copyFileSync(
        path.join(attachmentsFolder(ctx), attachment.hash),
        freeFileName(unit.folder, windowsFileName(`${prefix} - ${stem}`, extension)),
      );
      attachments += 1;
    }
  }
  control?.progress(nominees.length, nominees.length);
  return { folder, units: unitFolders.size, reports: nominees.length, attachments };
}

import { DOSSIER_PAPER_LABELS, DOSSIER_PAPERS, type DossierCheck } from '../../../shared/domain/dossier-checklist.ts';
import type { ServiceContext } from '../core/context.ts';
import { paperBasics } from '../awards/award-basis.ts';
import { dossierChecklist } from './dossier-checklist.ts';

/** Danh mục hồ sơ (.xlsx): for each dossier, which papers it holds and what it still lacks. */
export async function checklistWorkbook(ctx: ServiceContext, campaignId: number): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const { addListSheet } = await import('../../sheets/list-sheet.ts');
  const basics = paperBasics(ctx, campaignId);
  const checks = dossierChecklist(ctx, campaignId);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Điển hình tiên tiến';
  addListSheet<DossierCheck>(workbook, {
    sheetName: 'Danh mục hồ sơ',
    parentBody: basics.agency.parentBody,
    agencyName: basics.agency.name,
    title: `DANH MỤC HỒ SƠ ĐIỂN HÌNH TIÊN TIẾN NĂM ${basics.year}`,
    subtitle: `${checks.length} hồ sơ; ${checks.filter((check) => check.lacks.length === 0).length} đủ giấy tờ.`,
    columns: [
      { header: 'STT', width: 5, value: (_, index) => index + 1 },
      { header: 'Tên tập thể, họ và tên', width: 30, value: (check) => check.name },
      { header: 'Đơn vị', width: 14, value: (check) => check.unitName },
      ...DOSSIER_PAPERS.map((paper) => ({
        header: DOSSIER_PAPER_LABELS[paper],
        width: 14,
        value: (check: DossierCheck) => (check.has.includes(paper) ? 'Có' : 'Thiếu'),
      })),
      { header: 'Còn thiếu', width: 36, value: (check) => check.lacks.map((paper) => DOSSIER_PAPER_LABELS[paper]).join('; ') },
    ],
    rows: checks,
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { EVALUATION_RESULT_LABELS, type EvaluationResult } from '../../../shared/domain/evaluation.ts';
import { NOMINEE_KIND_LABELS, NOMINEE_STATUS_LABELS, type NomineeKind, type NomineeStatus } from '../../../shared/domain/nominees.ts';
import { formatDateVi } from '../../../shared/format/dates.ts';
import { asciiFileName } from '../../../shared/text/normalize.ts';
import type { ListColumn } from '../../sheets/list-sheet.ts';
import { addListSheet, FONT } from '../../sheets/list-sheet.ts';
import { todayOf, type ServiceContext } from '../core/context.ts';
import { freeFileName } from '../core/file-names.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import { getAgency } from '../settings/agencies.ts';
import { prepared } from '../../db/statements.ts';
import { campaignUnits } from './awards-state.ts';

/**
 * Tổng hợp gửi đơn vị: for each unit one .xlsx with a cover sheet (the campaign, the counts and
 * the prize money) and its nominees with their status, evaluation, award and amount — sent back
 * to the district at the end of the campaign.
 */

export interface SummaryLine {
  name: string;
  kind: NomineeKind;
  ethnicity: string;
  status: NomineeStatus;
  result: EvaluationResult | null;
  award: string;
  amount: number | null;
  decision: string;
}

export function unitSummaryLines(ctx: ServiceContext, campaignId: number, unitId: number): SummaryLine[] {
  return prepared(
    ctx.db,
    `SELECT n.name, n.kind, coalesce(g.display_name, '') AS ethnicity, n.status, e.result,
            coalesce(f.name, pf.name, '') AS award, a.amount,
            coalesce(CASE WHEN d.id IS NOT NULL THEN printf('%02d/%s ngày %s', d.number, d.symbol, d.issued_on) END, '') AS decision
       FROM nominees n
       LEFT JOIN ethnic_groups g ON g.code = n.ethnic_code
       LEFT JOIN evaluations e ON e.nominee_id = n.id
       LEFT JOIN awards a ON a.nominee_id = n.id
       LEFT JOIN award_forms f ON f.id = a.award_form_id
       LEFT JOIN award_forms pf ON a.id IS NULL AND pf.id = (SELECT id FROM award_forms WHERE code = e.award_code ORDER BY valid_from DESC LIMIT 1)
       LEFT JOIN issued_documents d ON d.id = a.decision_id
      WHERE n.campaign_id = ? AND n.unit_id = ? AND n.deleted_at IS NULL
      ORDER BY n.sort_key, n.id`,
  ).all(campaignId, unitId) as SummaryLine[];
}

const dateOfDecision = (text: string) =>
  text.replace(/(\d{4})-(\d{2})-(\d{2})$/u, (_, y: string, m: string, d: string) => `${d}/${m}/${y}`);

const SUMMARY_COLUMNS: readonly ListColumn<SummaryLine>[] = [
  { header: 'STT', width: 5, value: (_, index) => index + 1 },
  { header: 'Họ và tên / Tên tập thể', width: 30, value: (line) => line.name },
  { header: 'Loại', width: 10, value: (line) => NOMINEE_KIND_LABELS[line.kind] },
  { header: 'Dân tộc', width: 10, value: (line) => line.ethnicity },
  { header: 'Trạng thái', width: 16, value: (line) => NOMINEE_STATUS_LABELS[line.status] },
  { header: 'Kết quả đánh giá', width: 12, value: (line) => (line.result ? EVALUATION_RESULT_LABELS[line.result] : 'Chưa đánh giá') },
  {
    header: 'Hình thức khen thưởng',
    width: 26,
    value: (line) => (line.amount === null && line.award ? `Đề nghị: ${line.award}` : line.award),
  },
  { header: 'Số tiền (đồng)', width: 13, value: (line) => line.amount ?? '' },
  { header: 'Quyết định', width: 24, value: (line) => dateOfDecision(line.decision) },
];

export async function buildUnitSummary(ctx: ServiceContext, campaignId: number, unit: { unitId: number; name: string }): Promise<Buffer> {
  const campaign = getCampaign(ctx, campaignId);
  const agency = getAgency(ctx, campaign.agencyId);
  const lines = unitSummaryLines(ctx, campaignId, unit.unitId);
  const awarded = lines.filter((line) => line.amount !== null);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Điển hình tiên tiến';
  const cover = workbook.addWorksheet('Tổng hợp', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  cover.getColumn(1).width = 44;
  cover.getColumn(2).width = 30;
  const coverRows: [string, string | number][] = [
    [`${agency.parentBody.toLocaleUpperCase('vi')} - ${agency.name.toLocaleUpperCase('vi')}`, ''],
    [`TỔNG HỢP KẾT QUẢ ĐIỂN HÌNH TIÊN TIẾN NĂM ${campaign.year}`, ''],
    [`Đơn vị: ${unit.name}`, ''],
    ['', ''],
    ['Số tập thể, hộ gia đình, cá nhân được đề cử', lines.filter((line) => line.status !== 'withdrawn').length],
    ['Đánh giá đạt', lines.filter((line) => line.result === 'pass').length],
    ['Được khen thưởng', awarded.length],
    ['Tổng số tiền thưởng (đồng)', awarded.reduce((sum, line) => sum + (line.amount ?? 0), 0)],
    ['Rút đề cử', lines.filter((line) => line.status === 'withdrawn').length],
    ['', ''],
    [`Lập ngày ${formatDateVi(todayOf(ctx))}. Danh sách chi tiết ở trang "Danh sách".`, ''],
  ];
  coverRows.forEach(([label, value], index) => {
    const row = cover.getRow(index + 1);
    row.getCell(1).value = label;
    row.getCell(2).value = value === '' ? null : value;
    row.getCell(1).font = { ...FONT, bold: index < 3 };
    row.getCell(2).font = FONT;
    if (typeof value === 'number') row.getCell(2).numFmt = '#,##0';
  });
  const list = addListSheet(workbook, {
    sheetName: 'Danh sách',
    parentBody: agency.parentBody,
    agencyName: agency.name,
    title: `DANH SÁCH ĐỀ CỬ VÀ KẾT QUẢ KHEN THƯỞNG - ${unit.name.toLocaleUpperCase('vi')}`,
    subtitle: `Năm ${campaign.year}: ${lines.length} tập thể, hộ gia đình, cá nhân; ${awarded.length} được khen thưởng.`,
    columns: SUMMARY_COLUMNS,
    rows: lines,
  });
  list.getColumn(8).numFmt = '#,##0';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function summaryFileName(year: number, unitName: string): string {
  return `Tong-hop-${year}-${asciiFileName(unitName) || 'don-vi'}.xlsx`;
}

/**
 * Every unit's summary into a new folder inside the one the user chose (never over an earlier
 * export: a second run gets "(2)"); names without diacritics so every Windows and mail program
 * keeps them.
 */
export async function exportSummaries(
  ctx: ServiceContext,
  campaignId: number,
  progress?: (done: number, total: number) => void,
): Promise<{ folder: string | null; files: { unitId: number; unitName: string; file: string }[] }> {
  const campaign = getCampaign(ctx, campaignId);
  const units = campaignUnits(ctx, campaignId).filter((unit) => unit.nominees > 0 || unit.awarded > 0);
  const chosen = ctx.platform.chooseFolder ? await ctx.platform.chooseFolder() : null;
  if (!chosen) return { folder: null, files: [] };
  const folder = freeFileName(chosen, `Tong-hop-don-vi-${campaign.year}`);
  fs.mkdirSync(folder, { recursive: true });
  const files: { unitId: number; unitName: string; file: string }[] = [];
  for (const unit of units) {
    const file = path.join(folder, summaryFileName(campaign.year, unit.name));
    fs.writeFileSync(file, await buildUnitSummary(ctx, campaignId, unit));
    files.push({ unitId: unit.unitId, unitName: unit.name, file });
    progress?.(files.length, units.length);
  }
  return { folder, files };
}

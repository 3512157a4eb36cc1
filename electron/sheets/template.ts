import ExcelJS from 'exceljs';
import { GENDER_CHOICES, KIND_CHOICES, TEMPLATE_COLUMNS } from '../../shared/domain/template-columns.ts';
import { formatDateVi } from '../../shared/format/dates.ts';
import { twoDigits } from '../../shared/format/numbers.ts';

export interface TemplateData {
  campaignTitle: string;
  campaignYear: number;
  unitTitle: string;
  quota: { collective: number; individual: number };
  deadline: string;
  submitTo: string;
  agencyEmail: string | null;
  ethnicNames: string[];
  achievementFields: string[];
  collectiveForms: string[];
}

/** The header row of the nominee table; rows above it hold the title and the instructions. */
export const HEADER_ROW = 8;
const FONT = { name: 'Times New Roman', size: 12 };
const LISTS_SHEET = 'DanhMuc';

/** The lists the drop-downs read: hidden from the tabs and locked, so a district cannot change them by accident. */
async function listsSheet(workbook: ExcelJS.Workbook, data: TemplateData): Promise<Record<string, string>> {
  const sheet = workbook.addWorksheet(LISTS_SHEET, { state: 'veryHidden' });
  const lists: [string, readonly string[]][] = [
    ['kind', KIND_CHOICES],
    ['gender', GENDER_CHOICES],
    ['ethnicity', data.ethnicNames],
    ['achievementField', data.achievementFields],
    ['collectiveForm', data.collectiveForms],
  ];
  const ranges: Record<string, string> = {};
  lists.forEach(([key, values], index) => {
    const column = String.fromCharCode(65 + index);
    values.forEach((value, row) => {
      sheet.getCell(`${column}${row + 1}`).value = value;
    });
    ranges[key] = `${LISTS_SHEET}!$${column}$1:$${column}$${Math.max(1, values.length)}`;
  });
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true });
  return ranges;
}

/** The .xlsx a unit fills in: title, quota, deadline, instructions, then one row per nominee. */
export async function buildTemplate(data: TemplateData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Điển hình tiên tiến';
  const sheet = workbook.addWorksheet('Danh sách đề cử', {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&CTrang &P / &N' },
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
  });
  const ranges = await listsSheet(workbook, data);
  const last = String.fromCharCode(64 + TEMPLATE_COLUMNS.length);
  const line = (row: number, text: string, options: { bold?: boolean; size?: number; italic?: boolean } = {}) => {
    sheet.mergeCells(`A${row}:${last}${row}`);
    const cell = sheet.getCell(`A${row}`);
    cell.value = text;
    cell.font = { ...FONT, bold: options.bold ?? false, italic: options.italic ?? false, size: options.size ?? 12 };
    cell.alignment = { horizontal: options.size ? 'center' : 'left', vertical: 'middle', wrapText: true };
  };
  const parts = [
    data.quota.collective > 0 ? `${twoDigits(data.quota.collective)} tập thể` : null,
    data.quota.individual > 0 ? `${twoDigits(data.quota.individual)} cá nhân` : null,
  ].filter(Boolean);
  line(1, 'DANH SÁCH TẬP THỂ, CÁ NHÂN ĐỀ CỬ ĐIỂN HÌNH TIÊN TIẾN', { bold: true, size: 14 });
  line(2, data.campaignTitle, { bold: true, size: 13 });
  line(3, `Đơn vị: ${data.unitTitle}`, { bold: true });
  line(4, `Chỉ tiêu được phân bổ: ${twoDigits(data.quota.collective + data.quota.individual)} điển hình (${parts.join(', ')}).`);
  line(
    5,
    `Hạn gửi: trước ngày ${formatDateVi(data.deadline)}, về ${data.submitTo}${data.agencyEmail ? ` (email: ${data.agencyEmail})` : ''}.`,
  );
  line(
    6,
    'Hướng dẫn: mỗi tập thể, cá nhân ghi một dòng. Chọn Loại, Giới tính, Dân tộc, Lĩnh vực trong danh sách. Năm sinh ghi 4 chữ số. Tập thể ghi Hình thức tổ chức và Người đại diện; cá nhân ghi Giới tính, Năm sinh, Dân tộc.',
    { italic: true },
  );
  sheet.getRow(6).height = 32;

  const header = sheet.getRow(HEADER_ROW);
  TEMPLATE_COLUMNS.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    sheet.getColumn(index + 1).width = column.width;
  });
  header.height = 45;

  const rows = Math.max(20, (data.quota.collective + data.quota.individual) * 3);
  const thin = { style: 'thin' as const };
  for (let r = 0; r < rows; r += 1) {
    const row = sheet.getRow(HEADER_ROW + 1 + r);
    row.getCell(1).value = r + 1;
    TEMPLATE_COLUMNS.forEach((column, index) => {
      const cell = row.getCell(index + 1);
      cell.font = FONT;
      cell.border = { top: thin, left: thin, bottom: thin, right: thin };
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: column.key === 'stt' ? 'center' : 'left' };
    });
  }
  // One validation per column range: per-cell validations come out of exceljs as overlapping
  // ranges (B9:B28 and B10:B28), which Excel offers to "repair" when the file is opened.
  const validations = (sheet as unknown as { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } })
    .dataValidations;
  const body = (index: number) => {
    const letter = String.fromCharCode(65 + index);
    return `${letter}${HEADER_ROW + 1}:${letter}${HEADER_ROW + rows}`;
  };
  TEMPLATE_COLUMNS.forEach((column, index) => {
    const range = ranges[column.key];
    if (range) {
      validations.add(body(index), {
        type: 'list',
        allowBlank: true,
        formulae: [range],
        showErrorMessage: column.key === 'kind' || column.key === 'gender',
        errorTitle: 'Giá trị không có trong danh sách',
        error: 'Hãy chọn trong danh sách.',
      });
    }
    if (column.key === 'birthYear') {
      validations.add(body(index), {
        type: 'whole',
        operator: 'between',
        allowBlank: true,
        formulae: [1900, data.campaignYear],
        showErrorMessage: true,
        error: 'Năm sinh gồm 4 chữ số.',
      });
    }
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

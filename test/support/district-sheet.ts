import ExcelJS from 'exceljs';
import { TEMPLATE_COLUMNS, type TemplateColumnKey } from '../../shared/domain/template-columns.ts';

export type SheetRow = Partial<Record<TemplateColumnKey, string | number | null>>;

/**
 * A unit's file as a district returns it: a title naming the unit, the template's header, then
 * the rows (the sheet row of rows[i] is i + 3). Returned as the import request's file fields.
 */
export async function districtSheet(unitTitle: string, rows: readonly SheetRow[], fileName = 'de-cu.xlsx') {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('DS');
  sheet.addRow([`DANH SÁCH ĐỀ CỬ - ${unitTitle}`]);
  sheet.addRow(TEMPLATE_COLUMNS.map((column) => column.header));
  rows.forEach((row, index) =>
    sheet.addRow(TEMPLATE_COLUMNS.map((column) => (column.key === 'stt' ? index + 1 : (row[column.key] ?? null)))),
  );
  return { fileName, contentBase64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') };
}

/** A person row with every field the plan asks for, filled as a careful district would. */
export function personRow(name: string, extra: SheetRow = {}): SheetRow {
  return {
    kind: 'Cá nhân',
    name,
    gender: 'Nữ',
    birthYear: 1982,
    ethnicity: 'Dao',
    position: 'Nông dân',
    district: 'Lục Ngạn',
    achievementField: 'Lao động sản xuất',
    achievementSummary: 'Trồng 5 ha quế',
    ...extra,
  };
}

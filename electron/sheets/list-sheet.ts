import ExcelJS from 'exceljs';

/** A column of a printed list: its header, Excel width (characters) and the value of a row. */
export interface ListColumn<T> {
  header: string;
  width: number;
  value: (row: T, index: number) => string | number;
}

export interface ListSheet<T> {
  sheetName: string;
  parentBody: string;
  agencyName: string;
  title: string;
  /** What the list holds: its filters and how many rows. */
  subtitle: string;
  columns: readonly ListColumn<T>[];
  rows: readonly T[];
}

export const FONT = { name: 'Times New Roman', size: 12 };
/** Points per line of 12-point text. */
export const LINE_HEIGHT = 15.5;

/** How many lines a text takes in a column of that width (about one character per width unit). */
export function wrappedLines(text: string, width: number): number {
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / Math.max(1, width * 1.1))), 0);
}

/** The header row: above it the agency, the title and the filters. */
const HEADER_ROW = 5;

/**
 * A list (nominees, congress delegates …) as an .xlsx for printing and mailing: the agency and
 * title above, the header repeated on every printed page, A4 landscape fitted to the width, text
 * wrapped in cells.
 */
export async function buildListSheet<T>(data: ListSheet<T>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Điển hình tiên tiến';
  addListSheet(workbook, data);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * How a printed list sits on paper: A4 landscape fitted to the width, its header row repeated on
 * every page and frozen on screen, page numbers in the footer.
 */
export function printedListPage(headerRow: number): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&CTrang &P / &N' },
    views: [{ state: 'frozen', ySplit: headerRow }],
  };
}

/** The list as one sheet of a workbook that holds others (a unit's summary beside its cover). */
export function addListSheet<T>(workbook: ExcelJS.Workbook, data: ListSheet<T>): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(data.sheetName, printedListPage(HEADER_ROW));
  const last = String.fromCharCode(64 + data.columns.length);
  const line = (row: number, text: string, options: { bold?: boolean; size?: number; italic?: boolean; left?: boolean } = {}) => {
    sheet.mergeCells(`A${row}:${last}${row}`);
    const cell = sheet.getCell(`A${row}`);
    cell.value = text;
    cell.font = { ...FONT, bold: options.bold ?? false, italic: options.italic ?? false, size: options.size ?? 12 };
    cell.alignment = { horizontal: options.left ? 'left' : 'center', vertical: 'middle', wrapText: true };
  };
  line(1, `${data.parentBody.toLocaleUpperCase('vi')} - ${data.agencyName.toLocaleUpperCase('vi')}`, { bold: true, left: true });
  line(2, data.title, { bold: true, size: 14 });
  line(3, data.subtitle, { italic: true });
  const header = sheet.getRow(HEADER_ROW);
  const thin = { style: 'thin' as const };
  const border = { top: thin, left: thin, bottom: thin, right: thin };
  data.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.border = border;
    sheet.getColumn(index + 1).width = column.width;
  });
  header.height = 32;
  data.rows.forEach((item, at) => {
    const row = sheet.getRow(HEADER_ROW + 1 + at);
    let lines = 1;
    data.columns.forEach((column, index) => {
      const cell = row.getCell(index + 1);
      const value = column.value(item, at);
      cell.value = value;
      cell.font = FONT;
      cell.border = border;
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: typeof value === 'number' ? 'center' : 'left' };
      lines = Math.max(lines, wrappedLines(String(value), column.width));
    });
    // Neither Excel nor LibreOffice grows a row to its wrapped text when the file is opened: the
    // height is given, or the lines of a long warning print over the next row.
    row.height = LINE_HEIGHT * lines + 2;
  });
  return sheet;
}

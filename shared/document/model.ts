/**
 * The administrative document as plain data: what a paper says, never how it is laid out.
 * One builder per document kind produces it; the Word renderer (electron/documents) and the
 * A4 preview (renderer/preview) draw it by the rules of Nghị định 30/2020 (Phụ lục I: thể thức và kỹ thuật trình bày).
 */

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/**
 * The role of a paragraph in the body; each renderer maps a role to its format.
 * - section: "I. MỤC ĐÍCH, YÊU CẦU" (Mục, bold capitals)
 * - clause: "1. Mục đích" (khoản with a title, bold)
 * - subclause: "2.1. Đối với tập thể" (bold italic)
 * - body: justified text with first-line indent (dash items start with "- ")
 * - centered: a centred line (e.g. "QUYẾT ĐỊNH:")
 */
export type ParagraphRole = 'section' | 'clause' | 'subclause' | 'body' | 'centered';

export interface Paragraph {
  kind: 'paragraph';
  role: ParagraphRole;
  runs: Run[];
}

export interface TableCell {
  runs: Run[];
  /** Columns this cell spans (merged cells). */
  colSpan?: number;
  align?: 'left' | 'center' | 'right';
}

export interface Table {
  kind: 'table';
  /** Relative column widths; renderers scale them to the text width. */
  columnWidths: number[];
  /** Rows repeated at the top of every page the table runs onto. */
  headerRows: TableCell[][];
  rows: TableCell[][];
}

/**
 * A bar chart of figures, nominated beside awarded: a picture in the Word file, drawn alike in the
 * preview (shared/charts). Its numbers are also in a table of the same document.
 */
export interface Chart {
  kind: 'chart';
  /** Read by screen readers and kept as the picture's description in Word. */
  title: string;
  rows: { label: string; nominated: number; awarded: number }[];
  /** Years run along the bottom in order; names run down the side. */
  alongYears: boolean;
}

export type Block = Paragraph | Table | Chart;

export type Orientation = 'portrait' | 'landscape';

/** Số, ký hiệu, địa danh và ngày. A draft has no number and no date yet. */
export interface DocumentHeader {
  /** Tên cơ quan chủ quản, e.g. "UBND tỉnh Bắc Giang"; printed in capitals. */
  parentBody: string;
  /** Tên cơ quan ban hành, e.g. "Ban Dân tộc"; printed in capitals, bold. */
  agency: string;
  /** The sequence number, or null on a draft. */
  number: number | null;
  /** Ký hiệu after the slash, e.g. "KH-BDT". */
  symbol: string;
  place: string;
  /** ISO date, or null on a draft. */
  date: string | null;
  /** The year printed on a draft's date line. */
  year: number;
}

export interface Signature {
  /** TM. / KT. / Q. / TL. / TUQ., or empty. */
  authority: string;
  /** The head's title ("TRƯỞNG BAN"). */
  headTitle: string;
  /** The signer's own title under KT./Q./TL. ("PHÓ TRƯỞNG BAN"), or empty. */
  signerTitle: string;
  name: string;
}

/**
 * An attached list (phụ lục, "Danh sách kèm theo Quyết định"): it starts a new page with the
 * agency block and the Quốc hiệu (no number), its title, and the reference line to the document.
 */
export interface AppendixHeading {
  /** "DANH SÁCH", printed in capitals, bold. */
  title: string;
  /** What the list holds, bold, one entry per line. */
  subtitleLines: string[];
  /** "(Kèm theo Quyết định số 07/QĐ-BDT ngày 15 tháng 11 năm 2024 của Trưởng Ban Dân tộc)", italic. */
  reference: string;
}

export interface DocumentSection {
  orientation: Orientation;
  blocks: Block[];
  /** Set on a section after the first that is an attached list. */
  appendix?: AppendixHeading;
}

export interface AdminDocument {
  /** Kind of document, for file names and the register ("plan", "award-decision" …). */
  kind: string;
  header: DocumentHeader;
  /** Tên loại, e.g. "KẾ HOẠCH"; empty on a công văn, whose trích yếu begins "V/v". */
  typeName: string;
  /** Trích yếu, one entry per line as it should break. */
  summaryLines: string[];
  /**
   * Kính gửi (Tờ trình, Báo cáo to a higher level, Công văn): one recipient on the same line, several
   * one per line. Absent on a Quyết định or Kế hoạch.
   */
  addressees?: string[];
  /** Body sections; the first follows the title, the signature follows the last block of the first. */
  sections: DocumentSection[];
  signature: Signature;
  /**
   * A second signer on the left, where Nơi nhận would be (a biên bản: the secretary beside the
   * chair). A document with one has no Nơi nhận.
   */
  counterSignature?: { title: string; name: string };
  /** Nơi nhận, without dashes and end punctuation (the renderers add "- " and ";" / "."). */
  recipients: string[];
}

/** A công văn (NĐ 30/2020, Mẫu 1.5): no tên loại, the trích yếu under the number (ô 5b). */
export function isLetter(doc: Pick<AdminDocument, 'typeName'>): boolean {
  return doc.typeName === '';
}

/** A paper a person or unit writes (a báo cáo thành tích): no agency block, the Quốc hiệu centred. */
export function hasAgencyBlock(doc: Pick<AdminDocument, 'header'>): boolean {
  return doc.header.agency !== '';
}

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

/** A heading, or a lead-in line ending with ":", must stay on the page of what follows it. */
export function keepsWithNext(block: Block): boolean {
  if (block.kind !== 'paragraph') return false;
  if (block.role !== 'body') return true;
  return block.runs
    .map((run) => run.text)
    .join('')
    .trimEnd()
    .endsWith(':');
}

export const paragraph = (role: ParagraphRole, ...runs: (Run | string)[]): Paragraph => ({
  kind: 'paragraph',
  role,
  runs: runs.map((run) => (typeof run === 'string' ? { text: run } : run)),
});

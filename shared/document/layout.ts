/**
 * Page, font and spacing of administrative documents (Nghị định 30/2020
 * Phụ lục I). Both renderers read these numbers, so the Word file and the preview agree.
 */
export const FONT_FAMILY = 'Times New Roman';

export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  marginTopMm: 20,
  marginBottomMm: 20,
  marginLeftMm: 30,
  marginRightMm: 15,
  /** Distance of the page number from the top edge, inside the top margin. */
  headerMm: 10,
} as const;

export const TEXT_WIDTH_MM = PAGE.widthMm - PAGE.marginLeftMm - PAGE.marginRightMm;

/** Font sizes in points. */
export const SIZE = {
  body: 14,
  parentBody: 13,
  agency: 13,
  quocHieu: 12,
  tieuNgu: 13,
  number: 13,
  placeDate: 14,
  typeName: 14,
  summary: 14,
  /** A công văn's "V/v …" under its number (12–13 pt, upright). */
  letterSummary: 12,
  signature: 14,
  recipientsLabel: 12,
  recipients: 11,
  pageNumber: 14,
  table: 12,
} as const;

export const BODY = {
  firstLineIndentMm: 10,
  /** Space after each paragraph (at least 6 pt). */
  spaceAfterPt: 6,
  /** Line spacing as a multiple of single (between 1 and 1.5). */
  lineSpacing: 1.15,
} as const;

/** Column widths of the borderless header table and of the signature table. */
export const HEADER_COLUMNS_MM = [65, 100] as const;
export const SIGNATURE_COLUMNS_MM = [75, 90] as const;

/** Blank lines left between the signer's title and name for the signature and seal. */
export const SIGNATURE_BLANK_LINES = 5;

import { AlignmentType, BorderStyle, LineRuleType, Paragraph, type Table } from 'docx';
import { addresseeLines, numberLine, placeDateLine, upperVi } from '../../../shared/document/header-text.ts';
import { HEADER_COLUMNS_MM, SIZE } from '../../../shared/document/layout.ts';
import { hasAgencyBlock, isLetter, QUOC_HIEU, TIEU_NGU, type AdminDocument, type AppendixHeading } from '../../../shared/document/model.ts';
import { ruleLengthMm, textWidthMm } from '../../../shared/document/metrics.ts';
import { borderlessTable, textRun } from './blocks.ts';
import { twips } from './units.ts';

/** A short solid rule of the given length, centred in a column (an empty paragraph's bottom border). */
export function rule(lengthMm: number, columnMm: number, spaceAfterPt = 0): Paragraph {
  const side = twips(Math.max(0, (columnMm - lengthMm) / 2));
  return new Paragraph({
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, space: 1, color: '000000' } },
    indent: { left: side, right: side },
    spacing: { before: 40, after: Math.round(spaceAfterPt * 20), line: 60, lineRule: LineRuleType.EXACT },
    children: [textRun({ text: '' }, 2)],
  });
}

const centered = (text: string, size: number, style: { bold?: boolean; italics?: boolean } = {}, before = 0) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    children: [textRun({ text }, size, style)],
  });

/**
 * Ô 1–4: the borderless two-column table with the agency on the left and the Quốc hiệu on the
 * right; the number and the place/date share the second row so they sit on one line (NĐ 30/2020, Phụ lục I: ô 1–4).
 */
export function headerTable(doc: AdminDocument, withNumber = true): Table {
  const [left, right] = HEADER_COLUMNS_MM;
  const agency = upperVi(doc.header.agency);
  // A công văn has no tên loại: its trích yếu ("V/v …") sits under the number (ô 5b).
  const numberRow = [
    [
      centered(numberLine(doc.header), SIZE.number, {}, 120),
      ...(isLetter(doc) ? doc.summaryLines.map((line) => centered(line, SIZE.letterSummary)) : []),
    ],
    [centered(placeDateLine(doc.header), SIZE.placeDate, { italics: true }, 120)],
  ];
  return borderlessTable(HEADER_COLUMNS_MM, [
    [
      [
        centered(upperVi(doc.header.parentBody), SIZE.parentBody),
        centered(agency, SIZE.agency, { bold: true }),
        rule(ruleLengthMm(agency, SIZE.agency), left),
      ],
      [
        centered(QUOC_HIEU, SIZE.quocHieu, { bold: true }),
        centered(TIEU_NGU, SIZE.tieuNgu, { bold: true }),
        rule(textWidthMm(TIEU_NGU, SIZE.tieuNgu, true), right),
      ],
    ],
    ...(withNumber ? [numberRow] : []),
  ]);
}

/** The head of the first page: the two-column header, or for a paper without agency the Quốc hiệu centred and the place and date. */
export function documentHead(doc: AdminDocument, textWidth: number): (Table | Paragraph)[] {
  if (hasAgencyBlock(doc)) return [headerTable(doc)];
  return [
    centered(QUOC_HIEU, SIZE.quocHieu, { bold: true }),
    centered(TIEU_NGU, SIZE.tieuNgu, { bold: true }),
    rule(textWidthMm(TIEU_NGU, SIZE.tieuNgu, true), textWidth),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { before: 120, after: 0 },
      children: [textRun({ text: placeDateLine(doc.header) }, SIZE.placeDate, { italics: true })],
    }),
  ];
}

/** Tên loại, trích yếu and the short rule under it (ô 5a). */
export function titleBlock(doc: AdminDocument, textWidth: number): Paragraph[] {
  if (isLetter(doc)) return [];
  const longest = doc.summaryLines.reduce((a, b) => (textWidthMm(b, SIZE.summary, true) > textWidthMm(a, SIZE.summary, true) ? b : a), '');
  return [
    centered(doc.typeName, SIZE.typeName, { bold: true }, 240),
    ...doc.summaryLines.map((line) => centered(line, SIZE.summary, { bold: true })),
    rule(ruleLengthMm(longest, SIZE.summary), textWidth, 6),
  ];
}

/** "Kính gửi: …" under the title (Tờ trình, Công văn): one recipient centred, several as a list. */
export function addresseeBlock(doc: AdminDocument): Paragraph[] {
  const lines = addresseeLines(doc.addressees ?? []);
  return lines.map(
    (line, index) =>
      new Paragraph({
        alignment: lines.length === 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
        indent: lines.length === 1 ? undefined : { left: twips(index === 0 ? 25 : 45) },
        spacing: { before: index === 0 ? 120 : 0, after: index === lines.length - 1 ? 120 : 0 },
        children: [textRun({ text: line }, SIZE.body)],
      }),
  );
}

/** The heading of an attached list: its title, what it holds and the reference to the decision. */
export function appendixTitle(appendix: AppendixHeading, textWidth: number): Paragraph[] {
  const longest =
    [...appendix.subtitleLines].sort((a, b) => textWidthMm(b, SIZE.summary, true) - textWidthMm(a, SIZE.summary, true))[0] ?? '';
  return [
    centered(appendix.title, SIZE.typeName, { bold: true }, 240),
    ...appendix.subtitleLines.map((line) => centered(line, SIZE.summary, { bold: true })),
    centered(appendix.reference, SIZE.summary, { italics: true }),
    rule(ruleLengthMm(longest, SIZE.summary), textWidth, 6),
  ];
}

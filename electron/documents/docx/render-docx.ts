import { AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import { FONT_FAMILY, PAGE, SIZE, TEXT_WIDTH_MM } from '../../../shared/document/layout.ts';
import type { AdminDocument, Chart, DocumentSection } from '../../../shared/document/model.ts';
import { chartPictures } from '../charts/chart-pictures.ts';
import { renderBlock } from './blocks.ts';
import { addresseeBlock, appendixTitle, documentHead, headerTable, titleBlock } from './header.ts';
import { signatureTable } from './signature.ts';
import { halfPoints, twips } from './units.ts';

/** Page numbers: Arabic, centred in the top margin, none on the first page (NĐ 30/2020, Phụ lục I, Mục I.7). */
function pageNumberHeaders() {
  return {
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(SIZE.pageNumber), font: FONT_FAMILY })],
        }),
      ],
    }),
    // An empty paragraph, not an empty header part: Word's schema wants one.
    first: new Header({ children: [new Paragraph({})] }),
  };
}

function pageProperties(orientation: DocumentSection['orientation'], restartNumbering: boolean) {
  const landscape = orientation === 'landscape';
  return {
    titlePage: true,
    page: {
      size: {
        width: twips(PAGE.widthMm),
        height: twips(PAGE.heightMm),
        orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: {
        top: twips(PAGE.marginTopMm),
        bottom: twips(PAGE.marginBottomMm),
        left: twips(PAGE.marginLeftMm),
        right: twips(PAGE.marginRightMm),
        header: twips(PAGE.headerMm),
        footer: twips(PAGE.headerMm),
      },
      // An attached list (phụ lục) is numbered on its own, from 1 (NĐ 30/2020, Phụ lục I, Mục III.1.đ).
      ...(restartNumbering ? { pageNumbers: { start: 1 } } : {}),
    },
  };
}

/** Two tables side by side are one table to Word and LibreOffice (the second's borders win): a paragraph keeps them apart. */
function gapAfterTable(section: DocumentSection): Paragraph[] {
  return section.blocks.at(-1)?.kind === 'table' ? [new Paragraph({ spacing: { before: 0, after: 0 }, children: [] })] : [];
}

/** The Word file of an administrative document, in the state format of Nghị định 30/2020 (Phụ lục I). */
export function buildDocx(doc: AdminDocument, pictures: ReadonlyMap<Chart, Buffer> = new Map()): Document {
  const sections = doc.sections.map((section, index) => {
    const width = section.orientation === 'landscape' ? PAGE.heightMm - PAGE.marginLeftMm - PAGE.marginRightMm : TEXT_WIDTH_MM;
    const last = section.blocks.length - 1;
    const body = section.blocks.map((block, at) => renderBlock(block, width, index === 0 && at === last, pictures));
    const opening = section.appendix ? [headerTable(doc, false), ...appendixTitle(section.appendix, width)] : [];
    const children =
      index === 0
        ? [
            ...documentHead(doc, width),
            ...titleBlock(doc, width),
            ...addresseeBlock(doc),
            ...body,
            ...gapAfterTable(section),
            signatureTable(doc),
          ]
        : [...opening, ...body];
    return { properties: pageProperties(section.orientation, index > 0), headers: pageNumberHeaders(), children };
  });
  return new Document({
    creator: doc.header.agency,
    title: `${doc.typeName} ${doc.summaryLines.join(' ')}`,
    styles: { default: { document: { run: { font: FONT_FAMILY, size: halfPoints(SIZE.body), color: '000000' } } } },
    sections,
  });
}

export async function renderDocx(doc: AdminDocument): Promise<Buffer> {
  return Packer.toBuffer(buildDocx(doc, await chartPictures(doc)));
}

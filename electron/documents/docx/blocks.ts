import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import { BODY, FONT_FAMILY, SIZE } from '../../../shared/document/layout.ts';
import { paperChartSize } from '../../../shared/charts/paper-chart.ts';
import {
  keepsWithNext,
  type Block,
  type Chart,
  type ParagraphRole,
  type Run,
  type Table as TableModel,
} from '../../../shared/document/model.ts';
import { halfPoints, pointsToTwips, twips } from './units.ts';

export function textRun(run: Run, sizePt: number, extra: { bold?: boolean; italics?: boolean } = {}): TextRun {
  return new TextRun({
    text: run.text,
    bold: run.bold ?? extra.bold ?? false,
    italics: run.italic ?? extra.italics ?? false,
    size: halfPoints(sizePt),
    font: FONT_FAMILY,
    color: '000000',
  });
}

const bodySpacing = {
  after: pointsToTwips(BODY.spaceAfterPt),
  line: Math.round(240 * BODY.lineSpacing),
  lineRule: LineRuleType.AUTO,
};

const ROLE_STYLE: Record<
  ParagraphRole,
  { bold: boolean; italics: boolean; align: (typeof AlignmentType)[keyof typeof AlignmentType]; indent: boolean }
> = {
  section: { bold: true, italics: false, align: AlignmentType.JUSTIFIED, indent: true },
  clause: { bold: true, italics: false, align: AlignmentType.JUSTIFIED, indent: true },
  subclause: { bold: true, italics: true, align: AlignmentType.JUSTIFIED, indent: true },
  body: { bold: false, italics: false, align: AlignmentType.JUSTIFIED, indent: true },
  centered: { bold: true, italics: false, align: AlignmentType.CENTER, indent: false },
};

/** A body paragraph: justified, 1 cm first-line indent, 6 pt after, 1.15 lines (NĐ 30/2020, Phụ lục I, Mục II.6). */
export function bodyParagraph(role: ParagraphRole, runs: Run[], keepWithNext = false): Paragraph {
  const style = ROLE_STYLE[role];
  const options: IParagraphOptions = {
    alignment: style.align,
    // Headings and lead-ins stay with the text under them; the last paragraph stays with the signature.
    keepNext: keepWithNext,
    keepLines: keepWithNext && role === 'body',
    spacing: bodySpacing,
    children: runs.map((run) => textRun(run, SIZE.body, style)),
    ...(style.indent ? { indent: { firstLine: twips(BODY.firstLineIndentMm) } } : {}),
  };
  return new Paragraph(options);
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/** A bordered table whose header rows repeat on every page (e.g. an attached list). */
export function dataTable(model: TableModel, widthMm: number): Table {
  const total = model.columnWidths.reduce((a, b) => a + b, 0);
  const columnWidths = model.columnWidths.map((w) => twips((w / total) * widthMm));
  const row = (cells: TableModel['rows'][number], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (cell) =>
          new TableCell({
            columnSpan: cell.colSpan ?? 1,
            children: [
              new Paragraph({
                alignment:
                  cell.align === 'right'
                    ? AlignmentType.RIGHT
                    : cell.align === 'center' || header
                      ? AlignmentType.CENTER
                      : AlignmentType.LEFT,
                spacing: { before: 40, after: 40 },
                children: cell.runs.map((run) => textRun(run, SIZE.table, { bold: header })),
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: twips(widthMm), type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
    rows: [...model.headerRows.map((cells) => row(cells, true)), ...model.rows.map((cells) => row(cells, false))],
  });
}

/** A chart's picture, centred on a line of its own at the size the preview draws it. */
function chartParagraph(chart: Chart, picture: Buffer | undefined, keepWithNext: boolean): Paragraph {
  if (!picture) throw new Error(`Chưa vẽ được biểu đồ "${chart.title}".`);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: keepWithNext,
    spacing: { before: pointsToTwips(BODY.spaceAfterPt), after: pointsToTwips(BODY.spaceAfterPt) },
    children: [
      new ImageRun({
        type: 'png',
        data: picture,
        transformation: paperChartSize(chart),
        altText: { name: chart.title, title: chart.title, description: chart.title },
      }),
    ],
  });
}

export function renderBlock(
  block: Block,
  textWidthMm: number,
  keepWithNext = false,
  pictures: ReadonlyMap<Chart, Buffer> = new Map(),
): Paragraph | Table {
  if (block.kind === 'paragraph') return bodyParagraph(block.role, block.runs, keepWithNext || keepsWithNext(block));
  if (block.kind === 'chart') return chartParagraph(block, pictures.get(block), keepWithNext);
  return dataTable(block, textWidthMm);
}

/** A borderless table of fixed columns in one row per entry: the header and the signature blocks. */
export function borderlessTable(
  columnsMm: readonly number[],
  rows: Paragraph[][][],
  options: { topMarginTwips?: number; cantSplit?: boolean } = {},
): Table {
  return new Table({
    width: { size: twips(columnsMm.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: columnsMm.map(twips),
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: 0, right: 0, top: options.topMarginTwips ?? 0, bottom: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: options.cantSplit ?? false,
          children: cells.map(
            (children, index) =>
              new TableCell({ width: { size: twips(columnsMm[index] ?? 0), type: WidthType.DXA }, borders: TableBorders.NONE, children }),
          ),
        }),
    ),
  });
}

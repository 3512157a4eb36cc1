import { Fragment, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { PAGE } from '../../shared/document/layout.ts';
import { keepsWithNext, type AdminDocument, type Block, type Orientation } from '../../shared/document/model.ts';
import { AddresseePart, BlockPart, HeaderPart, SignaturePart, TitlePart } from './DocumentParts.tsx';
import { ChartPart } from './ChartPart.tsx';
import { AppendixPart, TableHeadPart, TableRowPart } from './FlowParts.tsx';
import { paginate } from './paginate.ts';
import './preview.css';

const PX_PER_MM = 96 / 25.4;
const CONTENT_HEIGHT_PX: Record<Orientation, number> = {
  portrait: (PAGE.heightMm - PAGE.marginTopMm - PAGE.marginBottomMm) * PX_PER_MM,
  landscape: (PAGE.widthMm - PAGE.marginTopMm - PAGE.marginBottomMm) * PX_PER_MM,
};

interface Piece {
  key: string;
  node: ReactNode;
  keepWithNext: boolean;
  /** The key of a piece drawn again above this one when it opens a page (its table's header). */
  repeats?: string;
}

/** One section of the document: its pages share an orientation and are numbered from 1. */
interface Flow {
  orientation: Orientation;
  pieces: Piece[];
}

/** A block as pieces: a table row by row after its header, so a long list breaks between rows. */
function blockPieces(block: Block, key: string, last: boolean): Piece[] {
  if (block.kind === 'paragraph') return [{ key, node: <BlockPart block={block} />, keepWithNext: last || keepsWithNext(block) }];
  if (block.kind === 'chart') return [{ key, node: <ChartPart chart={block} />, keepWithNext: last }];
  const head = `${key}h`;
  return [
    { key: head, node: <TableHeadPart table={block} />, keepWithNext: true },
    ...block.rows.map((_, row) => ({
      key: `${key}r${row}`,
      node: <TableRowPart table={block} index={row} />,
      keepWithNext: last && row === block.rows.length - 1,
      repeats: head,
    })),
  ];
}

function flows(doc: AdminDocument): Flow[] {
  return doc.sections.map((section, index) => {
    const body = section.blocks.flatMap((block, at) =>
      blockPieces(block, `s${index}b${at}`, index === 0 && at === section.blocks.length - 1),
    );
    if (index === 0) {
      return {
        orientation: section.orientation,
        pieces: [
          { key: 'header', node: <HeaderPart doc={doc} />, keepWithNext: true },
          { key: 'title', node: <TitlePart doc={doc} />, keepWithNext: true },
          { key: 'addressees', node: <AddresseePart doc={doc} />, keepWithNext: true },
          ...body,
          { key: 'signature', node: <SignaturePart doc={doc} />, keepWithNext: false },
        ],
      };
    }
    const opening = section.appendix
      ? [{ key: `s${index}appendix`, node: <AppendixPart doc={doc} appendix={section.appendix} />, keepWithNext: true }]
      : [];
    return { orientation: section.orientation, pieces: [...opening, ...body] };
  });
}

interface Laid {
  flows: Flow[];
  /** Per flow, the piece indexes of each page. */
  pages: number[][][];
}

/**
 * The document drawn as A4 pages, as it prints: each section's flow is measured off screen at its
 * width, then cut into pages (a landscape list on landscape pages, its table header on each);
 * page numbers sit in the top margin from a section's page 2. Printing shows exactly these pages.
 */
export function DocumentPreview({
  document,
  onPaged,
  scale = 1,
}: {
  document: AdminDocument;
  onPaged?: (pages: number) => void;
  scale?: number;
}) {
  const laidOut = useMemo(() => {
    performance.mark('preview-start');
    return flows(document);
  }, [document]);
  const measure = useRef<HTMLDivElement>(null);
  const [laid, setLaid] = useState<Laid | null>(null);

  useLayoutEffect(() => {
    const containers = Array.from(measure.current?.children ?? []);
    const pages = laidOut.map((flow, at) => {
      // Layout heights, unaffected by the zoom of the pages shown on screen.
      const heights = Array.from(containers[at]?.children ?? []).map((child) => (child instanceof HTMLElement ? child.offsetHeight : 0));
      const byKey = new Map(flow.pieces.map((piece, index) => [piece.key, heights[index] ?? 0]));
      return paginate(
        flow.pieces.map((piece, index) => ({
          height: heights[index] ?? 0,
          keepWithNext: piece.keepWithNext,
          ...(piece.repeats ? { repeatHeight: byKey.get(piece.repeats) ?? 0 } : {}),
        })),
        CONTENT_HEIGHT_PX[flow.orientation],
      );
    });
    // Measuring the DOM is the only way to know the heights; the pages follow from them.
    setLaid({ flows: laidOut, pages });
    onPaged?.(pages.reduce((sum, flow) => sum + flow.length, 0));
  }, [laidOut, onPaged]);

  const current = laid?.flows === laidOut ? laid.pages : null;
  // How long building, measuring and cutting the pages took (printed by `npm run bench`).
  useEffect(() => {
    if (current) performance.measure('preview', 'preview-start');
  }, [current]);
  const total = current?.reduce((sum, flow) => sum + flow.length, 0) ?? 0;
  return (
    <>
      <div className="doc-measure-set" ref={measure} aria-hidden>
        {laidOut.map((flow, at) => (
          <div key={at} className={`doc-measure doc-measure--${flow.orientation}`}>
            {flow.pieces.map((piece) => (
              <div key={piece.key}>{piece.node}</div>
            ))}
          </div>
        ))}
      </div>
      <div className="doc-pages" data-pages={total} style={{ zoom: scale }}>
        {current?.map((pages, at) => {
          const flow = laidOut[at];
          if (!flow) return null;
          const byKey = new Map(flow.pieces.map((piece) => [piece.key, piece]));
          return (
            <Fragment key={at}>
              {pages.map((page, number) => {
                const first = flow.pieces[page[0] ?? -1];
                const repeated = first?.repeats ? byKey.get(first.repeats) : undefined;
                return (
                  <section className={`doc-page doc-page--${flow.orientation}`} key={number} aria-label={`Trang ${number + 1}`}>
                    {number > 0 && <div className="doc-page-number">{number + 1}</div>}
                    {repeated && <div key={`${repeated.key}-again`}>{repeated.node}</div>}
                    {page.map((index) => {
                      const piece = flow.pieces[index];
                      return piece ? <div key={piece.key}>{piece.node}</div> : null;
                    })}
                  </section>
                );
              })}
            </Fragment>
          );
        })}
      </div>
    </>
  );
}

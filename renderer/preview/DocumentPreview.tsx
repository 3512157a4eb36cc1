import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { PAGE } from '../../shared/document/layout.ts';
import { keepsWithNext, type AdminDocument } from '../../shared/document/model.ts';
import { AddresseePart, BlockPart, HeaderPart, SignaturePart, TitlePart } from './DocumentParts.tsx';
import { paginate } from './paginate.ts';
import './preview.css';

const PX_PER_MM = 96 / 25.4;
const CONTENT_HEIGHT_PX = (PAGE.heightMm - PAGE.marginTopMm - PAGE.marginBottomMm) * PX_PER_MM;

interface Piece {
  key: string;
  node: ReactNode;
  keepWithNext: boolean;
}

function pieces(doc: AdminDocument): Piece[] {
  const blocks = doc.sections[0]?.blocks ?? [];
  return [
    { key: 'header', node: <HeaderPart doc={doc} />, keepWithNext: true },
    { key: 'title', node: <TitlePart doc={doc} />, keepWithNext: true },
    { key: 'addressees', node: <AddresseePart doc={doc} />, keepWithNext: true },
    ...blocks.map((block, index) => ({
      key: `b${index}`,
      node: <BlockPart block={block} />,
      keepWithNext: index === blocks.length - 1 || keepsWithNext(block),
    })),
    { key: 'signature', node: <SignaturePart doc={doc} />, keepWithNext: false },
  ];
}

/**
 * The document drawn as A4 pages, as it prints: the flow is measured off screen, then cut into
 * pages; page numbers sit in the top margin from page 2. Printing shows exactly these pages.
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
  const items = useMemo(() => {
    performance.mark('preview-start');
    return pieces(document);
  }, [document]);
  const measure = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<{ items: Piece[]; pages: number[][] } | null>(null);

  useLayoutEffect(() => {
    const children = Array.from(measure.current?.children ?? []);
    // Layout heights, unaffected by the zoom of the pages shown on screen.
    const heights = children.map((child) => (child instanceof HTMLElement ? child.offsetHeight : 0));
    const layout = paginate(
      items.map((item, index) => ({ height: heights[index] ?? 0, keepWithNext: item.keepWithNext })),
      CONTENT_HEIGHT_PX,
    );
    // Measuring the DOM is the only way to know the heights; the pages follow from them.
    setPages({ items, pages: layout });
    onPaged?.(layout.length);
  }, [items, onPaged]);

  const current = pages?.items === items ? pages.pages : null;
  // How long building, measuring and cutting the pages took (printed by `npm run bench`).
  useEffect(() => {
    if (current) performance.measure('preview', 'preview-start');
  }, [current]);
  return (
    <>
      <div className="doc-measure" ref={measure} aria-hidden>
        {items.map((item) => (
          <div key={item.key}>{item.node}</div>
        ))}
      </div>
      <div className="doc-pages" data-pages={current?.length ?? 0} style={{ zoom: scale }}>
        {current?.map((page, number) => (
          <section className="doc-page" key={number} aria-label={`Trang ${number + 1}`}>
            {number > 0 && <div className="doc-page-number">{number + 1}</div>}
            {page.map((at) => {
              const item = items[at];
              return item ? <div key={item.key}>{item.node}</div> : null;
            })}
          </section>
        ))}
      </div>
    </>
  );
}

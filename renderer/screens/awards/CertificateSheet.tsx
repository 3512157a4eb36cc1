import { useRef, type PointerEvent as ReactPointerEvent } from 'react';
import {
  CERTIFICATE_FIELD_LABELS,
  CERTIFICATE_FIELDS,
  CERTIFICATE_PAPERS,
  type Certificate,
  type CertificateField,
  type CertificateLayout,
} from '../../../shared/domain/certificates.ts';
import './certificates.css';

const PX_PER_MM = 96 / 25.4;

/** Every 10 mm a line, every 50 mm its distance from the edges, for measuring the printer's shift. */
function Grid({ layout }: { layout: CertificateLayout }) {
  const { widthMm, heightMm } = CERTIFICATE_PAPERS[layout.paper];
  const marks: { key: string; left: number; top: number; text: string }[] = [];
  for (let x = 50; x < widthMm; x += 50) marks.push({ key: `x${x}`, left: x + 0.8, top: 1, text: `${x}` });
  for (let y = 50; y < heightMm; y += 50) marks.push({ key: `y${y}`, left: 1, top: y + 0.8, text: `${y}` });
  return (
    <div className="cert-grid">
      {marks.map((mark) => (
        <span key={mark.key} className="cert-grid__mark" style={{ left: `${mark.left}mm`, top: `${mark.top}mm` }}>
          {mark.text}
        </span>
      ))}
    </div>
  );
}

/**
 * One sheet at its real size in millimetres: the words of a certificate where the layout puts
 * them, or (the test page) a grid with each field's name. In editing, a field is dragged with the
 * pointer, the drag given back in millimetres.
 */
export function CertificateSheet({
  layout,
  values,
  testPage = false,
  scale = 1,
  selected,
  onSelect,
  onMove,
}: {
  layout: CertificateLayout;
  values: Certificate | null;
  testPage?: boolean;
  scale?: number;
  selected?: CertificateField;
  onSelect?: (field: CertificateField) => void;
  onMove?: (field: CertificateField, dxMm: number, dyMm: number) => void;
}) {
  const { widthMm, heightMm } = CERTIFICATE_PAPERS[layout.paper];
  const drag = useRef<{ field: CertificateField; x: number; y: number } | null>(null);
  const editing = Boolean(onMove);
  const startDrag = (field: CertificateField) => (event: ReactPointerEvent<HTMLDivElement>) => {
    if (!onMove) return;
    onSelect?.(field);
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { field, x: event.clientX, y: event.clientY };
  };
  const moveDrag = (event: ReactPointerEvent<HTMLDivElement>) => {
    const current = drag.current;
    if (!current || !onMove) return;
    const mm = PX_PER_MM * scale;
    const dx = Math.round((event.clientX - current.x) / mm);
    const dy = Math.round((event.clientY - current.y) / mm);
    if (dx === 0 && dy === 0) return;
    drag.current = { field: current.field, x: current.x + dx * mm, y: current.y + dy * mm };
    onMove(current.field, dx, dy);
  };
  return (
    <div
      className={`cert-sheet cert-sheet--${layout.paper}${editing ? ' cert-sheet--editing' : ''}`}
      style={{ width: `${widthMm}mm`, height: `${heightMm}mm`, zoom: scale }}
      aria-label={testPage ? 'Trang in thử' : (values?.name ?? 'Giấy khen')}
    >
      {testPage && <Grid layout={layout} />}
      {CERTIFICATE_FIELDS.map((field) => {
        const box = layout.fields[field];
        const text = testPage || !values ? CERTIFICATE_FIELD_LABELS[field] : values[field];
        return (
          <div
            key={field}
            className={`cert-field${selected === field ? ' cert-field--selected' : ''}`}
            data-field={field}
            style={{
              left: `${box.xMm + layout.offsetXMm}mm`,
              top: `${box.yMm + layout.offsetYMm}mm`,
              width: `${box.widthMm}mm`,
              fontSize: `${box.fontPt}pt`,
              fontWeight: box.bold ? 700 : 400,
              textAlign: box.align,
              outline: testPage && !editing ? '0.3mm solid #000' : undefined,
            }}
            onPointerDown={startDrag(field)}
            onPointerMove={moveDrag}
            onPointerUp={() => (drag.current = null)}
          >
            {editing && <span className="cert-field__label">{CERTIFICATE_FIELD_LABELS[field]}</span>}
            {text}
          </div>
        );
      })}
    </div>
  );
}

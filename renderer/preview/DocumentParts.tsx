import type { ReactNode } from 'react';
import {
  addresseeLines,
  numberLine,
  placeDateLine,
  RECIPIENTS_LABEL,
  recipientLines,
  signatureTitleLines,
  upperVi,
} from '../../shared/document/header-text.ts';
import { SIZE } from '../../shared/document/layout.ts';
import { ruleLengthMm, textWidthMm } from '../../shared/document/metrics.ts';
import {
  hasAgencyBlock,
  isLetter,
  QUOC_HIEU,
  TIEU_NGU,
  type AdminDocument,
  type Paragraph,
  type Run,
} from '../../shared/document/model.ts';

/** The same words as the Word renderer (shared/document/header-text.ts), drawn in HTML. */

export function Runs({ runs }: { runs: Run[] }) {
  return (
    <>
      {runs.map((run, index) => {
        let node: ReactNode = run.text;
        if (run.bold) node = <strong>{node}</strong>;
        if (run.italic) node = <em>{node}</em>;
        return <span key={index}>{node}</span>;
      })}
    </>
  );
}

export function HeaderPart({ doc, withNumber = true }: { doc: AdminDocument; withNumber?: boolean }) {
  const agency = upperVi(doc.header.agency);
  if (!hasAgencyBlock(doc)) {
    return (
      <div className="doc-head-centred">
        <div className="doc-header__quoc-hieu">{QUOC_HIEU}</div>
        <div className="doc-header__tieu-ngu">{TIEU_NGU}</div>
        <div className="doc-rule" style={{ width: `${textWidthMm(TIEU_NGU, SIZE.tieuNgu, true)}mm` }} />
        <div className="doc-header__date doc-head-centred__date">{placeDateLine(doc.header)}</div>
      </div>
    );
  }
  return (
    <div className="doc-header">
      <div>
        <div className="doc-header__parent">{upperVi(doc.header.parentBody)}</div>
        <div className="doc-header__agency">{agency}</div>
        <div className="doc-rule" style={{ width: `${ruleLengthMm(agency, SIZE.agency)}mm` }} />
      </div>
      <div>
        <div className="doc-header__quoc-hieu">{QUOC_HIEU}</div>
        <div className="doc-header__tieu-ngu">{TIEU_NGU}</div>
        <div className="doc-rule" style={{ width: `${textWidthMm(TIEU_NGU, SIZE.tieuNgu, true)}mm` }} />
      </div>
      {withNumber && (
        <>
          <div className="doc-header__number">
            {numberLine(doc.header)}
            {isLetter(doc) &&
              doc.summaryLines.map((line, index) => (
                <div key={index} className="doc-header__letter-summary">
                  {line}
                </div>
              ))}
          </div>
          <div className="doc-header__date">{placeDateLine(doc.header)}</div>
        </>
      )}
    </div>
  );
}

export function TitlePart({ doc }: { doc: AdminDocument }) {
  if (isLetter(doc)) return null;
  const longest = doc.summaryLines.reduce((a, b) => (textWidthMm(b, SIZE.summary, true) > textWidthMm(a, SIZE.summary, true) ? b : a), '');
  return (
    <div className="doc-title">
      <div>{doc.typeName}</div>
      {doc.summaryLines.map((line, index) => (
        <div key={index}>{line}</div>
      ))}
      <div className="doc-title__rule" style={{ width: `${ruleLengthMm(longest, SIZE.summary)}mm` }} />
    </div>
  );
}

/** "Kính gửi: …" under the title: one recipient centred, several as an indented list. */
export function AddresseePart({ doc }: { doc: AdminDocument }) {
  const lines = addresseeLines(doc.addressees ?? []);
  if (lines.length === 0) return null;
  return (
    <div className={`doc-addressees${lines.length === 1 ? ' doc-addressees--one' : ''}`}>
      {lines.map((line, index) => (
        <div key={index} className={index === 0 ? 'doc-addressees__label' : 'doc-addressees__item'}>
          {line}
        </div>
      ))}
    </div>
  );
}

export function BlockPart({ block }: { block: Paragraph }) {
  return (
    <p className={`doc-p doc-p--${block.role}`}>
      <Runs runs={block.runs} />
    </p>
  );
}

export function SignaturePart({ doc }: { doc: AdminDocument }) {
  return (
    <div className="doc-signature">
      {doc.counterSignature ? (
        <div>
          <div className="doc-signature__title">{doc.counterSignature.title}</div>
          <div className="doc-signature__name">{doc.counterSignature.name}</div>
        </div>
      ) : (
        <div>
          <div className="doc-signature__label">{RECIPIENTS_LABEL}</div>
          {recipientLines(doc.recipients).map((line, index) => (
            <div className="doc-signature__recipient" key={index}>
              {line}
            </div>
          ))}
        </div>
      )}
      <div>
        {signatureTitleLines(doc.signature).map((line, index) => (
          <div className="doc-signature__title" key={index}>
            {line}
          </div>
        ))}
        <div className="doc-signature__name">{doc.signature.name}</div>
      </div>
    </div>
  );
}

import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import type { AdminDocument } from '../../shared/document/model.ts';
import { DocumentPreview } from './DocumentPreview.tsx';

/**
 * The pages as they print, at full size, outside the app's layout: printing (and Electron's
 * "Xuất PDF") shows only this copy, whatever the screen around the preview looks like.
 */
export function PrintCopy({ document: doc }: { document: AdminDocument }) {
  useEffect(() => {
    document.body.classList.add('has-print-copy');
    return () => document.body.classList.remove('has-print-copy');
  }, []);
  return createPortal(
    <div className="print-copy" aria-hidden>
      <DocumentPreview document={doc} />
    </div>,
    document.body,
  );
}

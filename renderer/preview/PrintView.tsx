import { useCallback, useEffect } from 'react';
import { Alert, Spin } from 'antd';
import { useQuery } from '../app/useQuery.ts';
import { DocumentPreview } from './DocumentPreview.tsx';

/**
 * A document alone, without the app around it (#/print/plan/<campaign>[/<issued>]):
 * what "Xuất PDF" prints, and what the tests compare with the Word file.
 */
export function PrintView({ campaignId, issuedId }: { campaignId: number; issuedId: number | null }) {
  const query = useQuery('plans.document', issuedId ? { campaignId, issuedId } : { campaignId });
  const onPaged = useCallback((pages: number) => {
    document.body.dataset.pages = String(pages);
  }, []);
  useEffect(() => {
    document.body.classList.add('print-only');
    return () => document.body.classList.remove('print-only');
  }, []);
  if (query.error) return <Alert type="error" showIcon title={query.error} />;
  if (!query.data) return <Spin />;
  return <DocumentPreview document={query.data.document} onPaged={onPaged} />;
}

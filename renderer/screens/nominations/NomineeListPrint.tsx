import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { Alert, Button, Modal, Skeleton } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import type { MethodInput } from '../../../shared/api/contract.ts';
import { NOMINEE_LIST_COLUMNS } from '../../../shared/domain/nominee-list-columns.ts';
import type { Nominee } from '../../../shared/domain/nominees.ts';
import { call, errorMessage } from '../../app/api.ts';

type ListQuery = Omit<MethodInput<'nominees.list'>, 'limit' | 'offset'>;

/** Every nominee the filters select, a page at a time. */
async function allOf(query: ListQuery): Promise<Nominee[]> {
  const nominees: Nominee[] = [];
  for (let total = Infinity; nominees.length < total;) {
    const page = await call('nominees.list', { ...query, limit: 5_000, offset: nominees.length });
    if (page.items.length === 0) break;
    nominees.push(...page.items);
    total = page.total;
  }
  return nominees;
}

function ListTable({ title, subtitle, nominees }: { title: string; subtitle: string; nominees: Nominee[] }) {
  return (
    <div className="nominee-print">
      <div className="nominee-print__title">{title}</div>
      <div className="nominee-print__subtitle">{subtitle}</div>
      <table>
        {/* A thead is printed again at the top of every page. */}
        <thead>
          <tr>
            {NOMINEE_LIST_COLUMNS.map((column) => (
              <th key={column.header}>{column.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {nominees.map((nominee, index) => (
            <tr key={nominee.id}>
              {NOMINEE_LIST_COLUMNS.map((column) => (
                <td key={column.header}>{column.value(nominee, index)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The list as it prints (A4 landscape, the header on every page), shown first in a preview: "In"
 * prints only the copy below the app, whatever else is on screen.
 */
export function NomineeListPrint({
  query,
  title,
  subtitle,
  onClose,
}: {
  query: ListQuery;
  title: string;
  subtitle: string;
  onClose: () => void;
}) {
  const [nominees, setNominees] = useState<Nominee[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The list as filtered when the preview opened.
  const [shown] = useState(query);
  useEffect(() => {
    let live = true;
    allOf(shown)
      .then((rows) => live && setNominees(rows))
      .catch((failure: unknown) => live && setError(errorMessage(failure)));
    return () => {
      live = false;
    };
  }, [shown]);
  useEffect(() => {
    document.body.classList.add('has-print-copy');
    return () => document.body.classList.remove('has-print-copy');
  }, []);
  const full = `${subtitle}: ${nominees?.length ?? '…'} đề cử.`;
  return (
    <Modal
      open
      width={1180}
      title="Xem trước khi in danh sách"
      onCancel={onClose}
      footer={[
        <Button key="close" onClick={onClose}>
          Đóng
        </Button>,
        <Button key="print" type="primary" icon={<PrinterOutlined />} disabled={!nominees} onClick={() => window.print()}>
          In
        </Button>,
      ]}
    >
      {error && <Alert type="error" showIcon title={error} />}
      {!nominees && !error && <Skeleton active />}
      {nominees && (
        <div className="nominee-print-preview">
          <ListTable title={title} subtitle={full} nominees={nominees} />
        </div>
      )}
      {nominees &&
        createPortal(
          <div className="print-copy" aria-hidden>
            <ListTable title={title} subtitle={full} nominees={nominees} />
          </div>,
          document.body,
        )}
    </Modal>
  );
}

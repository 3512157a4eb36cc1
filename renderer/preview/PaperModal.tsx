import { Alert, Button, Modal, Skeleton, Space } from 'antd';
import { FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import type { AdminDocument } from '../../shared/document/model.ts';
import type { FormatProblem } from '../../shared/document/check.ts';
import { DocumentPreview } from './DocumentPreview.tsx';
import { PrintCopy } from './PrintCopy.tsx';

/** A paper on A4 as it will print in a dialog, its format check above; closing, printing and Word export below. */
export function PaperModal({
  title,
  paper,
  error,
  exportDisabled,
  onExport,
  onClose,
}: {
  title: string;
  paper: { document: AdminDocument; problems: FormatProblem[] } | undefined;
  error: string | null;
  exportDisabled: boolean;
  onExport: () => void;
  onClose: () => void;
}) {
  return (
    <Modal
      open
      width={900}
      title={title}
      onCancel={onClose}
      footer={
        <Space>
          <Button onClick={onClose}>Đóng</Button>
          <Button icon={<PrinterOutlined />} disabled={!paper} onClick={() => window.print()}>
            In
          </Button>
          <Button type="primary" icon={<FileWordOutlined />} disabled={exportDisabled} onClick={onExport}>
            Xuất Word
          </Button>
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={error} />}
      {paper?.problems.map((problem) => (
        <Alert
          key={problem.message}
          type={problem.level === 'error' ? 'error' : 'warning'}
          showIcon
          title={problem.message}
          style={{ marginBottom: 8 }}
        />
      ))}
      <div className="minutes-preview">{paper ? <DocumentPreview document={paper.document} scale={0.8} /> : <Skeleton active />}</div>
      {paper && <PrintCopy document={paper.document} />}
    </Modal>
  );
}

import { Alert, App, Button, Modal, Skeleton, Space } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import { call, errorMessage } from '../../app/api.ts';
import { useQuery } from '../../app/useQuery.ts';
import { DocumentPreview } from '../../preview/DocumentPreview.tsx';
import type { PaperKind } from './IssueDialog.tsx';

/** A decision or Tờ trình on A4 as it will print (issued as issued, else the draft), with its checks and Word export. */
export function PaperPreview({
  campaignId,
  kind,
  issuedId,
  onClose,
}: {
  campaignId: number;
  kind: PaperKind;
  issuedId?: number;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const input = { campaignId, ...(issuedId ? { issuedId } : {}) };
  const decision = useQuery('awards.decisionDocument', kind === 'decision' ? input : null);
  const proposal = useQuery('awards.proposalDocument', kind === 'proposal' ? input : null);
  const paper = kind === 'decision' ? decision : proposal;
  const exportWord = async () => {
    try {
      const saved = kind === 'decision' ? await call('awards.exportDecision', input) : await call('awards.exportProposal', input);
      if (saved.saved) message.success(`Đã lưu: ${saved.saved}`, 6);
    } catch (failure) {
      message.error(errorMessage(failure));
    }
  };
  return (
    <Modal
      open
      width={900}
      title={kind === 'decision' ? 'Quyết định khen thưởng' : 'Tờ trình đề nghị khen thưởng'}
      onCancel={onClose}
      footer={
        <Space>
          <Button onClick={onClose}>Đóng</Button>
          <Button type="primary" icon={<FileWordOutlined />} disabled={!paper.data} onClick={() => void exportWord()}>
            Xuất Word
          </Button>
        </Space>
      }
    >
      {paper.error && <Alert type="error" showIcon title={paper.error} />}
      {paper.data?.problems.map((problem) => (
        <Alert
          key={problem.message}
          type={problem.level === 'error' ? 'error' : 'warning'}
          showIcon
          title={problem.message}
          style={{ marginBottom: 8 }}
        />
      ))}
      <div className="minutes-preview">
        {paper.data ? <DocumentPreview document={paper.data.document} scale={0.8} /> : <Skeleton active />}
      </div>
    </Modal>
  );
}

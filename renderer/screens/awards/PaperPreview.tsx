import { App } from 'antd';
import { call, errorMessage } from '../../app/api.ts';
import { useQuery } from '../../app/useQuery.ts';
import { PaperModal } from '../../preview/PaperModal.tsx';
import type { PaperKind } from '../../components/IssueDialog.tsx';

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
    <PaperModal
      title={kind === 'decision' ? 'Quyết định khen thưởng' : 'Tờ trình đề nghị khen thưởng'}
      paper={paper.data}
      error={paper.error}
      exportDisabled={!paper.data}
      onExport={() => void exportWord()}
      onClose={onClose}
    />
  );
}

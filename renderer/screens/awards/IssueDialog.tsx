import { useState } from 'react';
import { Alert, App, Form, InputNumber, Modal } from 'antd';
import { call, errorMessage } from '../../app/api.ts';
import { DateField } from '../../components/DateField.tsx';

export type PaperKind = 'decision' | 'proposal';

const TITLES: Record<PaperKind, string> = {
  decision: 'Ban hành quyết định khen thưởng',
  proposal: 'Ban hành tờ trình đề nghị khen thưởng',
};

/**
 * Number and date of a paper to issue: the next free number suggested, the date by default the
 * expected decision date. Issuing freezes the paper, so the dialog says what will happen.
 */
export function IssueDialog({
  campaignId,
  kind,
  suggestedNumber,
  defaultDate,
  count,
  onClose,
  onIssued,
}: {
  campaignId: number;
  kind: PaperKind;
  suggestedNumber: number;
  defaultDate: string;
  count: number;
  onClose: () => void;
  onIssued: () => void;
}) {
  const { message } = App.useApp();
  const [number, setNumber] = useState<number | null>(suggestedNumber);
  const [date, setDate] = useState<string | null>(defaultDate);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const issue = async () => {
    if (!number || !date) {
      setError('Cần số và ngày văn bản.');
      return;
    }
    setBusy(true);
    try {
      if (kind === 'decision') {
        const issued = await call('awards.decide', { campaignId, number, date });
        message.success(
          `Đã ban hành Quyết định số ${String(issued.number).padStart(2, '0')}/${issued.symbol}: ${issued.count} tập thể, cá nhân.`,
          6,
        );
      } else {
        const issued = await call('awards.propose', { campaignId, number, date });
        message.success(`Đã ban hành Tờ trình số ${String(issued.number).padStart(2, '0')}/${issued.symbol}.`, 6);
        for (const warning of issued.warnings) message.warning(warning, 8);
      }
      onIssued();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={TITLES[kind]} okText="Ban hành" cancelText="Hủy" confirmLoading={busy} onOk={() => void issue()} onCancel={onClose}>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={`Văn bản gồm ${count} tập thể, cá nhân. Sau khi ban hành, văn bản được giữ nguyên; khen thêm là một văn bản bổ sung mới.`}
      />
      <Form layout="vertical" onFinish={() => void issue()}>
        <Form.Item label="Số văn bản" htmlFor="issue-number" extra={`Số tiếp theo còn trống: ${suggestedNumber}`}>
          <InputNumber
            id="issue-number"
            min={1}
            max={99999}
            value={number}
            onChange={(value) => setNumber(value)}
            onPressEnter={() => void issue()}
            autoFocus
          />
        </Form.Item>
        <Form.Item label="Ngày ban hành" htmlFor="issue-date">
          <DateField id="issue-date" ariaLabel="Ngày ban hành" allowClear={false} value={date} onChange={setDate} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}

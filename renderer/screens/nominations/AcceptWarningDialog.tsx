import { useState } from 'react';
import { Alert, App, Input, Modal } from 'antd';
import type { Nominee } from '../../../shared/domain/nominees.ts';
import { call, errorMessage } from '../../app/api.ts';

/** Accepting a warning needs a written reason; it is kept in the audit log and shown. */
export function AcceptWarningDialog({
  nominee,
  rule,
  onDone,
  onClose,
}: {
  nominee: Nominee;
  rule: string;
  onDone: () => void;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { message } = App.useApp();
  const warning = nominee.warnings.find((item) => item.rule === rule);
  const submit = async () => {
    try {
      await call('nominees.acceptWarning', { id: nominee.id, rule, reason });
      message.success('Đã ghi nhận việc chấp nhận cảnh báo.');
      onDone();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  return (
    <Modal
      open
      title={`Chấp nhận cảnh báo: ${nominee.name}`}
      okText="Chấp nhận"
      cancelText="Hủy"
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Alert type="warning" showIcon title={warning?.message ?? ''} style={{ marginBottom: 12 }} />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Input.TextArea
        aria-label="Lý do chấp nhận"
        autoFocus
        rows={3}
        placeholder="Lý do (bắt buộc), ví dụ: Hội đồng đồng ý xét vì …"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
    </Modal>
  );
}

import { useState, type ReactNode } from 'react';
import { Alert, Form, InputNumber, Modal } from 'antd';
import { errorMessage } from '../app/api.ts';
import { DateField } from './DateField.tsx';

export type PaperKind = 'decision' | 'proposal';

/**
 * Number and date of a paper to issue: the next free number suggested, the date given by the
 * caller. Issuing freezes the paper, so the dialog says what will happen; Enter issues.
 */
export function IssueDialog({
  title,
  intro,
  suggestedNumber,
  defaultDate,
  issue,
  onClose,
  onIssued,
  children,
}: {
  title: string;
  intro: string;
  suggestedNumber: number;
  defaultDate: string;
  /** Issues with the number and date; throws when refused (the reason is shown). */
  issue: (number: number, date: string) => Promise<void>;
  onClose: () => void;
  onIssued: () => void;
  /** Further fields the paper needs (a reply-by date …). */
  children?: ReactNode;
}) {
  const [number, setNumber] = useState<number | null>(suggestedNumber);
  const [date, setDate] = useState<string | null>(defaultDate);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!number || !date) {
      setError('Cần số và ngày văn bản.');
      return;
    }
    setBusy(true);
    try {
      await issue(number, date);
      onIssued();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={title} okText="Ban hành" cancelText="Hủy" confirmLoading={busy} onOk={() => void submit()} onCancel={onClose}>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={intro} />
      <Form layout="vertical" onFinish={() => void submit()}>
        <Form.Item label="Số văn bản" htmlFor="issue-number" extra={`Số tiếp theo còn trống: ${suggestedNumber}`}>
          <InputNumber
            id="issue-number"
            min={1}
            max={99999}
            value={number}
            onChange={(value) => setNumber(value)}
            onPressEnter={() => void submit()}
            autoFocus
          />
        </Form.Item>
        <Form.Item label="Ngày ban hành" htmlFor="issue-date">
          <DateField id="issue-date" ariaLabel="Ngày ban hành" allowClear={false} value={date} onChange={setDate} />
        </Form.Item>
        {children}
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}

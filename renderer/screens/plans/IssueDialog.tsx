import { useEffect, useState } from 'react';
import { Alert, App, Form, InputNumber, Modal } from 'antd';
import { formatDateVi, todayIso } from '../../../shared/format/dates.ts';
import { call, errorMessage } from '../../app/api.ts';
import { DateField } from '../../components/DateField.tsx';

/** Ban hành: the văn thư gives the number (the next free one is suggested) and the date. */
export function IssueDialog({
  campaignId,
  campaignYear,
  symbol,
  suggestedNumber,
  onIssued,
  onClose,
}: {
  campaignId: number;
  campaignYear: number;
  symbol: string;
  suggestedNumber: number;
  onIssued: (issuedId: number) => void;
  onClose: () => void;
}) {
  const [number, setNumber] = useState<number | null>(suggestedNumber);
  const [date, setDate] = useState<string | null>(todayIso());
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [numberTyped, setNumberTyped] = useState(false);
  const { message } = App.useApp();
  const year = date ? Number(date.slice(0, 4)) : null;
  // Numbers restart each year: the suggestion follows the year of the date chosen, until a number is typed.
  useEffect(() => {
    if (!date || numberTyped) return undefined;
    let live = true;
    call('plans.suggestNumber', { campaignId, date })
      .then((next) => {
        if (live) setNumber(next.number);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [campaignId, date, numberTyped]);
  const submit = async () => {
    if (!number || !date) {
      setError('Hãy nhập số và ngày ban hành.');
      return;
    }
    setSaving(true);
    try {
      const issued = await call('plans.issue', { campaignId, number, date });
      message.success(
        `Đã ban hành Kế hoạch số ${String(issued.number).padStart(2, '0')}/${issued.symbol} ngày ${formatDateVi(issued.issuedOn)}.`,
      );
      onIssued(issued.id);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title="Ban hành kế hoạch"
      okText="Ban hành"
      cancelText="Hủy"
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title="Sau khi ban hành, bản này được giữ nguyên như đã ban hành. Sửa tiếp sẽ tạo bản dự thảo mới."
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {year !== null && year !== campaignYear && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`Ngày ban hành ${formatDateVi(date)} không thuộc năm ${campaignYear} của chiến dịch: hãy kiểm tra lại ngày.`}
        />
      )}
      <Form layout="vertical" component="div">
        <Form.Item label={`Số văn bản (…/${symbol})`} required>
          <InputNumber
            aria-label="Số văn bản"
            min={1}
            max={99999}
            value={number}
            onChange={(value) => {
              setNumberTyped(true);
              setNumber(value);
            }}
            autoFocus
            addonAfter={`/${symbol}`}
          />
        </Form.Item>
        <Form.Item label="Ngày ban hành" required>
          <DateField value={date} onChange={setDate} allowClear={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

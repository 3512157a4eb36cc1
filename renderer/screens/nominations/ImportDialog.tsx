import { useState } from 'react';
import { Alert, App, Button, Modal, Space, Tabs, Tag } from 'antd';
import type { ImportPreviewResult } from '../../../shared/api/areas/nominations.ts';
import type { MethodInput } from '../../../shared/api/contract.ts';
import { call, errorMessage } from '../../app/api.ts';
import { DateField } from '../../components/DateField.tsx';
import { AcceptedRows, RejectedRows } from './ImportRows.tsx';

type RawValues = ImportPreviewResult['rejected'][number]['values'];
type Choices = { corrections: Record<number, RawValues>; matches: Record<number, 'update' | 'create'>; ethnic: Record<string, string> };
const ENCODINGS = { unicode: 'Unicode', tcvn3: 'TCVN3 (ABC)', vni: 'VNI' } as const;

/**
 * The preview of a district's file: every row accepted (as it would be stored, with the nominee
 * it updates and the warnings it would carry) or rejected (with why, and editable). The received
 * date, the answers to ambiguous ethnic names and the choice between updating and adding are
 * applied at once; typed corrections with "Áp dụng phần sửa". Nothing is stored until "Nhập".
 */
export function ImportDialog({
  campaignId,
  file,
  initial,
  onDone,
  onClose,
}: {
  campaignId: number;
  file: { fileName: string; contentBase64: string; unitId?: number };
  initial: ImportPreviewResult;
  onDone: () => void;
  onClose: () => void;
}) {
  const [preview, setPreview] = useState(initial);
  const [choices, setChoices] = useState<Choices>({ corrections: {}, matches: {}, ethnic: {} });
  const [receivedOn, setReceivedOn] = useState(initial.receivedOn);
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  const request = (next: Choices, received: string): MethodInput<'imports.preview'> => ({
    campaignId,
    ...file,
    receivedOn: received,
    corrections: Object.entries(next.corrections).map(([row, values]) => ({ row: Number(row), values })),
    matches: Object.entries(next.matches).map(([row, action]) => ({ row: Number(row), action })),
    ethnicChoices: Object.entries(next.ethnic).map(([written, code]) => ({ written, code })),
  });
  const run = async (task: () => Promise<void>) => {
    setBusy(true);
    try {
      await task();
    } catch (failure) {
      message.error(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  const reapply = (next: Choices, received = receivedOn) =>
    run(async () => {
      setPreview(await call('imports.preview', request(next, received)));
    });
  const choose = (next: Choices) => {
    setChoices(next);
    void reapply(next);
  };
  const commit = () =>
    run(async () => {
      const result = await call('imports.commit', request(choices, receivedOn));
      message.success(
        `Đã nhập ${result.created} đề cử mới, cập nhật ${result.updated}.${result.rejected.length ? ` ${result.rejected.length} dòng chưa nhập.` : ''}`,
        6,
      );
      onDone();
    });
  const updates = preview.accepted.filter((row) => row.update).length;
  const uncertain = preview.accepted.filter((row) => row.match && !row.match.certain).length;
  return (
    <Modal
      open
      width={1200}
      title={`Xem trước: ${preview.fileName}`}
      onCancel={onClose}
      footer={
        <Space>
          <Button onClick={onClose}>Hủy</Button>
          <Button onClick={() => void reapply(choices)} disabled={Object.keys(choices.corrections).length === 0} loading={busy}>
            Áp dụng phần sửa
          </Button>
          <Button type="primary" onClick={() => void commit()} disabled={preview.accepted.length === 0} loading={busy}>
            Nhập {preview.accepted.length} dòng
          </Button>
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Tag color={preview.unitTitle ? 'blue' : 'red'}>Đơn vị: {preview.unitTitle ?? 'chưa xác định'}</Tag>
        <Tag>Bảng mã: {ENCODINGS[preview.encoding]}</Tag>
        <Tag color="green">Nhận {preview.accepted.length}</Tag>
        <Tag color={preview.rejected.length ? 'red' : 'default'}>Từ chối {preview.rejected.length}</Tag>
        {updates > 0 && <Tag color="blue">{updates} dòng cập nhật đề cử đã có</Tag>}
        {preview.blankRows.length > 0 && <Tag>Dòng trống {preview.blankRows.length}</Tag>}
        <label>
          Ngày nhận{' '}
          <DateField
            id="import-received-on"
            allowClear={false}
            value={receivedOn}
            onChange={(date) => {
              if (!date) return;
              setReceivedOn(date);
              void reapply(choices, date);
            }}
          />
        </label>
      </Space>
      {preview.warningCounts.length > 0 && (
        <Space wrap style={{ marginBottom: 12 }} aria-label="Cảnh báo của tệp">
          <span>Cảnh báo khi nhập:</span>
          {preview.warningCounts.map((count) => (
            <Tag key={count.rule} color="orange">
              {count.label}: {count.count}
            </Tag>
          ))}
        </Space>
      )}
      {!preview.unitTitle && (
        <Alert type="error" showIcon title="Tệp không ghi rõ đơn vị: hãy nhập từ thẻ của đơn vị đó." style={{ marginBottom: 12 }} />
      )}
      {uncertain > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`${uncertain} dòng có thể là đề cử đã có nhưng chưa chắc: các dòng này được thêm mới, trừ khi chọn "Cập nhật" ở cột Đối chiếu.`}
        />
      )}
      <Tabs
        defaultActiveKey={preview.rejected.length > 0 ? 'rejected' : 'accepted'}
        items={[
          {
            key: 'rejected',
            label: `Dòng bị từ chối (${preview.rejected.length})`,
            children: (
              <RejectedRows
                rows={preview.rejected}
                corrections={choices.corrections}
                onEdit={(row, key, value, original) =>
                  setChoices((current) => ({
                    ...current,
                    corrections: { ...current.corrections, [row]: { ...original, ...current.corrections[row], [key]: value } },
                  }))
                }
                ethnicChoices={choices.ethnic}
                onChooseEthnic={(written, code) => choose({ ...choices, ethnic: { ...choices.ethnic, [written]: code } })}
              />
            ),
          },
          {
            key: 'accepted',
            label: `Dòng được nhận (${preview.accepted.length})`,
            children: (
              <AcceptedRows
                rows={preview.accepted}
                onChoose={(row, action) => choose({ ...choices, matches: { ...choices.matches, [row]: action } })}
              />
            ),
          },
        ]}
      />
    </Modal>
  );
}

import { useState } from 'react';
import { Alert, App, Button, Input, Modal, Space, Table, Tabs, Tag } from 'antd';
import type { ImportPreviewResult } from '../../../shared/api/areas/nominations.ts';
import { NOMINEE_KIND_LABELS } from '../../../shared/domain/nominees.ts';
import { call, errorMessage } from '../../app/api.ts';

type RawValues = ImportPreviewResult['rejected'][number]['values'];
const EDITABLE: { key: keyof RawValues; label: string; width: number }[] = [
  { key: 'name', label: 'Họ tên / Tên tập thể', width: 190 },
  { key: 'kind', label: 'Loại', width: 90 },
  { key: 'gender', label: 'Giới tính', width: 80 },
  { key: 'birthYear', label: 'Năm sinh', width: 80 },
  { key: 'ethnicity', label: 'Dân tộc', width: 100 },
];
const ENCODINGS = { unicode: 'Unicode', tcvn3: 'TCVN3 (ABC)', vni: 'VNI' } as const;

/**
 * The preview of a district's file: every row accepted (with what was normalised) or rejected
 * (with why); a rejected row can be corrected here, then the accepted rows are imported at once.
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
  const [corrections, setCorrections] = useState<Record<number, RawValues>>({});
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  const request = () => ({
    campaignId,
    ...file,
    corrections: Object.entries(corrections).map(([row, values]) => ({ row: Number(row), values })),
  });
  const reapply = async () => {
    setBusy(true);
    try {
      setPreview(await call('imports.preview', request()));
    } catch (failure) {
      message.error(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  const commit = async () => {
    setBusy(true);
    try {
      const result = await call('imports.commit', request());
      message.success(
        `Đã nhập ${result.created} đề cử mới, cập nhật ${result.updated}.${result.rejected.length ? ` ${result.rejected.length} dòng chưa nhập.` : ''}`,
        6,
      );
      onDone();
    } catch (failure) {
      message.error(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  const edit = (row: number, key: keyof RawValues, value: string, original: RawValues) =>
    setCorrections((current) => ({ ...current, [row]: { ...original, ...current[row], [key]: value } }));
  const updates = Object.keys(preview.existing).length;
  return (
    <Modal
      open
      width={1100}
      title={`Xem trước: ${preview.fileName}`}
      onCancel={onClose}
      footer={
        <Space>
          <Button onClick={onClose}>Hủy</Button>
          <Button onClick={() => void reapply()} disabled={Object.keys(corrections).length === 0} loading={busy}>
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
        {updates > 0 && <Tag color="orange">{updates} dòng cập nhật đề cử đã có</Tag>}
        {preview.blankRows.length > 0 && <Tag>Dòng trống {preview.blankRows.length}</Tag>}
      </Space>
      {!preview.unitTitle && (
        <Alert type="error" showIcon title="Tệp không ghi rõ đơn vị: hãy nhập từ thẻ của đơn vị đó." style={{ marginBottom: 12 }} />
      )}
      <Tabs
        items={[
          {
            key: 'rejected',
            label: `Dòng bị từ chối (${preview.rejected.length})`,
            children: (
              <Table
                size="small"
                rowKey="row"
                pagination={false}
                dataSource={preview.rejected}
                columns={[
                  { title: 'Dòng', dataIndex: 'row', width: 60 },
                  { title: 'Lý do', dataIndex: 'reason', width: 260 },
                  ...EDITABLE.map((column) => ({
                    title: column.label,
                    key: column.key,
                    width: column.width,
                    render: (_: unknown, row: ImportPreviewResult['rejected'][number]) => (
                      <Input
                        size="small"
                        aria-label={`${column.label} dòng ${row.row}`}
                        value={corrections[row.row]?.[column.key] ?? row.values[column.key] ?? ''}
                        onChange={(event) => edit(row.row, column.key, event.target.value, row.values)}
                      />
                    ),
                  })),
                ]}
              />
            ),
          },
          {
            key: 'accepted',
            label: `Dòng được nhận (${preview.accepted.length})`,
            children: (
              <Table
                size="small"
                rowKey="row"
                pagination={false}
                dataSource={preview.accepted}
                columns={[
                  { title: 'Dòng', dataIndex: 'row', width: 60 },
                  { title: 'Họ tên / Tên tập thể', render: (_, row) => row.fields.name },
                  { title: 'Loại', width: 90, render: (_, row) => NOMINEE_KIND_LABELS[row.fields.kind] },
                  {
                    title: '',
                    width: 90,
                    render: (_, row) =>
                      preview.existing[String(row.row)] ? <Tag color="orange">Cập nhật</Tag> : <Tag color="green">Mới</Tag>,
                  },
                  { title: 'Đã chuẩn hóa', render: (_, row) => row.notes.join('; ') },
                ]}
              />
            ),
          },
        ]}
      />
    </Modal>
  );
}

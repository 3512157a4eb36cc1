import { useState } from 'react';
import { Alert, App, Button, Modal, Select, Space, Table, Tag } from 'antd';
import type { MethodOutput } from '../../../shared/api/contract.ts';
import {
  EARLIER_AWARD_FIELD_LABELS,
  EARLIER_AWARD_FIELDS,
  type EarlierAwardMapping,
  type EarlierAwardRow,
} from '../../../shared/domain/earlier-awards.ts';
import { call, errorMessage } from '../../app/api.ts';

export type EarlierList = MethodOutput<'reports.previewEarlierList'>;
export interface EarlierFile {
  fileName: string;
  contentBase64: string;
}

/**
 * An earlier award list before it is taken: which column holds what (guessed from the headers, or
 * as the last file with the same headers was told), the rows as they will be read, and what the
 * history has already. Nothing is stored until "Nhập"; the import can be undone from its message.
 */
export function EarlierListDialog({
  file,
  first,
  onClose,
}: {
  file: EarlierFile;
  first: EarlierList;
  onClose: (changed: boolean) => void;
}) {
  const { message } = App.useApp();
  const [list, setList] = useState(first);
  const [busy, setBusy] = useState(false);
  const remap = async (mapping: EarlierAwardMapping) => {
    setBusy(true);
    try {
      setList(await call('reports.previewEarlierList', { ...file, mapping }));
    } catch (failure) {
      message.error(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  const commit = async () => {
    setBusy(true);
    try {
      const done = await call('reports.importEarlierList', { ...file, mapping: list.mapping });
      const key = `earlier-${done.importId ?? 0}`;
      const undo = async () => {
        message.destroy(key);
        if (done.importId === null) return;
        await call('reports.removeEarlierList', { importId: done.importId });
        message.info(`Đã bỏ danh sách ${done.fileName} khỏi sổ vàng.`);
      };
      message.success({
        key,
        duration: 10,
        content: (
          <Space>
            {done.added > 0 ? `Đã thêm ${done.added} dòng vào sổ vàng.` : 'Không có dòng mới: mọi dòng đã có trong sổ vàng.'}
            {done.importId !== null && (
              <Button size="small" onClick={() => void undo()}>
                Hoàn tác
              </Button>
            )}
          </Space>
        ),
      });
      onClose(true);
    } catch (failure) {
      message.error(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  const columnOptions = [
    { value: -1, label: '(không có)' },
    ...list.headers.map((header, index) => ({ value: index, label: `Cột ${index + 1}: ${header || '(trống)'}` })),
  ];
  return (
    <Modal
      open
      width={1180}
      title={`Nhập danh sách khen thưởng các năm trước: ${list.fileName}`}
      onCancel={() => onClose(false)}
      footer={
        <Space>
          <Button onClick={() => onClose(false)}>Hủy</Button>
          <Button type="primary" disabled={list.toAdd === 0} loading={busy} onClick={() => void commit()}>
            Nhập {list.toAdd} dòng
          </Button>
        </Space>
      }
    >
      {list.sameFile && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={`Tệp này đã được nhập ngày ${list.sameFile.importedAt.slice(8, 10)}/${list.sameFile.importedAt.slice(5, 7)}/${list.sameFile.importedAt.slice(0, 4)}: các dòng đã có sẽ không thêm lần nữa.`}
        />
      )}
      <div className="muted" style={{ marginBottom: 6 }}>
        {list.remembered
          ? 'Các cột như lần nhập tệp cùng mẫu trước đây.'
          : 'Các cột được đoán theo tiêu đề; hãy sửa nếu chưa đúng (chỉ cần một lần).'}
      </div>
      <div className="earlier-mapping">
        {EARLIER_AWARD_FIELDS.map((field) => (
          <label key={field}>
            <span>{EARLIER_AWARD_FIELD_LABELS[field]}</span>
            <Select
              aria-label={`Cột ${EARLIER_AWARD_FIELD_LABELS[field]}`}
              size="small"
              style={{ width: 210 }}
              value={list.mapping[field] ?? -1}
              options={columnOptions}
              disabled={busy}
              onChange={(value: number) => void remap({ ...list.mapping, [field]: value < 0 ? null : value })}
            />
          </label>
        ))}
      </div>
      <Space wrap style={{ margin: '8px 0' }}>
        <Tag color="green">Sẽ thêm {list.toAdd}</Tag>
        <Tag color={list.already ? 'blue' : 'default'}>Đã có trong sổ vàng {list.already}</Tag>
        <Tag color={list.refused ? 'red' : 'default'}>Từ chối {list.refused}</Tag>
      </Space>
      <Table<EarlierAwardRow>
        size="small"
        rowKey="row"
        dataSource={list.rows}
        pagination={{ pageSize: 8, showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          { title: 'Dòng', dataIndex: 'row', width: 56 },
          { title: 'Họ tên / Tên tập thể', dataIndex: 'name', width: 200 },
          { title: 'Năm', dataIndex: 'year', width: 64 },
          { title: 'Loại', width: 80, render: (_, row) => (row.kind === 'collective' ? 'Tập thể' : 'Cá nhân') },
          { title: 'Năm sinh', dataIndex: 'birthYear', width: 80 },
          { title: 'Đơn vị', dataIndex: 'unit', width: 150 },
          { title: 'Hình thức', dataIndex: 'award' },
          { title: 'Quyết định', dataIndex: 'decision', width: 190 },
          {
            title: 'Ghi chú',
            width: 170,
            render: (_, row) =>
              row.problem ? (
                <Tag color="red">{row.problem}</Tag>
              ) : row.already ? (
                <Tag color="blue">Đã có</Tag>
              ) : (
                <Tag color="green">Thêm</Tag>
              ),
          },
        ]}
      />
    </Modal>
  );
}

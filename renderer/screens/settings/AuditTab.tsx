import { useState } from 'react';
import { Alert, Space, Table, Tag } from 'antd';
import type { AuditEntry } from '../../../shared/domain/audit.ts';
import { useQuery } from '../../app/useQuery.ts';
import { describeChanges, ENTITY_LABELS } from './auditText.ts';
import { SearchSelect } from '../../components/SearchSelect.tsx';

const ACTIONS = {
  create: { color: 'green', text: 'Thêm' },
  update: { color: 'blue', text: 'Sửa' },
  delete: { color: 'red', text: 'Xóa' },
} as const;
const PAGE_SIZE = 20;

function when(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** Every change ever saved: when, by which Windows user, what it was before and after. */
export function AuditTab() {
  const [page, setPage] = useState(1);
  const [entity, setEntity] = useState<string | undefined>();
  const query = useQuery('audit.list', { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, ...(entity ? { entity } : {}) });
  return (
    <div>
      <Space style={{ marginBottom: 12 }}>
        <span>Loại dữ liệu</span>
        <SearchSelect
          allowClear
          placeholder="Tất cả"
          style={{ width: 240 }}
          value={entity}
          onChange={(value: string | undefined) => {
            setEntity(value);
            setPage(1);
          }}
          options={Object.entries(ENTITY_LABELS).map(([value, label]) => ({ value, label }))}
        />
      </Space>
      {query.error && <Alert type="error" showIcon title={query.error} />}
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        loading={query.loading}
        dataSource={query.data?.entries ?? []}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: query.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: 'Thời điểm', dataIndex: 'at', width: 170, render: when },
          { title: 'Người dùng', dataIndex: 'osUser', width: 130 },
          {
            title: 'Thao tác',
            dataIndex: 'action',
            width: 90,
            render: (action: AuditEntry['action']) => <Tag color={ACTIONS[action].color}>{ACTIONS[action].text}</Tag>,
          },
          {
            title: 'Dữ liệu',
            key: 'entity',
            width: 190,
            render: (_, entry) => `${ENTITY_LABELS[entry.entity] ?? entry.entity}: ${entry.subject ?? `mã ${entry.entityId}`}`,
          },
          {
            title: 'Thay đổi',
            key: 'changes',
            render: (_, entry) => (
              <ul style={{ margin: 0, paddingLeft: 16 }}>
                {describeChanges(entry).map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
            ),
          },
        ]}
      />
    </div>
  );
}

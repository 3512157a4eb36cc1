import { useState } from 'react';
import { Alert, App, Button, Space, Table, Tag } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import type { AuditQuery } from '../../../shared/domain/audit-query.ts';
import { call, errorMessage } from '../../app/api.ts';
import { DateField } from '../../components/DateField.tsx';
import type { AuditEntry } from '../../../shared/domain/audit.ts';
import { useQuery } from '../../app/useQuery.ts';
import { describeChanges, ENTITY_LABELS } from '../../../shared/format/audit-text.ts';
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

/** Every change ever saved: when, by which Windows user, what it was before and after; filtered and exported. */
export function AuditTab() {
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [filter, setFilter] = useState<AuditQuery>({});
  const [exporting, setExporting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [recordName, setRecordName] = useState('');
  const users = useQuery('audit.users', {});
  const query = useQuery('audit.list', { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, ...filter });
  const change = (next: Partial<AuditQuery>) => {
    const merged: AuditQuery = { ...filter, ...next };
    for (const key of Object.keys(merged) as (keyof AuditQuery)[]) if (merged[key] === undefined) delete merged[key];
    setFilter(merged);
    setPage(1);
  };
  const exportList = async () => {
    setExporting(true);
    setError(null);
    try {
      const result = await call('audit.export', filter);
      if (result.saved) message.success(`Đã xuất ${result.rows.toLocaleString('vi-VN')} dòng: ${result.saved}`, 6);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setExporting(false);
    }
  };
  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>Từ ngày</span>
        <DateField ariaLabel="Từ ngày" width={150} value={filter.from ?? null} onChange={(from) => change({ from: from ?? undefined })} />
        <span>đến</span>
        <DateField ariaLabel="Đến ngày" width={150} value={filter.to ?? null} onChange={(to) => change({ to: to ?? undefined })} />
        <SearchSelect
          allowClear
          aria-label="Người dùng"
          placeholder="Mọi người dùng"
          style={{ width: 180 }}
          value={filter.user}
          onChange={(user: string | undefined) => change({ user })}
          options={(users.data ?? []).map((user) => ({ value: user, label: user }))}
        />
        <SearchSelect
          allowClear
          aria-label="Loại dữ liệu"
          placeholder="Mọi loại dữ liệu"
          style={{ width: 220 }}
          value={filter.entity}
          onChange={(entity: string | undefined) => change({ entity, entityId: undefined })}
          options={Object.entries(ENTITY_LABELS).map(([value, label]) => ({ value, label }))}
        />
        {filter.entityId && (
          <Tag closable onClose={() => change({ entityId: undefined })} color="blue">
            Chỉ một bản ghi: {recordName}
          </Tag>
        )}
        <Button icon={<FileExcelOutlined />} loading={exporting} onClick={() => void exportList()}>
          Xuất Excel
        </Button>
      </Space>
      {(query.error ?? error) && <Alert type="error" showIcon title={query.error ?? error} style={{ marginBottom: 12 }} />}
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        loading={query.loading}
        dataSource={query.data?.entries ?? []}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: query.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
          showTotal: (total) => `${total.toLocaleString('vi-VN')} thay đổi`,
        }}
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
            width: 220,
            render: (_, entry) => (
              <Button
                type="link"
                size="small"
                style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
                title="Chỉ xem các thay đổi của bản ghi này"
                onClick={() => {
                  setRecordName(`${ENTITY_LABELS[entry.entity] ?? entry.entity}: ${entry.subject ?? `mã ${entry.entityId}`}`);
                  change({ entity: entry.entity, entityId: entry.entityId });
                }}
              >
                {`${ENTITY_LABELS[entry.entity] ?? entry.entity}: ${entry.subject ?? `mã ${entry.entityId}`}`}
              </Button>
            ),
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

import { useDeferredValue, useState } from 'react';
import { Alert, Input, Space, Table, Tag, Typography } from 'antd';
import type { HistoryEntry, HistoryPerson } from '../../../shared/domain/history.ts';
import { useQuery } from '../../app/useQuery.ts';

function EntryTag({ entry }: { entry: HistoryEntry }) {
  const awarded = entry.award !== null;
  return (
    <Tag color={awarded ? 'gold' : 'default'} style={{ whiteSpace: 'normal', marginBottom: 4 }}>
      <b>{entry.year}</b> · {entry.unit} · {entry.status}
      {awarded && ` — ${entry.award}${entry.decision ? ` (QĐ số ${entry.decision})` : ''}`}
    </Tag>
  );
}

/** Sổ vàng: everyone ever nominated, across campaigns, found by name typed with or without accents. */
export function HistoryTab() {
  const [search, setSearch] = useState('');
  const typed = useDeferredValue(search.trim());
  const found = useQuery('reports.history', { search: typed });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Input.Search
        allowClear
        aria-label="Tìm trong sổ vàng"
        placeholder="Gõ tên người, hộ hoặc tập thể (không dấu cũng được)"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        style={{ maxWidth: 520 }}
      />
      {found.error && <Alert type="error" showIcon title={found.error} />}
      {found.data?.more && <Alert type="info" showIcon title="Có hơn 200 kết quả: hãy gõ thêm để thu hẹp." />}
      <Table<HistoryPerson>
        size="small"
        rowKey={(person) => `${person.kind}|${person.name}|${person.birthYear ?? ''}|${person.entries[0]?.nomineeId ?? 0}`}
        loading={found.loading}
        dataSource={typed ? (found.data?.people ?? []) : []}
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
        locale={{ emptyText: typed ? 'Không có ai mang tên này trong các chiến dịch.' : 'Gõ một tên để tìm trong mọi chiến dịch.' }}
        columns={[
          {
            title: 'Họ và tên / Tên tập thể',
            key: 'name',
            width: 280,
            render: (_: unknown, person) => (
              <>
                <Typography.Text strong>{person.name}</Typography.Text>
                <div className="muted">
                  {person.kind === 'collective' ? 'Tập thể' : person.birthYear ? `Sinh năm ${person.birthYear}` : 'Chưa ghi năm sinh'}
                </div>
              </>
            ),
          },
          {
            title: 'Các năm được đề cử và kết quả',
            key: 'entries',
            render: (_: unknown, person) => person.entries.map((entry) => <EntryTag key={entry.nomineeId} entry={entry} />),
          },
        ]}
      />
    </Space>
  );
}

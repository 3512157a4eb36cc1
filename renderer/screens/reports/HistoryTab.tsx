import { useDeferredValue, useState } from 'react';
import { Alert, App, Button, Input, Space, Table, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { HISTORY_LIMIT, type HistoryEntry, type HistoryPerson } from '../../../shared/domain/history.ts';
import { useQuery } from '../../app/useQuery.ts';
import { call, errorMessage } from '../../app/api.ts';
import { fileToBase64 } from '../../components/fileToBase64.ts';
import { EarlierListDialog, type EarlierFile, type EarlierList } from './EarlierListDialog.tsx';

function EntryTag({ entry }: { entry: HistoryEntry }) {
  const awarded = entry.award !== null;
  return (
    <Tag color={awarded ? 'gold' : 'default'} style={{ whiteSpace: 'normal', marginBottom: 4 }}>
      <b>{entry.year}</b> · {entry.unit} · {entry.status}
      {entry.source === 'earlier-list' && ' (danh sách cũ)'}
      {awarded && ` — ${entry.award}${entry.decision ? ` (QĐ số ${entry.decision})` : ''}`}
    </Tag>
  );
}

/** Sổ vàng: everyone ever nominated, across campaigns, found by name typed with or without accents. */
export function HistoryTab() {
  const [search, setSearch] = useState('');
  const typed = useDeferredValue(search.trim());
  const found = useQuery('reports.history', { search: typed });
  const { message } = App.useApp();
  const [pending, setPending] = useState<{ file: EarlierFile; list: EarlierList } | null>(null);
  const open = async (picked: File) => {
    try {
      const file = { fileName: picked.name, contentBase64: await fileToBase64(picked) };
      setPending({ file, list: await call('reports.previewEarlierList', file) });
    } catch (failure) {
      message.error(`${picked.name}: ${errorMessage(failure)}`, 8);
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Input.Search
          allowClear
          aria-label="Tìm trong sổ vàng"
          placeholder="Gõ tên người, hộ hoặc tập thể (không dấu cũng được)"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          style={{ width: 520 }}
        />
        <Upload
          accept=".xlsx"
          showUploadList={false}
          beforeUpload={(picked) => {
            void open(picked);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />}>Nhập danh sách khen thưởng các năm trước…</Button>
        </Upload>
      </Space>
      {pending && (
        <EarlierListDialog
          file={pending.file}
          first={pending.list}
          onClose={(changed) => {
            setPending(null);
            if (changed) found.reload();
          }}
        />
      )}
      {found.error && <Alert type="error" showIcon title={found.error} />}
      {found.data?.more && (
        <Alert type="info" showIcon title={`Có hơn ${HISTORY_LIMIT} người mang tên này: hãy gõ thêm (họ tên đầy đủ) để thu hẹp.`} />
      )}
      <Table<HistoryPerson>
        size="small"
        rowKey={(person) => `${person.kind}|${person.name}|${person.birthYear ?? ''}`}
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
            render: (_: unknown, person) =>
              person.entries.map((entry, index) => <EntryTag key={`${entry.source}-${entry.nomineeId ?? index}`} entry={entry} />),
          },
        ]}
      />
    </Space>
  );
}

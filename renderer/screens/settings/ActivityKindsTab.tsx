import { useState } from 'react';
import { App, Button, Card, Input, Switch, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ActivityKind } from '../../../shared/domain/activities.ts';
import { call, errorMessage } from '../../app/api.ts';
import { useQuery } from '../../app/useQuery.ts';

type Draft = { code?: string; name: string; active: boolean; key: string };

function KindsEditor({ kinds, onSaved }: { kinds: readonly ActivityKind[]; onSaved: () => void }) {
  const { message } = App.useApp();
  const [rows, setRows] = useState<Draft[]>(() =>
    kinds.map((kind) => ({ code: kind.code, name: kind.name, active: kind.active, key: kind.code })),
  );
  const set = (key: string, patch: Partial<Draft>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const save = async () => {
    try {
      await call('activityKinds.save', { kinds: rows.map(({ key: _key, ...row }) => row) });
      message.success('Đã lưu các loại hoạt động bồi dưỡng.');
      onSaved();
    } catch (failure) {
      message.error(errorMessage(failure));
    }
  };
  return (
    <>
      <Table<Draft>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: 'STT', width: 50, render: (_, __, index) => index + 1 },
          {
            title: 'Tên loại hoạt động',
            render: (_, row, index) => (
              <Input
                aria-label={`Tên loại hoạt động ${index + 1}`}
                value={row.name}
                onChange={(e) => set(row.key, { name: e.target.value })}
              />
            ),
          },
          {
            title: 'Đang dùng',
            width: 110,
            render: (_, row, index) => (
              <Switch aria-label={`Đang dùng loại ${index + 1}`} checked={row.active} onChange={(active) => set(row.key, { active })} />
            ),
          },
        ]}
      />
      <div className="toolbar-line" style={{ marginTop: 8 }}>
        <Button
          icon={<PlusOutlined />}
          onClick={() => setRows((current) => [...current, { name: '', active: true, key: `new-${Date.now()}` }])}
        >
          Thêm loại
        </Button>
        <Button type="primary" onClick={() => void save()}>
          Lưu
        </Button>
      </div>
    </>
  );
}

/** The kinds of nurturing activity, as data: renamed, added, or no longer offered (a kind in use stays on its activities). */
export function ActivityKindsTab() {
  const kinds = useQuery('activityKinds.list', { includeInactive: true });
  return (
    <Card size="small" title="Loại hoạt động bồi dưỡng">
      {kinds.data && <KindsEditor key={JSON.stringify(kinds.data)} kinds={kinds.data} onSaved={kinds.reload} />}
    </Card>
  );
}

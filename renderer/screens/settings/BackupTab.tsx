import { useState } from 'react';
import { Alert, App, Button, Card, Modal, Space, Table, Tag, Typography } from 'antd';
import { CloudUploadOutlined, FolderOpenOutlined, HistoryOutlined } from '@ant-design/icons';
import { BACKUP_KIND_LABELS, type BackupEntry, type BackupState } from '../../../shared/domain/backups.ts';
import { call, errorMessage } from '../../app/api.ts';
import { useQuery } from '../../app/useQuery.ts';
import { backupTime, megabytes } from './backupText.ts';
import { RestoreDialog, type RestoreTarget } from './RestoreDialog.tsx';

const KIND_COLORS: Record<BackupEntry['kind'], string> = { automatic: 'blue', manual: 'green', 'before-restore': 'orange' };

function BackupTable({ backups, onRestore }: { backups: BackupEntry[]; onRestore: (name: string) => void }) {
  return (
    <Table<BackupEntry>
      rowKey="name"
      size="small"
      dataSource={backups}
      pagination={{ pageSize: 8, showSizeChanger: false, hideOnSinglePage: true }}
      locale={{ emptyText: 'Chưa có bản sao lưu nào trong thư mục này.' }}
      columns={[
        { title: 'Thời điểm', dataIndex: 'createdAt', width: 150, render: (value: string) => backupTime(value) },
        {
          title: 'Loại',
          dataIndex: 'kind',
          width: 170,
          render: (kind: BackupEntry['kind']) => <Tag color={KIND_COLORS[kind]}>{BACKUP_KIND_LABELS[kind]}</Tag>,
        },
        { title: 'Dung lượng', dataIndex: 'size', width: 110, align: 'right', render: megabytes },
        { title: 'Tệp', dataIndex: 'name', ellipsis: true },
        {
          title: '',
          key: 'restore',
          width: 120,
          render: (_: unknown, entry) => (
            <Button size="small" icon={<HistoryOutlined />} onClick={() => onRestore(entry.name)}>
              Khôi phục…
            </Button>
          ),
        },
      ]}
    />
  );
}

function FolderCard({ state, onChanged }: { state: BackupState; onChanged: () => void }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'backup' | 'folder' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (what: 'backup' | 'folder') => {
    setBusy(what);
    setError(null);
    try {
      if (what === 'backup') {
        const copy = await call('backups.create', { to: 'folder' });
        if (copy) message.success(`Đã sao lưu: ${copy.name}.`, 6);
      } else if (!(await call('backups.chooseFolder', {}))) return;
      onChanged();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(null);
    }
  };
  const last = state.lastAutomatic;
  return (
    <Card size="small" title="Thư mục sao lưu" style={{ marginBottom: 16 }}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph copyable={{ text: state.folder }} style={{ marginBottom: 8 }}>
        <b>{state.folder}</b> {!state.folderReachable && <Tag color="red">không truy cập được</Tag>}
      </Typography.Paragraph>
      {state.folderIsDefault && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="Bản sao đang nằm cùng ổ đĩa với dữ liệu: nếu ổ đĩa hỏng thì mất cả hai. Hãy chọn một ổ USB hoặc thư mục mạng."
        />
      )}
      <Typography.Paragraph type="secondary">
        Ứng dụng tự sao lưu khi mở và khi đóng (nếu dữ liệu có thay đổi), giữ bản mới nhất của {state.keptDaily} ngày gần nhất và của{' '}
        {state.keptWeekly} tuần gần nhất; bản “sao lưu ngay” và bản “trước khi khôi phục” được giữ đến khi xóa bằng tay. Tệp đính kèm được
        chép vào thư mục tep-dinh-kem bên cạnh.
      </Typography.Paragraph>
      {last && (
        <Typography.Paragraph>
          Lần tự động gần nhất: {backupTime(last.at)} —{' '}
          {last.ok ? (
            <Typography.Text type="success">{last.message}</Typography.Text>
          ) : (
            <Typography.Text type="danger">{last.message}</Typography.Text>
          )}
        </Typography.Paragraph>
      )}
      <Space>
        <Button type="primary" icon={<CloudUploadOutlined />} loading={busy === 'backup'} onClick={() => void run('backup')}>
          Sao lưu ngay
        </Button>
        <Button icon={<FolderOpenOutlined />} loading={busy === 'folder'} onClick={() => void run('folder')}>
          Chọn thư mục sao lưu…
        </Button>
      </Space>
    </Card>
  );
}

/** Cài đặt → Sao lưu: where the copies go, a copy now, and a restore that says first what it replaces. */
export function BackupTab() {
  const state = useQuery('backups.state', {});
  const [restoring, setRestoring] = useState<RestoreTarget | null>(null);
  const [browsed, setBrowsed] = useState<{ folder: string; backups: BackupEntry[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const browse = async () => {
    setError(null);
    try {
      const other = await call('backups.browse', {});
      if (other) setBrowsed(other);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  return (
    <div>
      {state.error && <Alert type="error" showIcon title={state.error} />}
      {state.data && <FolderCard state={state.data} onChanged={state.reload} />}
      <Card
        size="small"
        title="Các bản sao lưu"
        extra={
          <Button size="small" icon={<FolderOpenOutlined />} onClick={() => void browse()}>
            Khôi phục từ thư mục khác…
          </Button>
        }
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <BackupTable backups={state.data?.backups ?? []} onRestore={(name) => setRestoring({ name, from: 'folder' })} />
      </Card>
      {browsed && (
        <Modal open width={900} title={`Bản sao lưu trong ${browsed.folder}`} footer={null} onCancel={() => setBrowsed(null)}>
          <BackupTable
            backups={browsed.backups}
            onRestore={(name) => {
              setBrowsed(null);
              setRestoring({ name, from: 'browsed' });
            }}
          />
        </Modal>
      )}
      {restoring && (
        <RestoreDialog
          target={restoring}
          onClose={() => {
            setRestoring(null);
            state.reload();
          }}
        />
      )}
    </div>
  );
}

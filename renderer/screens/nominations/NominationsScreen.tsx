import { useState } from 'react';
import { Alert, Button, Card, Skeleton, Space, Table, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined, PlusOutlined } from '@ant-design/icons';
import type { Nominee } from '../../../shared/domain/nominees.ts';
import type { ScreenProps } from '../../app/routes.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { AcceptWarningDialog } from './AcceptWarningDialog.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import { nomineeColumns } from './nomineeColumns.tsx';
import { NomineeDialog } from './NomineeDialog.tsx';
import { listQuery, NO_FILTERS, NomineeFilters } from './NomineeFilters.tsx';
import { UnitCards } from './UnitCards.tsx';
import { useNomineeActions } from './useNomineeActions.tsx';
import { useNomineePages } from './useNomineePages.ts';

/** Đề cử: who has sent what, and the nominees with their warnings, search and filters. */
export function NominationsScreen({ campaignId }: Pick<ScreenProps, 'campaignId'>) {
  const [filters, setFilters] = useState(NO_FILTERS);
  const [editing, setEditing] = useState<Nominee | 'new' | null>(null);
  const [accepting, setAccepting] = useState<{ nominee: Nominee; rule: string } | null>(null);
  const campaign = useQuery('campaigns.get', { campaignId });
  const cards = useQuery('submissions.list', { campaignId });
  const groups = useQuery('ethnicGroups.list', {});
  const list = useNomineePages(listQuery(campaignId, filters));
  const reload = () => {
    list.reload();
    cards.reload();
  };
  const actions = useNomineeActions(campaignId, reload);
  const columns = nomineeColumns({ edit: setEditing, remove: actions.remove, accept: (nominee, rule) => setAccepting({ nominee, rule }) });
  const done = (close: () => void) => () => {
    close();
    reload();
  };

  if (campaign.error || cards.error) return <Alert type="error" showIcon title={campaign.error ?? cards.error} />;
  if (!campaign.data || !cards.data) return <Skeleton active />;

  return (
    <div>
      <Space style={{ marginBottom: 12 }} wrap>
        <Button icon={<DownloadOutlined />} onClick={() => void actions.exportAll()}>
          Tải mẫu của tất cả đơn vị
        </Button>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          Thêm đề cử
        </Button>
      </Space>
      <UnitCards campaignId={campaignId} units={cards.data} onChanged={reload} onImport={(file, id) => void actions.openFile(file, id)} />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Upload.Dragger
          accept=".xlsx"
          multiple
          showUploadList={false}
          beforeUpload={(file) => {
            void actions.openFile(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>Kéo thả tệp Excel các đơn vị gửi về vào đây, hoặc bấm để chọn tệp. Đơn vị được nhận ra từ tiêu đề tệp.</p>
        </Upload.Dragger>
      </Card>
      <Card size="small">
        <NomineeFilters
          campaign={campaign.data}
          value={filters}
          onChange={setFilters}
          total={list.total}
          loaded={list.items.length}
          loadingMore={list.loadingMore}
        />
        {list.error && <Alert type="error" showIcon title={list.error} style={{ marginBottom: 12 }} />}
        {/* Scroll events do not bubble; the capture phase sees the virtual list's own scrolling. */}
        <div
          onScrollCapture={(event) => {
            const target = event.target as HTMLElement;
            if (target.scrollTop + target.clientHeight >= target.scrollHeight - 400) list.loadMore();
          }}
        >
          <Table<Nominee>
            rowKey="id"
            size="small"
            loading={list.loading}
            dataSource={list.items}
            pagination={false}
            virtual
            scroll={{ y: 560, x: 1100 }}
            columns={columns}
          />
        </div>
      </Card>
      {editing && groups.data && (
        <NomineeDialog
          campaign={campaign.data}
          nominee={editing === 'new' ? null : editing}
          ethnicGroups={groups.data}
          onClose={() => setEditing(null)}
          onDone={done(() => setEditing(null))}
        />
      )}
      {accepting && (
        <AcceptWarningDialog
          nominee={accepting.nominee}
          rule={accepting.rule}
          onClose={() => setAccepting(null)}
          onDone={done(() => setAccepting(null))}
        />
      )}
      {actions.pending && (
        <ImportDialog
          campaignId={campaignId}
          file={actions.pending.file}
          initial={actions.pending.preview}
          onClose={actions.closeImport}
          onDone={done(actions.closeImport)}
        />
      )}
    </div>
  );
}

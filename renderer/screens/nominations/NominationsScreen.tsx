import { useState } from 'react';
import { Alert, Card, Skeleton, Table, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { describeListFilters } from '../../../shared/domain/nominee-list-columns.ts';
import { nomineeFields, type Nominee } from '../../../shared/domain/nominees.ts';
import { call } from '../../app/api.ts';
import type { ScreenProps } from '../../app/routes.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { AcceptWarningDialog } from './AcceptWarningDialog.tsx';
import { DeletedNominees } from './DeletedNominees.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import { NOMINEE_TABLE_WIDTH, nomineeColumns } from './nomineeColumns.tsx';
import { NomineeDialog } from './NomineeDialog.tsx';
import { AchievementDialog } from '../dossiers/AchievementDialog.tsx';
import { listQuery, NO_FILTERS, NomineeFilters } from './NomineeFilters.tsx';
import { NomineeListPrint } from './NomineeListPrint.tsx';
import { NominationsToolbar } from './NominationsToolbar.tsx';
import { UnitCards } from './UnitCards.tsx';
import { useNomineeActions } from './useNomineeActions.tsx';
import { useNomineePages } from './useNomineePages.ts';
import { useStatusMove } from './useStatusMove.tsx';
import { useUndo } from './useUndo.ts';
import { useWindowHeight } from './useWindowHeight.ts';

/** Đề cử: who has sent what, and the nominees with their warnings, search and filters. */
export function NominationsScreen({ campaignId }: Pick<ScreenProps, 'campaignId'>) {
  const [filters, setFilters] = useState(NO_FILTERS);
  const [editing, setEditing] = useState<Nominee | 'new' | null>(null);
  const [reporting, setReporting] = useState<Nominee | null>(null);
  const [accepting, setAccepting] = useState<{ nominee: Nominee; rule: string } | null>(null);
  const [showDeleted, setShowDeleted] = useState(false);
  const [printing, setPrinting] = useState(false);
  const campaign = useQuery('campaigns.get', { campaignId });
  const cards = useQuery('submissions.list', { campaignId });
  const groups = useQuery('ethnicGroups.list', {});
  const deleted = useQuery('nominees.deleted', { campaignId });
  const query = listQuery(campaignId, filters);
  const list = useNomineePages(query);
  const reload = () => {
    list.reload();
    cards.reload();
    deleted.reload();
  };
  const undo = useUndo(reload);
  const actions = useNomineeActions(campaignId, reload, undo.remember);
  const move = useStatusMove(reload);
  const columns = nomineeColumns({
    edit: setEditing,
    report: setReporting,
    remove: actions.remove,
    accept: (nominee, rule) => setAccepting({ nominee, rule }),
    move,
  });
  // The list fills the window below the filters; at 768 px high it still shows about eight rows.
  const tableHeight = Math.max(320, useWindowHeight() - 300);
  const done = (close: () => void) => () => {
    close();
    reload();
  };

  if (campaign.error || cards.error) return <Alert type="error" showIcon title={campaign.error ?? cards.error} />;
  if (!campaign.data || !cards.data) return <Skeleton active />;
  const unitTitle = campaign.data.quotas.find((quota) => quota.unitId === filters.unitId)?.unitTitle ?? null;

  return (
    <div>
      <NominationsToolbar
        deletedCount={deleted.data?.length ?? 0}
        lastAction={undo.last}
        onExportTemplates={() => void actions.exportAll()}
        onAdd={() => setEditing('new')}
        onExportList={() => void actions.exportList(query)}
        onPrintList={() => setPrinting(true)}
        onShowDeleted={() => setShowDeleted(true)}
        onUndo={() => void undo.undoLast()}
      />
      <UnitCards campaignId={campaignId} units={cards.data} onChanged={reload} onImport={(file, id) => void actions.openFile(file, id)} />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Upload.Dragger
          accept=".xlsx"
          multiple
          showUploadList={false}
          className="compact-dragger"
          beforeUpload={(file) => {
            void actions.openFile(file);
            return false;
          }}
        >
          <InboxOutlined /> Kéo thả tệp Excel các đơn vị gửi về vào đây, hoặc bấm để chọn tệp. Đơn vị được nhận ra từ tiêu đề tệp.
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
            scroll={{ y: tableHeight, x: NOMINEE_TABLE_WIDTH }}
            columns={columns}
          />
        </div>
      </Card>
      {reporting && (
        <AchievementDialog
          nominee={reporting}
          onClose={() => {
            setReporting(null);
            reload();
          }}
        />
      )}
      {editing && groups.data && (
        <NomineeDialog
          campaign={campaign.data}
          nominee={editing === 'new' ? null : editing}
          ethnicGroups={groups.data}
          onClose={() => setEditing(null)}
          onDone={(saved, before) => {
            undo.remember(
              before
                ? {
                    label: `sửa ${before.name}`,
                    undo: async () => {
                      await call('nominees.save', { campaignId, id: before.id, fields: nomineeFields(before) });
                    },
                  }
                : {
                    label: `thêm ${saved.name}`,
                    undo: async () => {
                      await call('nominees.delete', { id: saved.id });
                    },
                  },
            );
            setEditing(null);
            reload();
          }}
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
      {showDeleted && (
        <DeletedNominees
          items={deleted.data ?? []}
          onRestore={(nominee) => void actions.restore(nominee)}
          onClose={() => setShowDeleted(false)}
        />
      )}
      {printing && (
        <NomineeListPrint
          query={query}
          title={`DANH SÁCH ĐỀ CỬ ĐIỂN HÌNH TIÊN TIẾN NĂM ${campaign.data.year}`}
          subtitle={describeListFilters({ ...filters, unitTitle })}
          onClose={() => setPrinting(false)}
        />
      )}
    </div>
  );
}

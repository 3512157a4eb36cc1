import { useState } from 'react';
import { Alert, App, Button, Card, Input, Select, Skeleton, Space, Switch, Table, Tag, Tooltip, Upload } from 'antd';
import { CheckOutlined, DeleteOutlined, DownloadOutlined, EditOutlined, InboxOutlined, PlusOutlined } from '@ant-design/icons';
import type { ImportPreviewResult } from '../../../shared/api/areas/nominations.ts';
import type { Nominee } from '../../../shared/domain/nominees.ts';
import {
  NOMINEE_KIND_LABELS,
  NOMINEE_STATUS_LABELS,
  NOMINEE_STATUSES,
  type NomineeKind,
  type NomineeStatus,
} from '../../../shared/domain/nominees.ts';
import { call, errorMessage } from '../../app/api.ts';
import { useQuery } from '../../app/useQuery.ts';
import { AcceptWarningDialog } from './AcceptWarningDialog.tsx';
import { fileToBase64 } from './fileToBase64.ts';
import { ImportDialog } from './ImportDialog.tsx';
import { NomineeDialog } from './NomineeDialog.tsx';
import { UnitCards } from './UnitCards.tsx';
import { useNomineePages } from './useNomineePages.ts';
import type { ScreenProps } from '../../app/routes.tsx';

interface PendingImport {
  file: { fileName: string; contentBase64: string; unitId?: number };
  preview: ImportPreviewResult;
}

/** Đề cử: who has sent what, and the nominees with their warnings, search and filters. */
export function NominationsScreen({ campaignId }: Pick<ScreenProps, 'campaignId'>) {
  const [search, setSearch] = useState('');
  const [unitId, setUnitId] = useState<number | undefined>();
  const [kind, setKind] = useState<NomineeKind | undefined>();
  const [status, setStatus] = useState<NomineeStatus | undefined>();
  const [withWarnings, setWithWarnings] = useState(false);
  const [sort, setSort] = useState<'name' | 'unit'>('unit');
  const [editing, setEditing] = useState<Nominee | 'new' | null>(null);
  const [accepting, setAccepting] = useState<{ nominee: Nominee; rule: string } | null>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const { message, modal } = App.useApp();
  const campaign = useQuery('campaigns.get', { campaignId });
  const cards = useQuery('submissions.list', { campaignId });
  const groups = useQuery('ethnicGroups.list', {});
  const list = useNomineePages({
    campaignId,
    sort,
    ...(search.trim() ? { search } : {}),
    ...(unitId ? { unitId } : {}),
    ...(kind ? { kind } : {}),
    ...(status ? { status } : {}),
    ...(withWarnings ? { withWarnings } : {}),
  });
  const reload = () => {
    list.reload();
    cards.reload();
  };

  const openFile = async (file: File, forUnit?: number) => {
    try {
      const request = { fileName: file.name, contentBase64: await fileToBase64(file), ...(forUnit ? { unitId: forUnit } : {}) };
      const preview = await call('imports.preview', { campaignId, ...request });
      setPending({ file: request, preview });
    } catch (failure) {
      message.error(`${file.name}: ${errorMessage(failure)}`, 8);
    }
  };
  const remove = (nominee: Nominee) =>
    modal.confirm({
      title: `Xóa ${nominee.name} khỏi danh sách đề cử?`,
      okText: 'Xóa',
      okButtonProps: { danger: true },
      cancelText: 'Không',
      onOk: async () => {
        await call('nominees.delete', { id: nominee.id });
        reload();
        const key = `undo-${nominee.id}`;
        message.open({
          key,
          type: 'success',
          duration: 8,
          content: (
            <span>
              Đã xóa {nominee.name}.{' '}
              <Button
                size="small"
                type="link"
                onClick={async () => {
                  await call('nominees.restore', { id: nominee.id });
                  message.destroy(key);
                  reload();
                }}
              >
                Hoàn tác
              </Button>
            </span>
          ),
        });
      },
    });
  const exportAll = async () => {
    try {
      const result = await call('templates.exportAll', { campaignId });
      if (result.folder) message.success(`Đã lưu ${result.files.length} mẫu vào ${result.folder}`, 6);
    } catch (failure) {
      message.error(errorMessage(failure));
    }
  };

  if (campaign.error || cards.error) return <Alert type="error" showIcon title={campaign.error ?? cards.error} />;
  if (!campaign.data || !cards.data) return <Skeleton active />;
  const rows = list.items;
  const total = list.total;

  return (
    <div>
      <Space style={{ marginBottom: 12 }} wrap>
        <Button icon={<DownloadOutlined />} onClick={() => void exportAll()}>
          Tải mẫu của tất cả đơn vị
        </Button>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          Thêm đề cử
        </Button>
      </Space>
      <UnitCards campaignId={campaignId} units={cards.data} onChanged={reload} onImport={(file, id) => void openFile(file, id)} />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Upload.Dragger
          accept=".xlsx"
          multiple
          showUploadList={false}
          beforeUpload={(file) => {
            void openFile(file);
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
        <Space wrap style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear
            placeholder="Tìm theo tên (gõ không dấu cũng được)"
            style={{ width: 300 }}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            aria-label="Tìm đề cử"
          />
          <Select
            allowClear
            placeholder="Đơn vị"
            style={{ width: 200 }}
            value={unitId}
            onChange={setUnitId}
            options={campaign.data.quotas.map((q) => ({ value: q.unitId, label: q.unitTitle }))}
          />
          <Select
            allowClear
            placeholder="Loại"
            style={{ width: 120 }}
            value={kind}
            onChange={setKind}
            options={[
              { value: 'collective', label: 'Tập thể' },
              { value: 'individual', label: 'Cá nhân' },
            ]}
          />
          <Select
            allowClear
            placeholder="Trạng thái"
            aria-label="Trạng thái"
            style={{ width: 180 }}
            value={status}
            onChange={setStatus}
            options={NOMINEE_STATUSES.map((value) => ({ value, label: NOMINEE_STATUS_LABELS[value] }))}
          />
          <Select
            style={{ width: 190 }}
            value={sort}
            onChange={setSort}
            options={[
              { value: 'unit', label: 'Sắp theo đơn vị' },
              { value: 'name', label: 'Sắp theo tên' },
            ]}
          />
          <label style={{ display: 'inline-flex', gap: 8, alignItems: 'center', whiteSpace: 'nowrap' }}>
            <Switch checked={withWarnings} onChange={setWithWarnings} />
            Chỉ đề cử còn cảnh báo
          </label>
          <Tag>{total.toLocaleString('vi-VN')} đề cử</Tag>
          {total > rows.length && (
            <Tag>{list.loadingMore ? 'Đang tải thêm…' : `Đã tải ${rows.length.toLocaleString('vi-VN')}: cuộn xuống để xem tiếp`}</Tag>
          )}
        </Space>
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
            dataSource={rows}
            pagination={false}
            virtual
            scroll={{ y: 560, x: 1100 }}
            columns={[
              { title: 'Họ tên / Tên tập thể', dataIndex: 'name', width: 230, render: (name: string) => <strong>{name}</strong> },
              { title: 'Loại', dataIndex: 'kind', width: 80, render: (value: NomineeKind) => NOMINEE_KIND_LABELS[value] },
              { title: 'Đơn vị', dataIndex: 'unitName', width: 110 },
              { title: 'Dân tộc', dataIndex: 'ethnicity', width: 90 },
              {
                title: 'Giới, năm sinh',
                width: 100,
                render: (_, n) =>
                  n.kind === 'individual'
                    ? `${n.gender === 'nu' ? 'Nữ' : n.gender === 'nam' ? 'Nam' : '—'}${n.birthYear ? `, ${n.birthYear}` : ''}`
                    : '',
              },
              { title: 'Lĩnh vực', dataIndex: 'achievementField', width: 150, ellipsis: true },
              {
                title: 'Cảnh báo',
                width: 280,
                render: (_, n) => (
                  <Space orientation="vertical" size={2}>
                    {n.warnings.map((warning) => (
                      <span key={warning.rule}>
                        {warning.accepted ? (
                          <Tooltip title={`Đã chấp nhận: ${warning.accepted.reason} (${warning.accepted.by})`}>
                            <Tag color="green" icon={<CheckOutlined />}>
                              {warning.message}
                            </Tag>
                          </Tooltip>
                        ) : (
                          <Tag
                            color="orange"
                            style={{ whiteSpace: 'normal', cursor: 'pointer' }}
                            onClick={() => setAccepting({ nominee: n, rule: warning.rule })}
                          >
                            {warning.message}
                          </Tag>
                        )}
                      </span>
                    ))}
                  </Space>
                ),
              },
              {
                title: '',
                width: 90,
                render: (_, n) => (
                  <Space>
                    <Button size="small" icon={<EditOutlined />} aria-label={`Sửa ${n.name}`} onClick={() => setEditing(n)} />
                    <Button size="small" danger icon={<DeleteOutlined />} aria-label={`Xóa ${n.name}`} onClick={() => remove(n)} />
                  </Space>
                ),
              },
            ]}
          />
        </div>
      </Card>
      {editing && groups.data && (
        <NomineeDialog
          campaign={campaign.data}
          nominee={editing === 'new' ? null : editing}
          ethnicGroups={groups.data}
          onClose={() => setEditing(null)}
          onDone={() => {
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
          onDone={() => {
            setAccepting(null);
            reload();
          }}
        />
      )}
      {pending && (
        <ImportDialog
          campaignId={campaignId}
          file={pending.file}
          initial={pending.preview}
          onClose={() => setPending(null)}
          onDone={() => {
            setPending(null);
            reload();
          }}
        />
      )}
    </div>
  );
}

import { useMemo, useState } from 'react';
import { Alert, Button, Card, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Activity, CoverageRow } from '../../../shared/domain/activities.ts';
import { NOMINEE_KIND_LABELS, NOMINEE_KINDS, type NomineeKind } from '../../../shared/domain/nominees.ts';
import { useQuery } from '../../app/useQuery.ts';
import type { ScreenProps } from '../../app/routes.tsx';
import { SearchSelect } from '../../components/SearchSelect.tsx';
import { ActivityDialog } from './ActivityDialog.tsx';
import { ActivityTimeline } from './ActivityTimeline.tsx';

/**
 * Bồi dưỡng: nominees × the quarters of the nurturing phase, each cell the number of activities,
 * an empty quarter that has ended marked, so nobody is forgotten; one activity recorded for the
 * nominees ticked; each nominee's timeline beside.
 */
export function NurturingScreen({ campaignId }: ScreenProps) {
  const [unitId, setUnitId] = useState<number | undefined>();
  const [kind, setKind] = useState<NomineeKind | undefined>();
  const [activityKind, setActivityKind] = useState<string | undefined>();
  const [onlyMissing, setOnlyMissing] = useState(false);
  const [selected, setSelected] = useState<number[]>([]);
  const [dialog, setDialog] = useState<{ editing: Activity | null } | null>(null);
  const [opened, setOpened] = useState<CoverageRow | null>(null);
  const [version, setVersion] = useState(0);
  const kinds = useQuery('activityKinds.list', {});
  const campaign = useQuery('campaigns.get', { campaignId });
  const everyone = useQuery('nurturing.coverage', { campaignId });
  const coverage = useQuery('nurturing.coverage', {
    campaignId,
    ...(unitId ? { unitId } : {}),
    ...(kind ? { kind } : {}),
    ...(activityKind ? { activityKind } : {}),
    ...(onlyMissing ? { onlyMissing } : {}),
  });
  const changed = () => {
    coverage.reload();
    everyone.reload();
    setVersion((v) => v + 1);
  };
  const quarters = useMemo(() => coverage.data?.quarters ?? [], [coverage.data]);
  const columns = useMemo(
    () => [
      {
        title: 'Họ tên / Tên tập thể',
        dataIndex: 'name',
        render: (name: string, row: CoverageRow) => (
          <Button type="link" className="link-cell" onClick={() => setOpened(row)} aria-label={`Xem bồi dưỡng của ${name}`}>
            {name}
          </Button>
        ),
      },
      { title: 'Đơn vị', dataIndex: 'unitName', width: 130 },
      { title: 'Loại', dataIndex: 'kind', width: 90, render: (value: NomineeKind) => NOMINEE_KIND_LABELS[value] },
      ...quarters.map((quarter, index) => ({
        title: quarter.label,
        key: quarter.key,
        width: 120,
        align: 'center' as const,
        render: (_: unknown, row: CoverageRow) => {
          const count = row.counts[index] ?? 0;
          if (count > 0) return <Tag color="green">{count} hoạt động</Tag>;
          return quarter.ended ? <Tag color="red">Chưa có</Tag> : <span className="muted">—</span>;
        },
      })),
      { title: 'Tổng', dataIndex: 'total', width: 70, align: 'center' as const },
    ],
    [quarters],
  );
  const units = campaign.data?.quotas ?? [];
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {coverage.data?.problem && <Alert type="warning" showIcon title={coverage.data.problem} />}
      <Card size="small">
        <div className="toolbar-line">
          <SearchSelect
            allowClear
            aria-label="Lọc theo đơn vị"
            placeholder="Đơn vị"
            style={{ width: 200 }}
            value={unitId}
            onChange={(value) => setUnitId(value as number | undefined)}
            options={units.map((unit) => ({ value: unit.unitId, label: unit.unitTitle }))}
          />
          <Select
            allowClear
            aria-label="Lọc theo loại đề cử"
            placeholder="Loại"
            style={{ width: 120 }}
            value={kind}
            onChange={setKind}
            options={NOMINEE_KINDS.map((value) => ({ value, label: NOMINEE_KIND_LABELS[value] }))}
          />
          <SearchSelect
            allowClear
            aria-label="Lọc theo loại hoạt động"
            placeholder="Loại hoạt động"
            style={{ width: 230 }}
            value={activityKind}
            onChange={(value) => setActivityKind(value as string | undefined)}
            options={(kinds.data ?? []).map((item) => ({ value: item.code, label: item.name }))}
          />
          <label className="switch-label">
            <Switch checked={onlyMissing} onChange={setOnlyMissing} aria-label="Chỉ đề cử chưa có hoạt động" /> Chỉ đề cử chưa có hoạt động
          </label>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ editing: null })}>
            {selected.length > 0 ? `Ghi hoạt động cho ${selected.length} đề cử đã chọn` : 'Ghi hoạt động'}
          </Button>
        </div>
        {coverage.data && (
          <Typography.Text type="secondary">
            {coverage.data.rows.length} đề cử · {coverage.data.withoutActivity} chưa có hoạt động nào · {coverage.data.overdue} có quý đã
            qua mà chưa có hoạt động
          </Typography.Text>
        )}
      </Card>
      <Card size="small">
        <Table<CoverageRow>
          size="small"
          rowKey="nomineeId"
          loading={coverage.loading && !coverage.data}
          dataSource={coverage.data?.rows ?? []}
          columns={columns}
          pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
          rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(Number)), columnTitle: 'Chọn' }}
          locale={{ emptyText: 'Không có đề cử nào theo bộ lọc này' }}
        />
      </Card>
      {dialog && kinds.data && (
        <ActivityDialog
          campaignId={campaignId}
          kinds={kinds.data}
          nominees={everyone.data?.rows ?? []}
          preselected={selected}
          editing={dialog.editing}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            setSelected([]);
            changed();
          }}
        />
      )}
      {opened && (
        <ActivityTimeline
          campaignId={campaignId}
          nominee={{ id: opened.nomineeId, name: opened.name, unitName: opened.unitName }}
          version={version}
          onEdit={(activity) => setDialog({ editing: activity })}
          onChanged={changed}
          onClose={() => setOpened(null)}
        />
      )}
    </Space>
  );
}

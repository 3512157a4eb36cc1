import { useState } from 'react';
import { App, Button, Card, Space, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import type { ProposalRow } from '../../../shared/domain/evaluation.ts';
import { NOMINEE_KIND_LABELS, NOMINEE_STATUS_LABELS } from '../../../shared/domain/nominees.ts';
import { call, errorMessage } from '../../app/api.ts';
import { useQuery } from '../../app/useQuery.ts';
import { DateField } from '../../components/DateField.tsx';
import { SearchSelect } from '../../components/SearchSelect.tsx';
import { EvaluationDrawer } from './EvaluationDrawer.tsx';
import { formatMoney } from './money.ts';

/** The nominees side by side (one unit's, when chosen): criteria, nurturing, warnings, result, proposal, council, money. */
export function ProposalsTab({ campaignId }: { campaignId: number }) {
  const { message } = App.useApp();
  const [unitId, setUnitId] = useState<number | undefined>();
  const [opened, setOpened] = useState<ProposalRow | null>(null);
  const campaign = useQuery('campaigns.get', { campaignId });
  const forms = useQuery('awardForms.list', {});
  const proposals = useQuery('evaluations.proposals', { campaignId, ...(unitId ? { unitId } : {}) });
  const setDecisionDate = async (date: string | null) => {
    if (!date) return;
    try {
      await call('evaluations.setDecisionDate', { campaignId, date });
      proposals.reload();
    } catch (failure) {
      message.error(errorMessage(failure));
    }
  };
  const exportDelegates = async () => {
    try {
      const saved = await call('delegates.export', { campaignId });
      if (saved.saved) message.success(`Đã lưu danh sách ${saved.rows} đại biểu: ${saved.saved}`, 6);
    } catch (failure) {
      message.error(errorMessage(failure));
    }
  };
  const data = proposals.data;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <div className="toolbar-line">
          <SearchSelect
            allowClear
            aria-label="So sánh đề cử của đơn vị"
            placeholder="Tất cả đơn vị"
            style={{ width: 220 }}
            value={unitId}
            onChange={(value) => setUnitId(value as number | undefined)}
            options={(campaign.data?.quotas ?? []).map((unit) => ({ value: unit.unitId, label: unit.unitTitle }))}
          />
          <span>Ngày dự kiến ra quyết định</span>
          <DateField
            ariaLabel="Ngày dự kiến ra quyết định"
            allowClear={false}
            width={150}
            value={data?.decisionDate ?? null}
            onChange={(date) => void setDecisionDate(date)}
          />
          <Button icon={<FileExcelOutlined />} onClick={() => void exportDelegates()}>
            Danh sách đại biểu (Excel)
          </Button>
        </div>
        {data && (
          <Space size={32}>
            <Statistic title="Đủ điều kiện ra quyết định" value={`${data.ready}/${data.rows.length}`} />
            <Statistic title="Tổng tiền thưởng đề nghị" value={formatMoney(data.total)} />
          </Space>
        )}
      </Card>
      <Card size="small">
        <Table<ProposalRow>
          size="small"
          rowKey="nomineeId"
          loading={proposals.loading && !data}
          dataSource={data?.rows ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: 'Chưa có đề cử nào' }}
          columns={[
            {
              title: 'Họ tên / Tên tập thể',
              dataIndex: 'name',
              render: (name: string, row) => (
                <>
                  <Button type="link" className="link-cell" aria-label={`Đánh giá ${name}`} onClick={() => setOpened(row)}>
                    {name}
                  </Button>
                  <div className="muted">{NOMINEE_KIND_LABELS[row.kind]}</div>
                </>
              ),
            },
            { title: 'Đơn vị', dataIndex: 'unitName', width: 100 },
            { title: 'Tiêu chí', width: 64, align: 'center', render: (_, row) => `${row.criteriaMet}/${row.criteriaTotal}` },
            { title: 'Hoạt động', dataIndex: 'activities', width: 74, align: 'center' },
            {
              title: 'Cảnh báo',
              dataIndex: 'openWarnings',
              width: 76,
              align: 'center',
              render: (n: number) => (n > 0 ? <Tag color="orange">{n}</Tag> : '—'),
            },
            {
              title: 'Kết quả',
              width: 96,
              render: (_, row) =>
                row.result === 'pass' ? (
                  <Tag color="green">Đạt</Tag>
                ) : row.result === 'fail' ? (
                  <Tag color="red">Không đạt</Tag>
                ) : (
                  <span className="muted">{NOMINEE_STATUS_LABELS[row.status]}</span>
                ),
            },
            {
              title: 'Đề nghị, tiền thưởng',
              width: 170,
              render: (_, row) =>
                row.awardName ? (
                  <span className="wrap-text">
                    {row.awardName}
                    <br />
                    {row.prize ? (
                      <strong>{formatMoney(row.prize.amount)}</strong>
                    ) : (
                      <Typography.Text type="warning">{row.prizeProblem}</Typography.Text>
                    )}
                    {row.prize?.unverified && (
                      <Tag color="orange" style={{ marginLeft: 4 }}>
                        chờ đối chiếu
                      </Tag>
                    )}
                  </span>
                ) : (
                  '—'
                ),
            },
            {
              title: 'Hội đồng',
              width: 150,
              render: (_, row) =>
                row.council ? <span className={`wrap-text ${row.council.proposed ? '' : 'text-danger'}`}>{row.council.text}</span> : '—',
            },
            {
              title: 'Còn thiếu',
              width: 140,
              render: (_, row) =>
                row.missing.length === 0 ? (
                  <Tag color="green">Đủ</Tag>
                ) : (
                  <Tooltip title={row.missing.join('; ')}>
                    <span className="wrap-text muted">{row.missing.join('; ')}</span>
                  </Tooltip>
                ),
            },
          ]}
        />
      </Card>
      {opened && forms.data && (
        <EvaluationDrawer
          campaignId={campaignId}
          nominee={{ id: opened.nomineeId, name: opened.name, unitName: opened.unitName }}
          forms={forms.data}
          onClose={() => setOpened(null)}
          onSaved={proposals.reload}
        />
      )}
    </Space>
  );
}

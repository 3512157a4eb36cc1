import { Progress, Table, Tag, Tooltip } from 'antd';
import { CheckCircleTwoTone, MailOutlined, WarningOutlined } from '@ant-design/icons';
import type { Overview } from '../../../shared/domain/overview.ts';

type UnitRow = Overview['units'][number];

function Filled({ value }: { value: { quota: number; filled: number } }) {
  if (value.quota === 0 && value.filled === 0) return <span className="muted">—</span>;
  const over = value.filled > value.quota;
  const done = value.filled === value.quota;
  return (
    <span style={{ color: over ? '#cf1322' : undefined, fontWeight: done ? 600 : undefined }}>
      {value.filled}/{value.quota} {done && <CheckCircleTwoTone twoToneColor="#52c41a" />}
    </span>
  );
}

/** Quotas per unit and kind with how many nominees each unit has sent so far. */
export function QuotaTable({ overview }: { overview: Overview }) {
  const { totals } = overview;
  return (
    <Table<UnitRow>
      rowKey="unitId"
      size="middle"
      pagination={false}
      dataSource={overview.units}
      columns={[
        {
          title: 'Đơn vị',
          dataIndex: 'unitTitle',
          render: (title: string, row) => (
            <span>
              {title}{' '}
              {!row.active && (
                <Tag color="red" icon={<WarningOutlined />}>
                  Ngừng hoạt động
                </Tag>
              )}
            </span>
          ),
        },
        { title: 'Tập thể', key: 'collective', align: 'center', render: (_, row) => <Filled value={row.collective} /> },
        { title: 'Cá nhân', key: 'individual', align: 'center', render: (_, row) => <Filled value={row.individual} /> },
        {
          title: 'Đã nhận',
          key: 'progress',
          width: 170,
          render: (_, row) => {
            const quota = row.collective.quota + row.individual.quota;
            const filled = row.collective.filled + row.individual.filled;
            // Past the quota is not done: a red bar, never the green of a unit that sent exactly its share.
            const status = filled > quota ? 'exception' : filled === quota && quota > 0 ? 'success' : 'normal';
            return (
              <Progress
                size="small"
                status={status}
                percent={quota === 0 ? (filled > 0 ? 100 : 0) : Math.min(100, Math.round((100 * filled) / quota))}
                format={() => (filled > quota ? `${filled}/${quota} (vượt)` : `${filled}/${quota}`)}
              />
            );
          },
        },
        {
          title: 'Email',
          dataIndex: 'email',
          align: 'center',
          render: (email: string | null) =>
            email ? (
              <Tooltip title={email}>
                <MailOutlined style={{ color: '#52c41a' }} aria-label={email} />
              </Tooltip>
            ) : (
              <Tag>Chưa có</Tag>
            ),
        },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>
            <strong>Tổng cộng</strong> <span className="muted">(kế hoạch: {totals.declared})</span>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="center">
            <Filled value={totals.collective} />
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="center">
            <Filled value={totals.individual} />
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3}>
            <strong>
              {totals.quota.filled}/{totals.quota.quota}
            </strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={4} />
        </Table.Summary.Row>
      )}
    />
  );
}

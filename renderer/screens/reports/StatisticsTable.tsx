import { Table } from 'antd';
import { awardedShare, totalOf, type StatisticRow } from '../../../shared/domain/statistics.ts';

/** The numbers behind the chart, with their total (not for the years: a year is not a part of a whole). */
export function StatisticsTable({ rows, label, withTotal }: { rows: readonly StatisticRow[]; label: string; withTotal: boolean }) {
  const total = totalOf(rows);
  return (
    <Table<StatisticRow>
      size="small"
      rowKey="label"
      pagination={false}
      dataSource={[...rows]}
      aria-label={`Bảng số liệu theo ${label.toLocaleLowerCase('vi')}`}
      locale={{ emptyText: 'Chưa có đề cử nào.' }}
      columns={[
        { title: label, dataIndex: 'label' },
        { title: 'Đề cử', dataIndex: 'nominated', align: 'right', width: 80 },
        { title: 'Được khen', dataIndex: 'awarded', align: 'right', width: 96 },
        { title: 'Tỉ lệ', key: 'share', align: 'right', width: 80, render: (_: unknown, row) => awardedShare(row) },
      ]}
      summary={() =>
        withTotal && rows.length > 0 ? (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <b>Tổng cộng</b>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <b>{total.nominated}</b>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              <b>{total.awarded}</b>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              <b>{awardedShare(total)}</b>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        ) : null
      }
    />
  );
}

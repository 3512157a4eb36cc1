import { Input, Space, Table } from 'antd';
import type { Phase } from '../../../../shared/domain/phases.ts';
import { DateField } from '../../../components/DateField.tsx';

/** The campaign's phases with their dates, and the deadline for the units' lists. */
export function PhasesEditor({
  phases,
  deadline,
  onChange,
  onDeadline,
}: {
  phases: Phase[];
  deadline: string;
  onChange: (phases: Phase[]) => void;
  onDeadline: (date: string) => void;
}) {
  const set = (index: number, patch: Partial<Phase>) => onChange(phases.map((item, at) => (at === index ? { ...item, ...patch } : item)));
  return (
    <>
      <Space style={{ marginBottom: 8 }}>
        <span>Hạn các đơn vị gửi danh sách</span>
        <DateField value={deadline} allowClear={false} onChange={(date) => date && onDeadline(date)} />
      </Space>
      <Table<Phase & { index: number }>
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={phases.map((phase, index) => ({ ...phase, index }))}
        columns={[
          {
            title: 'Giai đoạn',
            render: (_, row) => (
              <Input
                aria-label={`Tên giai đoạn ${row.index}`}
                value={row.name}
                onChange={(e) => set(row.index, { name: e.target.value })}
              />
            ),
          },
          {
            title: 'Từ ngày',
            width: 160,
            render: (_, row) => <DateField value={row.startsOn} onChange={(startsOn) => set(row.index, { startsOn })} />,
          },
          {
            title: 'Đến ngày',
            width: 160,
            render: (_, row) => <DateField value={row.endsOn} onChange={(endsOn) => set(row.index, { endsOn })} />,
          },
        ]}
      />
    </>
  );
}

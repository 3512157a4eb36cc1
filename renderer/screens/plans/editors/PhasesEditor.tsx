import { Space, Table } from 'antd';
import type { Phase } from '../../../../shared/domain/phases.ts';
import { DateField } from '../../../components/DateField.tsx';
import { WrappingInput } from '../../../components/WrappingInput.tsx';

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
              <WrappingInput ariaLabel={`Tên giai đoạn ${row.index}`} value={row.name} onChange={(name) => set(row.index, { name })} />
            ),
          },
          {
            title: 'Từ ngày',
            width: 140,
            render: (_, row) => <DateField width={128} value={row.startsOn} onChange={(startsOn) => set(row.index, { startsOn })} />,
          },
          {
            title: 'Đến ngày',
            width: 140,
            render: (_, row) => <DateField width={128} value={row.endsOn} onChange={(endsOn) => set(row.index, { endsOn })} />,
          },
        ]}
      />
    </>
  );
}

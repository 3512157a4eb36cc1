import { Alert, Button, InputNumber, Space, Table, Tag } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { PlanDraft } from '../../../../shared/document/builders/plan-inputs.ts';
import { isUnitActiveOn, unitTitle, type Unit } from '../../../../shared/domain/units.ts';
import { SearchSelect } from '../../../components/SearchSelect.tsx';

type Quota = PlanDraft['quotas'][number];

/** Quotas per unit and kind, with the plan's total checked against their sum. */
export function QuotaEditor({
  quotas,
  total,
  units,
  deadline,
  onChange,
  onTotal,
}: {
  quotas: Quota[];
  total: number;
  units: Unit[];
  deadline: string;
  onChange: (quotas: Quota[]) => void;
  onTotal: (total: number) => void;
}) {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const sum = quotas.reduce((acc, quota) => acc + quota.collective + quota.individual, 0);
  const set = (index: number, patch: Partial<Quota>) => onChange(quotas.map((item, at) => (at === index ? { ...item, ...patch } : item)));
  const unused = units.filter((unit) => isUnitActiveOn(unit, deadline) && !quotas.some((quota) => quota.unitId === unit.id));
  return (
    <>
      <Space style={{ marginBottom: 8 }}>
        <span>Tổng số điển hình của kế hoạch</span>
        <InputNumber aria-label="Tổng số điển hình" min={0} max={999} value={total} onChange={(value) => onTotal(value ?? 0)} />
        <Tag color={sum === total ? 'green' : 'red'}>Đã phân bổ {sum}</Tag>
      </Space>
      {sum !== total && (
        <Alert type="error" showIcon style={{ marginBottom: 8 }} title={`Tổng số (${total}) khác tổng phân bổ cho các đơn vị (${sum}).`} />
      )}
      <Table<Quota & { index: number }>
        size="small"
        pagination={false}
        rowKey="index"
        dataSource={quotas.map((quota, index) => ({ ...quota, index }))}
        columns={[
          {
            title: 'Đơn vị',
            render: (_, row) => {
              const unit = byId.get(row.unitId);
              const active = unit ? isUnitActiveOn(unit, deadline) : false;
              return (
                <span>
                  {unit ? unitTitle(unit) : `Mã ${row.unitId}`} {!active && <Tag color="red">Không hoạt động vào hạn nộp</Tag>}
                </span>
              );
            },
          },
          {
            title: 'Tập thể',
            width: 90,
            render: (_, row) => (
              <InputNumber
                aria-label={`Tập thể ${row.index + 1}`}
                min={0}
                max={999}
                value={row.collective}
                onChange={(v) => set(row.index, { collective: v ?? 0 })}
              />
            ),
          },
          {
            title: 'Cá nhân',
            width: 90,
            render: (_, row) => (
              <InputNumber
                aria-label={`Cá nhân ${row.index + 1}`}
                min={0}
                max={999}
                value={row.individual}
                onChange={(v) => set(row.index, { individual: v ?? 0 })}
              />
            ),
          },
          { title: 'Cộng', width: 60, align: 'center', render: (_, row) => row.collective + row.individual },
          {
            width: 40,
            render: (_, row) => (
              <Button
                size="small"
                danger
                icon={<DeleteOutlined />}
                aria-label="Bỏ đơn vị"
                onClick={() => onChange(quotas.filter((_, at) => at !== row.index))}
              />
            ),
          },
        ]}
      />
      <Space style={{ marginTop: 8 }}>
        <SearchSelect
          aria-label="Thêm đơn vị vào chỉ tiêu"
          style={{ width: 280 }}
          placeholder="Thêm đơn vị đang hoạt động…"
          value={null}
          options={unused.map((unit) => ({ value: unit.id, label: unitTitle(unit) }))}
          onChange={(unitId: number) => onChange([...quotas, { unitId, collective: 0, individual: 1 }])}
          suffixIcon={<PlusOutlined />}
        />
      </Space>
    </>
  );
}

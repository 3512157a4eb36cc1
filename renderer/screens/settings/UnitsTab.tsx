import { useMemo, useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Space, Switch, Table, Tag } from 'antd';
import { EditOutlined, PlusOutlined, StopOutlined, UndoOutlined } from '@ant-design/icons';
import { UNIT_KIND_LABELS, isUnitActiveOn, unitTitle, type Unit } from '../../../shared/domain/units.ts';
import { formatDateVi, todayIso } from '../../../shared/format/dates.ts';
import { compareVietnamese, foldText } from '../../../shared/text/normalize.ts';
import { call, errorMessage } from '../../app/api.ts';
import { useQuery } from '../../app/useQuery.ts';
import { DateField } from '../../components/DateField.tsx';
import { UnitDialog } from './UnitDialog.tsx';

/** Ends one or more units on a date (a reorganisation). Nothing is deleted. */
function DeactivateDialog({ units, onDone, onClose }: { units: Unit[]; onDone: () => void; onClose: () => void }) {
  const [date, setDate] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { message } = App.useApp();
  const submit = async () => {
    if (!date) {
      setError('Hãy chọn ngày cuối cùng đơn vị còn hoạt động.');
      return;
    }
    try {
      await call('units.deactivateMany', { ids: units.map((unit) => unit.id), activeTo: date });
      message.success(`Đã ghi nhận ${units.length} đơn vị ngừng hoạt động từ sau ngày ${formatDateVi(date)}.`);
      onDone();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  return (
    <Modal
      open
      title="Ngừng hoạt động"
      okText="Xác nhận"
      okButtonProps={{ danger: true }}
      cancelText="Hủy"
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <p>
        {units.map((unit) => unitTitle(unit)).join(', ')} sẽ không còn trong danh sách đơn vị đang hoạt động. Chỉ tiêu, đề cử và văn bản của
        các chiến dịch trước vẫn được giữ nguyên.
      </p>
      <Form layout="vertical">
        <Form.Item label="Hoạt động đến hết ngày" required>
          <DateField value={date} onChange={setDate} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}

/** Units that nominate (districts, or communes after a reorganisation), with their emails. */
export function UnitsTab() {
  const query = useQuery('units.list', { includeInactive: true });
  const [onlyActive, setOnlyActive] = useState(false);
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const [ending, setEnding] = useState<Unit[] | null>(null);
  const [selectedKeys, setSelectedKeys] = useState<number[]>([]);
  const { message } = App.useApp();
  const today = todayIso();
  const all = useMemo(() => query.data ?? [], [query.data]);

  const rows = useMemo(() => {
    const wanted = foldText(search);
    return all
      .filter((unit) => !onlyActive || isUnitActiveOn(unit, today))
      .filter((unit) => !wanted || foldText(`${unit.name} ${unit.email ?? ''} ${unit.contactOffice}`).includes(wanted))
      .sort((a, b) => Number(isUnitActiveOn(b, today)) - Number(isUnitActiveOn(a, today)) || compareVietnamese(a.name, b.name));
  }, [all, onlyActive, search, today]);

  const reactivate = async (unit: Unit) => {
    try {
      await call('units.reactivate', { id: unit.id });
      message.success(`${unitTitle(unit)} hoạt động trở lại.`);
      query.reload();
    } catch (failure) {
      message.error(errorMessage(failure));
    }
  };
  const done = () => {
    setEditing(null);
    setEnding(null);
    setSelectedKeys([]);
    query.reload();
  };

  return (
    <div>
      <Space style={{ marginBottom: 12 }} wrap>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          Thêm đơn vị
        </Button>
        <Button
          icon={<StopOutlined />}
          disabled={selectedKeys.length === 0}
          onClick={() => setEnding(all.filter((unit) => selectedKeys.includes(unit.id)))}
        >
          Ngừng hoạt động ({selectedKeys.length})
        </Button>
        <Input.Search
          allowClear
          placeholder="Tìm đơn vị (gõ không dấu cũng được)"
          style={{ width: 300 }}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <Switch checked={onlyActive} onChange={setOnlyActive} /> <span>Chỉ đơn vị đang hoạt động</span>
      </Space>
      {query.error && <Alert type="error" showIcon title={query.error} />}
      <Table<Unit>
        rowKey="id"
        size="middle"
        loading={query.loading}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        rowSelection={{ selectedRowKeys: selectedKeys, onChange: (keys) => setSelectedKeys(keys.map(Number)) }}
        columns={[
          { title: 'Đơn vị', key: 'title', render: (_, unit) => <strong>{unitTitle(unit)}</strong> },
          { title: 'Loại', dataIndex: 'kind', render: (kind: Unit['kind']) => UNIT_KIND_LABELS[kind] },
          { title: 'Đầu mối nhận văn bản', dataIndex: 'contactOffice' },
          { title: 'Email', dataIndex: 'email', render: (email: string | null) => email ?? <Tag>Chưa có</Tag> },
          {
            title: 'Hoạt động',
            key: 'active',
            render: (_, unit) =>
              isUnitActiveOn(unit, today) ? (
                <Tag color="green">Đang hoạt động</Tag>
              ) : (
                <Tag>{unit.activeTo ? `Đến ${formatDateVi(unit.activeTo)}` : `Từ ${formatDateVi(unit.activeFrom)}`}</Tag>
              ),
          },
          {
            title: '',
            key: 'actions',
            width: 220,
            render: (_, unit) => (
              <Space>
                <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(unit)} aria-label={`Sửa ${unit.name}`}>
                  Sửa
                </Button>
                {unit.activeTo ? (
                  <Button size="small" icon={<UndoOutlined />} onClick={() => void reactivate(unit)}>
                    Khôi phục
                  </Button>
                ) : (
                  <Button size="small" icon={<StopOutlined />} onClick={() => setEnding([unit])}>
                    Ngừng
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing && <UnitDialog unit={editing === 'new' ? null : editing} units={all} onDone={done} onClose={() => setEditing(null)} />}
      {ending && <DeactivateDialog units={ending} onDone={done} onClose={() => setEnding(null)} />}
    </div>
  );
}

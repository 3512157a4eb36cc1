import { useState } from 'react';
import { Alert, App, Button, Form, Input, InputNumber, Popconfirm, Space, Table } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { BaseSalary } from '../../../shared/domain/base-salaries.ts';
import { formatDateVi } from '../../../shared/format/dates.ts';
import { formatInteger } from '../../../shared/format/numbers.ts';
import { call, errorMessage } from '../../app/api.ts';
import { useQuery } from '../../app/useQuery.ts';
import { DateField } from '../../components/DateField.tsx';
import { showCallError } from '../../components/formErrors.ts';
import { VerifiedTag } from './VerifiedTag.tsx';

interface SalaryForm {
  amount: number;
  validFrom: string;
  decree: string;
}

/** Mức lương cơ sở by date: the prize money of a decision uses the one in force on its date. */
export function SalariesTab() {
  const query = useQuery('baseSalaries.list', {});
  const [form] = Form.useForm<SalaryForm>();
  const [error, setError] = useState<string | null>(null);
  const { message } = App.useApp();

  const add = async (values: SalaryForm) => {
    setError(null);
    try {
      await call('baseSalaries.create', values);
      message.success('Đã thêm mức lương cơ sở.');
      form.resetFields();
      query.reload();
    } catch (failure) {
      setError(showCallError(form, failure, ''));
    }
  };
  const remove = async (salary: BaseSalary) => {
    try {
      await call('baseSalaries.delete', { id: salary.id });
      message.success('Đã xóa.');
      query.reload();
    } catch (failure) {
      message.error(errorMessage(failure));
    }
  };

  return (
    <div>
      <Table<BaseSalary>
        rowKey="id"
        size="middle"
        pagination={false}
        loading={query.loading}
        dataSource={query.data ?? []}
        columns={[
          {
            title: 'Mức lương cơ sở',
            dataIndex: 'amount',
            align: 'right',
            render: (amount: number) => <strong>{formatInteger(amount)} đồng/tháng</strong>,
          },
          { title: 'Áp dụng từ', dataIndex: 'validFrom', render: (date: string) => formatDateVi(date) },
          { title: 'Đến', dataIndex: 'validTo', render: (date: string | null) => (date ? formatDateVi(date) : 'nay') },
          { title: 'Căn cứ', dataIndex: 'decree' },
          { title: 'Độ tin cậy', dataIndex: 'verified', render: (value: string) => <VerifiedTag value={value} /> },
          {
            title: '',
            key: 'actions',
            render: (_, salary) => (
              <Popconfirm title="Xóa mức lương này?" okText="Xóa" cancelText="Không" onConfirm={() => void remove(salary)}>
                <Button size="small" danger icon={<DeleteOutlined />} aria-label="Xóa" />
              </Popconfirm>
            ),
          },
        ]}
      />
      <h3 style={{ marginTop: 24 }}>Thêm mức lương mới</h3>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="inline" onFinish={(values) => void add(values)}>
        <Form.Item name="amount" label="Mức lương" rules={[{ required: true, message: 'Hãy nhập số tiền' }]}>
          <InputNumber<number>
            min={100000}
            step={10000}
            style={{ width: 180 }}
            formatter={(value) => (value === undefined || value === null ? '' : formatInteger(Number(value)))}
            parser={(text) => Number((text ?? '').replace(/\D/gu, ''))}
            addonAfter="đồng"
          />
        </Form.Item>
        <Form.Item name="validFrom" label="Áp dụng từ" rules={[{ required: true, message: 'Hãy chọn ngày' }]}>
          <DateField />
        </Form.Item>
        <Form.Item name="decree" label="Căn cứ" rules={[{ required: true, whitespace: true, message: 'Hãy ghi nghị định' }]}>
          <Input placeholder="Nghị định số …/…/NĐ-CP" style={{ width: 260 }} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" icon={<PlusOutlined />}>
            Thêm
          </Button>
        </Space>
      </Form>
    </div>
  );
}

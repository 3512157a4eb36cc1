import { useState } from 'react';
import { Alert, App, Button, Col, Form, Input, InputNumber, Modal, Row, Switch, Table, Tag } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { AwardForm } from '../../../shared/domain/award-forms.ts';
import { formatDateVi } from '../../../shared/format/dates.ts';
import { formatCoefficient } from '../../../shared/format/numbers.ts';
import { call } from '../../app/api.ts';
import { useQuery } from '../../app/useQuery.ts';
import { DateField } from '../../components/DateField.tsx';
import { showCallError, validValues } from '../../components/formErrors.ts';
import { VerifiedTag } from './VerifiedTag.tsx';
import { SearchSelect } from '../../components/SearchSelect.tsx';

type Fields = Omit<AwardForm, 'id'>;

const coefficient = (value: number | null) => (value === null ? <span className="muted">—</span> : formatCoefficient(value));

function CoefficientInput({ name, label }: { name: keyof Fields; label: string }) {
  return (
    <Form.Item name={name} label={label} tooltip="Phần trăm của mức lương cơ sở: 30 nghĩa là hệ số 0,3">
      <InputNumber min={0} max={10000} style={{ width: '100%' }} addonAfter="%" />
    </Form.Item>
  );
}

function AwardFormDialog({ form: current, onDone, onClose }: { form: AwardForm | null; onDone: () => void; onClose: () => void }) {
  const [form] = Form.useForm<Fields>();
  const [error, setError] = useState<string | null>(null);
  const { message } = App.useApp();
  const submit = async () => {
    const values = await validValues(form);
    if (!values) return;
    const fields = {
      ...values,
      validTo: values.validTo ?? null,
      coefficientIndividual: values.coefficientIndividual ?? null,
      coefficientCollective: values.coefficientCollective ?? null,
      coefficientHousehold: values.coefficientHousehold ?? null,
    };
    try {
      if (current) await call('awardForms.update', { id: current.id, fields });
      else await call('awardForms.create', { fields });
      message.success('Đã lưu hình thức khen thưởng.');
      onDone();
    } catch (failure) {
      setError(showCallError(form, failure));
    }
  };
  return (
    <Modal
      open
      width={760}
      title={current ? 'Sửa hình thức khen thưởng' : 'Thêm hình thức khen thưởng'}
      okText="Lưu"
      cancelText="Hủy"
      onOk={() => void submit()}
      onCancel={onClose}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={
          current ?? {
            code: '',
            name: '',
            issuerTitle: '',
            decreeRef: '',
            validFrom: null,
            validTo: null,
            grantedByAgency: true,
            verified: 'U',
          }
        }
      >
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item name="name" label="Tên hình thức" rules={[{ required: true, whitespace: true, message: 'Hãy nhập tên' }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="code"
              label="Mã"
              rules={[{ required: true, pattern: /^[a-z0-9-]+$/u, message: 'Chữ thường không dấu, số, gạch nối' }]}
            >
              <Input placeholder="giay-khen" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="issuerTitle" label="Người quyết định" rules={[{ required: true, whitespace: true, message: 'Hãy nhập' }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="decreeRef" label="Căn cứ" rules={[{ required: true, whitespace: true, message: 'Hãy nhập' }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="validFrom" label="Áp dụng từ" rules={[{ required: true, message: 'Hãy chọn ngày' }]}>
              <DateField />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="validTo" label="Đến ngày">
              <DateField />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="verified" label="Độ tin cậy">
              <SearchSelect
                options={[
                  { value: 'V', label: 'Đã đối chiếu' },
                  { value: 'S', label: 'Nguồn thứ cấp' },
                  { value: 'U', label: 'Chưa đối chiếu' },
                ]}
              />
            </Form.Item>
          </Col>
          <Col span={6}>
            <CoefficientInput name="coefficientIndividual" label="Hệ số cá nhân" />
          </Col>
          <Col span={6}>
            <CoefficientInput name="coefficientCollective" label="Hệ số tập thể" />
          </Col>
          <Col span={6}>
            <CoefficientInput name="coefficientHousehold" label="Hệ số hộ gia đình" />
          </Col>
          <Col span={6}>
            <Form.Item name="grantedByAgency" label="Cơ quan tự quyết định" valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

/** Award forms with their money coefficients by decree and validity. */
export function AwardFormsTab() {
  const query = useQuery('awardForms.list', {});
  const [editing, setEditing] = useState<AwardForm | 'new' | null>(null);
  return (
    <div>
      <Button type="primary" icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setEditing('new')}>
        Thêm hình thức
      </Button>
      <Table<AwardForm>
        rowKey="id"
        size="middle"
        pagination={false}
        loading={query.loading}
        dataSource={query.data ?? []}
        columns={[
          {
            title: 'Hình thức',
            key: 'name',
            render: (_, form) => (
              <span>
                <strong>{form.name}</strong>{' '}
                {form.grantedByAgency ? <Tag color="green">Cơ quan quyết định</Tag> : <Tag>Đề nghị cấp trên</Tag>}
              </span>
            ),
          },
          { title: 'Căn cứ', dataIndex: 'decreeRef' },
          {
            title: 'Thời gian áp dụng',
            key: 'validity',
            render: (_, form) => `${formatDateVi(form.validFrom)} – ${form.validTo ? formatDateVi(form.validTo) : 'nay'}`,
          },
          { title: 'Cá nhân', dataIndex: 'coefficientIndividual', align: 'center', render: coefficient },
          { title: 'Tập thể', dataIndex: 'coefficientCollective', align: 'center', render: coefficient },
          { title: 'Hộ gia đình', dataIndex: 'coefficientHousehold', align: 'center', render: coefficient },
          { title: 'Độ tin cậy', dataIndex: 'verified', render: (value: string) => <VerifiedTag value={value} /> },
          {
            title: '',
            key: 'actions',
            render: (_, form) => (
              <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(form)}>
                Sửa
              </Button>
            ),
          },
        ]}
      />
      <p className="muted" style={{ marginTop: 8 }}>
        Hệ số nhân với mức lương cơ sở đang áp dụng vào ngày ký quyết định; tiền thưởng làm tròn lên hàng chục nghìn đồng.
      </p>
      {editing && (
        <AwardFormDialog
          form={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            query.reload();
          }}
        />
      )}
    </div>
  );
}

import { useState } from 'react';
import { Alert, App, Col, Form, Input, Modal, Row } from 'antd';
import type { Unit } from '../../../shared/domain/units.ts';
import { UNIT_KINDS, UNIT_KIND_LABELS, type UnitKind } from '../../../shared/domain/units.ts';
import { call } from '../../app/api.ts';
import { DateField } from '../../components/DateField.tsx';
import { showCallError, validValues } from '../../components/formErrors.ts';
import { SearchSelect } from '../../components/SearchSelect.tsx';

interface UnitForm {
  name: string;
  kind: UnitKind;
  contactOffice: string;
  email: string;
  officialCode: string;
  parentId: number | null;
  activeFrom: string | null;
}

export const KIND_OPTIONS = UNIT_KINDS.map((kind) => ({ value: kind, label: UNIT_KIND_LABELS[kind] || 'khác' }));

/** Adds a unit or edits one (rename, kind, contact office, email, official code, parent). */
export function UnitDialog({
  unit,
  units,
  onDone,
  onClose,
}: {
  unit: Unit | null;
  units: Unit[];
  onDone: () => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<UnitForm>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();

  const submit = async () => {
    const valid = await validValues(form);
    if (!valid) return;
    const { activeFrom, ...values } = valid;
    const fields = { ...values, officialCode: values.officialCode || null, email: values.email ?? '' };
    setSaving(true);
    try {
      if (unit) await call('units.update', { id: unit.id, fields });
      else await call('units.create', { fields, activeFrom });
      message.success(unit ? `Đã lưu đơn vị ${fields.name}.` : `Đã thêm đơn vị ${fields.name}.`);
      onDone();
    } catch (failure) {
      setError(showCallError(form, failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      width={720}
      title={unit ? `Sửa đơn vị: ${unit.name}` : 'Thêm đơn vị'}
      okText={unit ? 'Lưu' : 'Thêm'}
      cancelText="Hủy"
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={() => void submit()}
        initialValues={{
          name: unit?.name ?? '',
          kind: unit?.kind ?? 'commune',
          contactOffice: unit?.contactOffice ?? '',
          email: unit?.email ?? '',
          officialCode: unit?.officialCode ?? '',
          parentId: unit?.parentId ?? null,
          activeFrom: null,
        }}
      >
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="kind" label="Loại đơn vị">
              <SearchSelect options={KIND_OPTIONS} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item
              name="name"
              label="Tên (không kèm chữ huyện, xã…)"
              rules={[{ required: true, whitespace: true, message: 'Hãy nhập tên đơn vị' }]}
            >
              <Input autoFocus placeholder="Tên đơn vị" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="contactOffice" label="Cơ quan đầu mối nhận văn bản">
              <Input placeholder="Phòng Dân tộc huyện … / UBND xã …" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="officialCode" label="Mã đơn vị hành chính">
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="email" label="Email nhận mẫu đề cử và bản tổng hợp" rules={[{ type: 'email', message: 'Email không hợp lệ' }]}>
              <Input placeholder="phongdantoc@…gov.vn" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="parentId" label="Thuộc đơn vị">
              <SearchSelect
                allowClear
                placeholder="(không)"
                options={units
                  .filter((u) => u.id !== unit?.id)
                  .map((u) => ({ value: u.id, label: `${UNIT_KIND_LABELS[u.kind]} ${u.name}` }))}
              />
            </Form.Item>
          </Col>
          {!unit && (
            <Col span={8}>
              <Form.Item name="activeFrom" label="Hoạt động từ ngày">
                <DateField />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Form>
    </Modal>
  );
}

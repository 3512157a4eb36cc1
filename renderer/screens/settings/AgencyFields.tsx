import { Button, Col, Form, Input, Row, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { SIGNER_AUTHORITIES } from '../../../shared/domain/plan.ts';
import { SearchSelect } from '../../components/SearchSelect.tsx';

const AUTHORITY_LABELS: Record<(typeof SIGNER_AUTHORITIES)[number], string> = {
  '': 'Người đứng đầu ký trực tiếp',
  'TM.': 'TM. — thay mặt tập thể',
  'KT.': 'KT. — cấp phó ký thay',
  'Q.': 'Q. — quyền người đứng đầu',
  'TL.': 'TL. — thừa lệnh',
  'TUQ.': 'TUQ. — thừa ủy quyền',
};

const required = (label: string) => [{ required: true, whitespace: true, message: `Hãy nhập ${label}` }];

/** The agency's fields, shared by the edit form and the "new agency after reorganisation" dialog. */
export function AgencyFields() {
  return (
    <>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="parentBody" label="Cơ quan chủ quản (dòng trên của tiêu đề)" rules={required('cơ quan chủ quản')}>
            <Input placeholder="UBND tỉnh …" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="name" label="Tên cơ quan ban hành" rules={required('tên cơ quan')}>
            <Input placeholder="Ban Dân tộc" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="fullName" label="Tên đầy đủ" rules={required('tên đầy đủ')}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name="abbreviation"
            label="Chữ viết tắt trong ký hiệu"
            tooltip="Dùng trong số, ký hiệu văn bản, ví dụ 15/KH-BDT"
            rules={[...required('chữ viết tắt'), { pattern: /^[\p{Lu}\p{N}]+$/u, message: 'Chỉ chữ in hoa và số, không dấu cách' }]}
          >
            <Input style={{ textTransform: 'uppercase' }} maxLength={20} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="place" label="Địa danh ghi trên văn bản" rules={required('địa danh')}>
            <Input placeholder="Tên tỉnh" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item name="headTitle" label="Chức vụ người đứng đầu" rules={required('chức vụ')}>
            <Input placeholder="TRƯỞNG BAN" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="deputyTitle" label="Chức vụ cấp phó">
            <Input placeholder="PHÓ TRƯỞNG BAN" />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="signerAuthority" label="Thẩm quyền ký">
            <SearchSelect options={SIGNER_AUTHORITIES.map((value) => ({ value, label: AUTHORITY_LABELS[value] }))} />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item
            name="signerTitle"
            label="Chức vụ người ký thay"
            tooltip="Khi ký KT., Q., TL.: chức vụ của người trực tiếp ký, ví dụ PHÓ TRƯỞNG BAN"
          >
            <Input />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="signerName" label="Họ tên người ký" rules={required('họ tên người ký')}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="contactName" label="Người liên hệ" rules={required('người liên hệ')}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="contactPosition" label="Chức vụ người liên hệ" rules={required('chức vụ người liên hệ')}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="contactPhone" label="Điện thoại" rules={required('số điện thoại')}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="email" label="Email cơ quan" rules={[{ type: 'email', message: 'Email không hợp lệ' }]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="Các phòng, đơn vị thuộc cơ quan (viết tắt dùng ở dòng “Lưu: VT, …”)">
        <Form.List name="departments">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={[field.name, 'name']} rules={required('tên phòng')}>
                    <Input placeholder="Phòng Hành chính - Tổng hợp" style={{ width: 360 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'abbreviation']} rules={required('viết tắt')}>
                    <Input placeholder="HCTH" style={{ width: 120 }} />
                  </Form.Item>
                  <Button aria-label="Xóa phòng" icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ name: '', abbreviation: '' })}>
                Thêm phòng
              </Button>
            </>
          )}
        </Form.List>
      </Form.Item>
    </>
  );
}

import { useState } from 'react';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Tag, Typography } from 'antd';
import { ApiOutlined } from '@ant-design/icons';
import {
  SMTP_PASSWORD_VARIABLE,
  SMTP_SECURITY,
  SMTP_SECURITY_LABELS,
  type MailSettings,
  type SmtpSettings,
} from '../../../shared/domain/mail.ts';
import { call, errorMessage } from '../../app/api.ts';
import { useQuery } from '../../app/useQuery.ts';
import { useUnsavedChanges } from '../../app/unsavedChanges.ts';
import { showCallError, validValues } from '../../components/formErrors.ts';

type ServerForm = SmtpSettings & { password: string };

const EMPTY: ServerForm = { host: '', port: 587, security: 'starttls', user: '', fromAddress: '', fromName: '', password: '' };

/** The office's SMTP server; the password field is write-only (left empty, the saved one stays). */
function ServerEditor({ settings, onSaved }: { settings: MailSettings; onSaved: () => void }) {
  const [form] = Form.useForm<ServerForm>();
  const { message } = App.useApp();
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  useUnsavedChanges(dirty);
  const inOsStore = settings.passwordStorage === 'os';

  const save = async () => {
    setError(null);
    const values = await validValues(form);
    if (!values) return;
    const { password, ...smtp } = values;
    try {
      await call('mail.saveSettings', { smtp, ...(password ? { password } : {}) });
      message.success('Đã lưu máy chủ email.');
      setDirty(false);
      onSaved();
    } catch (failure) {
      setError(showCallError(form, failure, 'smtp.') ?? null);
    }
  };
  const forget = async () => {
    const values = await validValues(form);
    if (!values) return;
    const { password: _password, ...smtp } = values;
    try {
      await call('mail.saveSettings', { smtp, password: '' });
      message.success('Đã xóa mật khẩu đã lưu.');
      onSaved();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  const verify = async () => {
    setChecking(true);
    try {
      const answer = await call('mail.verify', {});
      if (answer.ok) message.success(answer.answer, 6);
      else setError(`Máy chủ trả lời: ${answer.answer}`);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setChecking(false);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ ...EMPTY, ...(settings.smtp ?? {}) }}
      onValuesChange={() => setDirty(true)}
      onFinish={() => void save()}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item name="host" label="Máy chủ SMTP" rules={[{ required: true, message: 'Nhập tên máy chủ, ví dụ mail.bacgiang.gov.vn' }]}>
            <Input placeholder="mail.bacgiang.gov.vn" />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="port" label="Cổng" rules={[{ required: true, message: 'Nhập cổng' }]}>
            <InputNumber min={1} max={65535} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="security" label="Mã hóa">
            <Select options={SMTP_SECURITY.map((value) => ({ value, label: SMTP_SECURITY_LABELS[value] }))} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="user" label="Tên đăng nhập">
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item
            name="password"
            label="Mật khẩu"
            extra={
              inOsStore
                ? settings.passwordSaved
                  ? 'Đã lưu trong kho bảo mật của Windows; để trống để giữ nguyên.'
                  : 'Mật khẩu được khóa bằng kho bảo mật của Windows, không lưu dạng chữ thường.'
                : `Máy này không có kho bảo mật: mật khẩu lấy từ biến môi trường ${SMTP_PASSWORD_VARIABLE}${settings.passwordSaved ? ' (đã có).' : ' (chưa đặt).'}`
            }
          >
            <Input.Password autoComplete="new-password" disabled={!inOsStore} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="fromAddress" label="Địa chỉ gửi đi" rules={[{ required: true, message: 'Nhập địa chỉ email của cơ quan' }]}>
            <Input placeholder="bandantoc@bacgiang.gov.vn" />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item name="fromName" label="Tên người gửi" extra="Để trống thì dùng tên cơ quan.">
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Space>
        <Button type="primary" htmlType="submit">
          Lưu
        </Button>
        <Button icon={<ApiOutlined />} loading={checking} disabled={!settings.smtp || dirty} onClick={() => void verify()}>
          Kiểm tra kết nối
        </Button>
        {inOsStore && settings.passwordSaved && <Button onClick={() => void forget()}>Xóa mật khẩu đã lưu</Button>}
        {dirty && <Tag color="orange">Có thay đổi chưa lưu</Tag>}
      </Space>
    </Form>
  );
}

/** Cài đặt → Email: the server the summaries and reminders go through. */
export function MailServerTab() {
  const settings = useQuery('mail.settings', {});
  return (
    <Card size="small" title="Máy chủ gửi email">
      <Typography.Paragraph type="secondary">
        Dùng để gửi bản tổng hợp và thư đôn đốc cho các đơn vị. Không có máy chủ, vẫn có thể ghi thư nháp .eml ở màn hình Khen thưởng rồi mở
        bằng Outlook hoặc Thunderbird để gửi.
      </Typography.Paragraph>
      {settings.error && <Alert type="error" showIcon title={settings.error} />}
      {settings.data && <ServerEditor key={JSON.stringify(settings.data)} settings={settings.data} onSaved={settings.reload} />}
    </Card>
  );
}

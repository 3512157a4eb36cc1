import { useState } from 'react';
import { Alert, App, Button, Form, Modal, Skeleton, Space, Tag } from 'antd';
import { SaveOutlined, SwapOutlined } from '@ant-design/icons';
import type { Agency } from '../../../shared/domain/agencies.ts';
import { formatDateVi } from '../../../shared/format/dates.ts';
import { call } from '../../app/api.ts';
import { useQuery } from '../../app/useQuery.ts';
import { DateField } from '../../components/DateField.tsx';
import { useUnsavedChanges } from '../../app/unsavedChanges.ts';
import { showCallError, validValues } from '../../components/formErrors.ts';
import { AgencyFields } from './AgencyFields.tsx';
import { SearchSelect } from '../../components/SearchSelect.tsx';
import { useSaveShortcut } from '../../components/useSaveShortcut.ts';

type AgencyForm = Omit<Agency, 'id' | 'validFrom' | 'validTo'>;

function formValues(agency: Agency): AgencyForm {
  const { id: _id, validFrom: _from, validTo: _to, ...fields } = agency;
  return { ...fields, email: fields.email ?? '' };
}

function validity(agency: Agency): string {
  if (!agency.validFrom && !agency.validTo) return 'Đang áp dụng';
  return `${agency.validFrom ? `từ ${formatDateVi(agency.validFrom)}` : ''} ${agency.validTo ? `đến ${formatDateVi(agency.validTo)}` : 'đến nay'}`.trim();
}

function SuccessorDialog({ base, onDone, onClose }: { base: Agency; onDone: () => void; onClose: () => void }) {
  const [form] = Form.useForm<AgencyForm & { validFrom: string }>();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const values = await validValues(form);
    if (!values) return;
    const { validFrom, ...fields } = values;
    try {
      await call('agencies.create', { fields, validFrom });
      message.success('Đã thêm cơ quan mới.');
      onDone();
    } catch (failure) {
      setError(showCallError(form, failure));
    }
  };
  return (
    <Modal
      open
      width={980}
      title="Cơ quan mới sau sắp xếp, tổ chức lại"
      okText="Thêm cơ quan"
      cancelText="Hủy"
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="Cơ quan hiện tại sẽ kết thúc vào ngày trước ngày hiệu lực. Các chiến dịch và văn bản đã có vẫn giữ cơ quan cũ; chiến dịch tạo sau ngày này dùng cơ quan mới."
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={{ ...formValues(base), validFrom: null }}>
        <Form.Item name="validFrom" label="Có hiệu lực từ ngày" rules={[{ required: true, message: 'Hãy chọn ngày' }]}>
          <DateField />
        </Form.Item>
        <AgencyFields />
      </Form>
    </Modal>
  );
}

/** The form for one agency; remounted (and so reset) whenever the saved agency changes. */
function AgencyEditor({ agency, onSaved, onSuccessor }: { agency: Agency; onSaved: () => void; onSuccessor: () => void }) {
  const [form] = Form.useForm<AgencyForm>();
  const [saving, setSaving] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { message } = App.useApp();
  useUnsavedChanges(dirty);

  const save = async () => {
    setError(null);
    const fields = await validValues(form);
    if (!fields) return;
    setSaving(true);
    try {
      await call('agencies.update', { id: agency.id, fields });
      message.success('Đã lưu thông tin cơ quan và người ký.');
      onSaved();
    } catch (failure) {
      setError(showCallError(form, failure));
    } finally {
      setSaving(false);
    }
  };

  useSaveShortcut(save);

  return (
    <div>
      {dirty && (
        <Tag color="orange" style={{ marginBottom: 12 }}>
          Có thay đổi chưa lưu
        </Tag>
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={formValues(agency)}
        onValuesChange={() => setDirty(true)}
        onFinish={() => void save()}
      >
        <AgencyFields />
        <Space>
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={saving}>
            Lưu thay đổi (Ctrl+S)
          </Button>
          <Button icon={<SwapOutlined />} onClick={onSuccessor}>
            Cơ quan mới sau sắp xếp…
          </Button>
        </Space>
      </Form>
    </div>
  );
}

/** The agency and its signer, as printed in the header and signature of every document. */
export function AgencyTab() {
  const agencies = useQuery('agencies.list', {});
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [successor, setSuccessor] = useState(false);
  const list = agencies.data ?? [];
  const agency = list.find((item) => item.id === selectedId) ?? list.at(-1);
  if (!agency) return <Skeleton active />;

  return (
    <div>
      <Space style={{ marginBottom: 16 }} wrap>
        {list.length > 1 && (
          <SearchSelect
            aria-label="Chọn cơ quan"
            style={{ width: 420 }}
            value={agency.id}
            onChange={setSelectedId}
            options={list.map((item) => ({ value: item.id, label: `${item.fullName} (${validity(item)})` }))}
          />
        )}
        <Tag color="blue">{validity(agency)}</Tag>
      </Space>
      <AgencyEditor key={JSON.stringify(agency)} agency={agency} onSaved={agencies.reload} onSuccessor={() => setSuccessor(true)} />
      {successor && (
        <SuccessorDialog
          base={agency}
          onClose={() => setSuccessor(false)}
          onDone={() => {
            setSuccessor(false);
            setSelectedId(null);
            agencies.reload();
          }}
        />
      )}
    </div>
  );
}

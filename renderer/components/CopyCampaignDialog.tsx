import { useState } from 'react';
import { Alert, App, Form, InputNumber, Modal } from 'antd';
import type { CampaignSummary } from '../../shared/domain/campaigns.ts';
import { call, errorMessage } from '../app/api.ts';
import { validValues } from './formErrors.ts';
import { useCampaigns } from '../app/CampaignContext.tsx';
import { SearchSelect } from './SearchSelect.tsx';

interface Values {
  fromCampaignId: number;
  year: number;
}

/** Next year's campaign starts as a copy of an earlier one: plan text, quotas, dates moved. */
export function CopyCampaignDialog({ source, onClose }: { source: CampaignSummary; onClose: () => void }) {
  const { campaigns, reload, select } = useCampaigns();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const taken = new Set(campaigns.map((c) => c.year));
  // This year's campaign is the usual next one; otherwise the year after the newest.
  const thisYear = new Date().getFullYear();
  const suggestedYear = taken.has(thisYear) ? Math.max(...campaigns.map((c) => c.year)) + 1 : thisYear;

  const submit = async () => {
    const values = await validValues(form);
    if (!values) return;
    setSaving(true);
    try {
      const created = await call('campaigns.copy', values);
      message.success(`Đã tạo chiến dịch năm ${created.year}.`);
      reload();
      select(created.id);
      onClose();
    } catch (error) {
      form.setFields([{ name: 'year', errors: [errorMessage(error)] }]);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title="Tạo chiến dịch mới bằng cách sao chép"
      okText="Tạo chiến dịch"
      cancelText="Hủy"
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ fromCampaignId: source.id, year: suggestedYear }} onFinish={() => void submit()}>
        <Form.Item name="fromCampaignId" label="Sao chép từ chiến dịch" rules={[{ required: true }]}>
          <SearchSelect options={campaigns.map((c) => ({ value: c.id, label: `Năm ${c.year} — ${c.title}` }))} />
        </Form.Item>
        <Form.Item
          name="year"
          label="Năm của chiến dịch mới"
          rules={[
            { required: true, message: 'Hãy nhập năm' },
            {
              validator: async (_rule, value: number) =>
                taken.has(value) ? Promise.reject(new Error(`Đã có chiến dịch năm ${value}`)) : undefined,
            },
          ]}
        >
          <InputNumber min={2000} max={2100} style={{ width: 160 }} autoFocus />
        </Form.Item>
      </Form>
      <Alert
        type="info"
        showIcon
        title="Những gì được sao chép"
        description={
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            <li>Toàn bộ nội dung kế hoạch; năm trong nội dung được đổi sang năm mới.</li>
            <li>Chỉ tiêu của các đơn vị; các giai đoạn và hạn nộp lùi theo số năm chênh lệch.</li>
            <li>Người ký lấy theo thông tin cơ quan hiện tại trong Cài đặt.</li>
            <li>Không sao chép số, ngày ban hành, danh sách đề cử hay kết quả khen thưởng.</li>
          </ul>
        }
      />
    </Modal>
  );
}

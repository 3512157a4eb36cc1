import { useState } from 'react';
import { Alert, App, Col, Form, Input, InputNumber, Modal, Row } from 'antd';
import { GENDER_LABELS, type Nominee, type NomineeFields } from '../../../shared/domain/nominees.ts';
import type { Campaign } from '../../../shared/domain/campaigns.ts';
import { call } from '../../app/api.ts';
import { showCallError, validValues } from '../../components/formErrors.ts';
import { NomineeAttachments } from './NomineeAttachments.tsx';
import { SearchSelect } from '../../components/SearchSelect.tsx';
import { useFormDraft } from '../../components/useFormDraft.tsx';
import { EarlierAwards } from './EarlierAwards.tsx';

type FormValues = Omit<NomineeFields, 'collectiveForm' | 'representative'> & {
  collectiveForm: string | null;
  representative: string | null;
};

const EMPTY = (unitId: number): FormValues => ({
  unitId,
  kind: 'individual',
  name: '',
  collectiveForm: null,
  representative: null,
  gender: null,
  birthYear: null,
  ethnicCode: null,
  position: '',
  village: '',
  commune: '',
  district: '',
  phone: '',
  achievementField: '',
  achievementSummary: '',
  priorAwards: '',
});

/** Every field of the template, for a nominee entered by hand (a paper list) or corrected. */
export function NomineeDialog({
  campaign,
  nominee,
  ethnicGroups,
  onDone,
  onClose,
}: {
  campaign: Campaign;
  nominee: Nominee | null;
  ethnicGroups: { code: string; displayName: string }[];
  /** The nominee as saved, and as it was before (null for a new one), so the action can be undone. */
  onDone: (saved: Nominee, before: Nominee | null) => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const kind = Form.useWatch('kind', form) ?? nominee?.kind ?? 'individual';
  const [error, setError] = useState<string | null>(null);
  const { message } = App.useApp();
  // What was typed is kept as it is typed: a crash or a reload offers it back in this same form.
  const submit = async () => {
    const values = await validValues(form);
    if (!values) return;
    // A cleared select gives undefined; the saved record wants its empty value.
    const blank = EMPTY(values.unitId);
    const fields = Object.fromEntries(
      Object.entries(blank).map(([key, empty]) => [key, (values as Record<string, unknown>)[key] ?? empty]),
    ) as NomineeFields;
    try {
      const saved = await call(
        'nominees.save',
        nominee ? { campaignId: campaign.id, id: nominee.id, fields } : { campaignId: campaign.id, fields },
      );
      message.success(nominee ? `Đã lưu ${fields.name}.` : `Đã thêm ${fields.name}.`);
      draft.saved();
      onDone(saved, nominee);
    } catch (failure) {
      setError(showCallError(form, failure));
    }
  };
  const initial: FormValues = nominee ? { ...EMPTY(nominee.unitId), ...nominee } : EMPTY(campaign.quotas[0]?.unitId ?? 1);
  const draft = useFormDraft(
    form,
    `de-cu.${campaign.id}.${nominee?.id ?? 'moi'}`,
    (values) => `Đề cử ${values.name?.trim() || nominee?.name || 'mới'}`,
    // The nominee as saved when the form opened: a draft of an older version says so.
    JSON.stringify(initial),
  );
  return (
    <Modal
      open
      width={860}
      title={nominee ? `Sửa đề cử: ${nominee.name}` : 'Thêm đề cử'}
      okText="Lưu"
      cancelText="Hủy"
      onOk={() => void submit()}
      onCancel={() => draft.close(onClose)}
      destroyOnHidden
    >
      {draft.offer}
      {nominee && <EarlierAwards nomineeId={nominee.id} />}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={initial} onFinish={() => void submit()} onValuesChange={draft.keep}>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="unitId" label="Đơn vị" rules={[{ required: true }]}>
              <SearchSelect options={campaign.quotas.map((quota) => ({ value: quota.unitId, label: quota.unitTitle }))} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="kind" label="Loại" rules={[{ required: true }]}>
              <SearchSelect
                options={[
                  { value: 'individual', label: 'Cá nhân' },
                  { value: 'collective', label: 'Tập thể' },
                ]}
              />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item
              name="name"
              label={kind === 'collective' ? 'Tên tập thể' : 'Họ và tên'}
              rules={[{ required: true, whitespace: true, message: 'Hãy nhập tên' }]}
            >
              <Input autoFocus />
            </Form.Item>
          </Col>
          {kind === 'collective' ? (
            <>
              <Col span={8}>
                <Form.Item name="collectiveForm" label="Hình thức tổ chức">
                  <SearchSelect allowClear options={campaign.collectiveForms.map((value) => ({ value, label: value }))} />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name="representative" label="Người đại diện">
                  <Input />
                </Form.Item>
              </Col>
            </>
          ) : (
            <>
              <Col span={5}>
                <Form.Item name="gender" label="Giới tính">
                  <SearchSelect
                    allowClear
                    options={[
                      { value: 'male', label: GENDER_LABELS.male },
                      { value: 'female', label: GENDER_LABELS.female },
                    ]}
                  />
                </Form.Item>
              </Col>
              <Col span={5}>
                <Form.Item name="birthYear" label="Năm sinh">
                  <InputNumber min={1900} max={campaign.year} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </>
          )}
          <Col span={kind === 'collective' ? 8 : 14}>
            <Form.Item name="ethnicCode" label="Dân tộc">
              <SearchSelect allowClear options={ethnicGroups.map((group) => ({ value: group.code, label: group.displayName }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="position" label="Chức vụ, nghề nghiệp">
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="phone" label="Điện thoại">
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="village" label="Thôn/bản">
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="commune" label="Xã">
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="district" label="Huyện">
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="achievementField" label="Lĩnh vực thành tích">
              <SearchSelect allowClear options={campaign.achievementFields.map((value) => ({ value, label: value }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="priorAwards" label="Hình thức khen thưởng đã nhận">
              <Input />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="achievementSummary" label="Tóm tắt thành tích">
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label="Tệp đính kèm">
              {nominee ? <NomineeAttachments nomineeId={nominee.id} /> : <span className="muted">Lưu đề cử trước, rồi đính kèm tệp.</span>}
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

import { useState } from 'react';
import { App, Button, Form, Input, Select } from 'antd';
import { REPORT_FORM_LABELS, type AwardPapers } from '../../../shared/domain/awards.ts';
import { call, errorMessage } from '../../app/api.ts';
import { DateField } from '../../components/DateField.tsx';

const FIELDS: { key: Exclude<keyof AwardPapers, 'congressOn' | 'reportForm'>; label: string; rows: number }[] = [
  { key: 'functionsBasis', label: 'Căn cứ chức năng, nhiệm vụ của cơ quan', rows: 3 },
  { key: 'proposedBy', label: 'Theo đề nghị của', rows: 1 },
  { key: 'executors', label: 'Người thi hành (Điều 3)', rows: 2 },
  { key: 'fundingSource', label: 'Nguồn kinh phí', rows: 2 },
  { key: 'superior', label: 'Kính gửi (Tờ trình)', rows: 1 },
  { key: 'throughBody', label: 'Qua cơ quan thẩm định', rows: 1 },
];

/** The words of the papers that the records do not hold; saved for the campaign. */
export function PapersForm({ campaignId, papers, onSaved }: { campaignId: number; papers: AwardPapers; onSaved: () => void }) {
  const { message } = App.useApp();
  const [draft, setDraft] = useState<AwardPapers>(papers);
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    try {
      await call('awards.savePapers', { campaignId, papers: draft });
      message.success('Đã lưu nội dung văn bản.');
      onSaved();
    } catch (failure) {
      message.error(errorMessage(failure));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Form layout="vertical" onFinish={() => void save()}>
      {FIELDS.map((field) => (
        <Form.Item key={field.key} label={field.label} htmlFor={`papers-${field.key}`}>
          <Input.TextArea
            id={`papers-${field.key}`}
            autoSize={{ minRows: field.rows, maxRows: 6 }}
            value={draft[field.key]}
            onChange={(event) => setDraft({ ...draft, [field.key]: event.target.value })}
          />
        </Form.Item>
      ))}
      <Form.Item label="Ngày đại hội (tờ trình gửi trước 10 ngày)" htmlFor="papers-congress">
        <DateField
          id="papers-congress"
          ariaLabel="Ngày đại hội"
          value={draft.congressOn}
          onChange={(date) => setDraft({ ...draft, congressOn: date })}
        />
      </Form.Item>
      <Form.Item label="Mẫu báo cáo thành tích" htmlFor="papers-report-form">
        <Select
          id="papers-report-form"
          aria-label="Mẫu báo cáo thành tích"
          value={draft.reportForm}
          onChange={(reportForm) => setDraft({ ...draft, reportForm })}
          options={Object.entries(REPORT_FORM_LABELS).map(([value, label]) => ({ value: value as AwardPapers['reportForm'], label }))}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving}>
        Lưu nội dung văn bản
      </Button>
    </Form>
  );
}

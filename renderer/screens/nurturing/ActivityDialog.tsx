import { useEffect } from 'react';
import { App, Form, Input, Modal } from 'antd';
import type { Activity, ActivityKind, CoverageRow } from '../../../shared/domain/activities.ts';
import { call, errorMessage } from '../../app/api.ts';
import { DateField } from '../../components/DateField.tsx';
import { SearchSelect } from '../../components/SearchSelect.tsx';
import { todayIso } from '../../../shared/format/dates.ts';
import { useFormDraft } from '../../components/useFormDraft.tsx';

interface Values {
  kind: string;
  happenedOn: string;
  carriedBy: string;
  note: string;
  nomineeIds: number[];
}

/**
 * One activity for one or several nominees (a training, a visit of a delegation): it is kept as one
 * activity linked to each. Opened with the nominees ticked in the coverage view, or to edit one.
 */
export function ActivityDialog({
  campaignId,
  kinds,
  nominees,
  preselected,
  editing,
  onClose,
  onSaved,
}: {
  campaignId: number;
  kinds: readonly ActivityKind[];
  nominees: readonly CoverageRow[];
  preselected: readonly number[];
  editing: Activity | null;
  onClose: () => void;
  onSaved: (saved: Activity, before: Activity | null) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const draft = useFormDraft(form, `hoat-dong.${campaignId}.${editing?.id ?? 'moi'}`, (values) =>
    editing
      ? `Hoạt động bồi dưỡng ngày ${editing.happenedOn.split('-').reverse().join('/')}`
      : `Hoạt động bồi dưỡng mới (${values.nomineeIds?.length ?? 0} đề cử)`,
  );
  useEffect(() => {
    form.setFieldsValue(
      editing
        ? {
            kind: editing.kind,
            happenedOn: editing.happenedOn,
            carriedBy: editing.carriedBy,
            note: editing.note,
            nomineeIds: editing.nomineeIds,
          }
        : { kind: kinds[0]?.code ?? '', happenedOn: todayIso(new Date()), carriedBy: '', note: '', nomineeIds: [...preselected] },
    );
  }, [editing, form, kinds, preselected]);

  const save = async () => {
    const values = await form.validateFields();
    try {
      const saved = await call('activities.save', { campaignId, ...(editing ? { id: editing.id } : {}), fields: values });
      message.success(`Đã ghi hoạt động "${saved.kindName}" cho ${saved.nomineeIds.length} đề cử.`);
      draft.saved();
      onSaved(saved, editing);
    } catch (failure) {
      message.error(errorMessage(failure));
    }
  };

  return (
    <Modal
      open
      title={editing ? 'Sửa hoạt động bồi dưỡng' : 'Ghi hoạt động bồi dưỡng'}
      okText="Lưu"
      cancelText="Hủy"
      onOk={() => void save()}
      onCancel={() => draft.close(onClose)}
      width={640}
      destroyOnHidden
    >
      {draft.offer}
      <Form form={form} layout="vertical" requiredMark={false} onValuesChange={draft.keep}>
        <div className="field-grid">
          <Form.Item name="kind" label="Loại hoạt động" rules={[{ required: true, message: 'Chọn loại hoạt động' }]}>
            <SearchSelect aria-label="Loại hoạt động" options={kinds.map((kind) => ({ value: kind.code, label: kind.name }))} />
          </Form.Item>
          <Form.Item name="happenedOn" label="Ngày" rules={[{ required: true, message: 'Chọn ngày' }]}>
            <DateField ariaLabel="Ngày hoạt động" allowClear={false} width={200} />
          </Form.Item>
        </div>
        <Form.Item name="carriedBy" label="Người, đơn vị thực hiện">
          <Input aria-label="Người thực hiện" placeholder="Ví dụ: Phòng Hành chính - Tổng hợp; đoàn công tác của Ban" />
        </Form.Item>
        <Form.Item name="note" label="Nội dung, ghi chú">
          <Input.TextArea aria-label="Ghi chú hoạt động" autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item name="nomineeIds" label="Các đề cử được bồi dưỡng" rules={[{ required: true, message: 'Chọn ít nhất một đề cử' }]}>
          <SearchSelect
            mode="multiple"
            aria-label="Các đề cử"
            placeholder="Gõ tên (không dấu cũng được) để thêm"
            options={nominees.map((row) => ({
              value: row.nomineeId,
              label: `${row.name} — ${row.unitName}`,
              searchText: `${row.name} ${row.unitName}`,
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

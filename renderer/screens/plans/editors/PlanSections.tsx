import { Form, Input } from 'antd';
import { WrappingInput } from '../../../components/WrappingInput.tsx';
import type { PlanDraft } from '../../../../shared/document/builders/plan-inputs.ts';
import { SIGNER_AUTHORITIES, type PlanContent } from '../../../../shared/domain/plan.ts';
import type { Unit } from '../../../../shared/domain/units.ts';
import { BasisEditor } from './BasisEditor.tsx';
import { ParagraphList } from './ParagraphList.tsx';
import { PhasesEditor } from './PhasesEditor.tsx';
import { QuotaEditor } from './QuotaEditor.tsx';
import { SearchSelect } from '../../../components/SearchSelect.tsx';

/** The plan's parts, one component each, in the order the document reads. */

export interface SectionProps {
  draft: PlanDraft;
  units: Unit[];
  onChange: (draft: PlanDraft) => void;
}

const dash = () => '-';
const numbered = (index: number) => `${index + 1}.`;
type TextKey = 'title' | 'openingStatement' | 'allocationLead' | 'closing' | 'contactUnit' | 'closingAfterContact';

/** Setters for the plan's own fields, and a text area for one of them. */
function usePlanFields({ draft, onChange }: SectionProps) {
  const plan = draft.plan;
  const setPlan = <K extends keyof PlanContent>(key: K, value: PlanContent[K]) => onChange({ ...draft, plan: { ...plan, [key]: value } });
  const text = (key: TextKey, label: string, rows = 2) => (
    <Form.Item label={label}>
      <Input.TextArea
        aria-label={label}
        value={plan[key]}
        autoSize={{ minRows: rows, maxRows: 8 }}
        onChange={(e) => setPlan(key, e.target.value)}
      />
    </Form.Item>
  );
  return { plan, setPlan, text };
}

export function OpeningSection(props: SectionProps) {
  const { plan, setPlan, text } = usePlanFields(props);
  return (
    <>
      {text('title', 'Trích yếu (tên kế hoạch)')}
      <Form.Item label="Văn bản căn cứ">
        <BasisEditor values={plan.basis} onChange={(basis) => setPlan('basis', basis)} />
      </Form.Item>
      {text('openingStatement', 'Câu mở đầu (sau các văn bản căn cứ)', 3)}
    </>
  );
}

export function PurposesSection(props: SectionProps) {
  const { plan, setPlan } = usePlanFields(props);
  return (
    <>
      <Form.Item label="1. Mục đích">
        <ParagraphList label="Mục đích" values={plan.purposes} prefix={dash} onChange={(v) => setPlan('purposes', v)} />
      </Form.Item>
      <Form.Item label="2. Yêu cầu">
        <ParagraphList label="Yêu cầu" values={plan.requirements} prefix={dash} onChange={(v) => setPlan('requirements', v)} />
      </Form.Item>
    </>
  );
}

export function SubjectsSection(props: SectionProps) {
  const { draft, units, onChange } = props;
  const { plan, setPlan, text } = usePlanFields(props);
  return (
    <>
      <Form.Item label="1. Đối tượng">
        <ParagraphList label="Đối tượng" values={plan.subjects} onChange={(v) => setPlan('subjects', v)} />
      </Form.Item>
      <Form.Item label="2.1. Tiêu chuẩn đối với tập thể">
        <ParagraphList label="Tiêu chuẩn tập thể" values={plan.criteriaCollective} onChange={(v) => setPlan('criteriaCollective', v)} />
      </Form.Item>
      <Form.Item label="2.2. Tiêu chuẩn đối với cá nhân">
        <ParagraphList label="Tiêu chuẩn cá nhân" values={plan.criteriaIndividual} onChange={(v) => setPlan('criteriaIndividual', v)} />
      </Form.Item>
      <Form.Item label="3. Số lượng">
        <ParagraphList label="Số lượng" values={plan.quantity} onChange={(v) => setPlan('quantity', v)} />
      </Form.Item>
      {text('allocationLead', 'Câu dẫn phân bổ', 1)}
      <Form.Item label="Chỉ tiêu theo đơn vị">
        <QuotaEditor
          quotas={draft.quotas}
          total={draft.totalModels}
          units={units}
          deadline={draft.nominationDeadline}
          onChange={(quotas) => onChange({ ...draft, quotas })}
          onTotal={(totalModels) => onChange({ ...draft, totalModels })}
        />
      </Form.Item>
    </>
  );
}

export function ScheduleSection(props: SectionProps) {
  const { draft, onChange } = props;
  const { plan, setPlan } = usePlanFields(props);
  return (
    <>
      <Form.Item label="Các giai đoạn và hạn nộp">
        <PhasesEditor
          phases={draft.phases}
          deadline={draft.nominationDeadline}
          onChange={(phases) => onChange({ ...draft, phases })}
          onDeadline={(nominationDeadline) => onChange({ ...draft, nominationDeadline })}
        />
      </Form.Item>
      <Form.Item label="1. Thời gian, nội dung thực hiện">
        <ParagraphList label="Thời gian, nội dung" values={plan.schedule} prefix={dash} onChange={(v) => setPlan('schedule', v)} />
      </Form.Item>
      <Form.Item label="2. Kinh phí thực hiện">
        <ParagraphList label="Kinh phí" values={plan.funding} onChange={(v) => setPlan('funding', v)} />
      </Form.Item>
      <div className="field-grid">
        <Form.Item label="Nơi nhận danh sách đề cử" className="field-grid__wide">
          <WrappingInput value={draft.submitTo} onChange={(submitTo) => onChange({ ...draft, submitTo })} />
        </Form.Item>
        <Form.Item label="Sự kiện khen thưởng" className="field-grid__wide">
          <WrappingInput value={draft.awardEvent} onChange={(awardEvent) => onChange({ ...draft, awardEvent })} />
        </Form.Item>
      </div>
    </>
  );
}

export function TasksSection(props: SectionProps) {
  const { plan, setPlan, text } = usePlanFields(props);
  return (
    <>
      <Form.Item label="Nhiệm vụ">
        <ParagraphList label="Nhiệm vụ" values={plan.tasks} prefix={numbered} onChange={(v) => setPlan('tasks', v)} />
      </Form.Item>
      {text('closing', 'Đoạn kết (trước tên người liên hệ)', 3)}
      <div className="field-grid">
        <Form.Item label="Người liên hệ">
          <Input
            aria-label="Người liên hệ"
            value={plan.contact.name}
            onChange={(e) => setPlan('contact', { ...plan.contact, name: e.target.value })}
          />
        </Form.Item>
        <Form.Item label="Chức vụ" className="field-grid__wide">
          <WrappingInput value={plan.contact.position} onChange={(position) => setPlan('contact', { ...plan.contact, position })} />
        </Form.Item>
        <Form.Item label="Điện thoại">
          <Input
            aria-label="Điện thoại liên hệ"
            value={plan.contact.phone}
            onChange={(e) => setPlan('contact', { ...plan.contact, phone: e.target.value })}
          />
        </Form.Item>
      </div>
      {text('contactUnit', 'Cơ quan của người liên hệ', 1)}
      {text('closingAfterContact', 'Câu sau số điện thoại', 1)}
    </>
  );
}

export function RecipientsSection(props: SectionProps) {
  const { plan, setPlan } = usePlanFields(props);
  return (
    <>
      <Form.Item label="Nơi nhận (dòng cuối là “Lưu: VT, …”)">
        <ParagraphList label="Nơi nhận" singleLine values={plan.recipients} prefix={dash} onChange={(v) => setPlan('recipients', v)} />
      </Form.Item>
      <div className="field-grid">
        <Form.Item label="Thẩm quyền ký">
          <SearchSelect
            value={plan.signer.authority}
            onChange={(authority) => setPlan('signer', { ...plan.signer, authority })}
            options={SIGNER_AUTHORITIES.map((value) => ({ value, label: value || '(trực tiếp)' }))}
          />
        </Form.Item>
        <Form.Item label="Chức vụ người đứng đầu">
          <Input value={plan.signer.headTitle} onChange={(e) => setPlan('signer', { ...plan.signer, headTitle: e.target.value })} />
        </Form.Item>
        <Form.Item label="Chức vụ người ký thay">
          <Input value={plan.signer.signerTitle} onChange={(e) => setPlan('signer', { ...plan.signer, signerTitle: e.target.value })} />
        </Form.Item>
        <Form.Item label="Họ tên người ký">
          <Input
            aria-label="Họ tên người ký kế hoạch"
            value={plan.signer.name}
            onChange={(e) => setPlan('signer', { ...plan.signer, name: e.target.value })}
          />
        </Form.Item>
      </div>
    </>
  );
}

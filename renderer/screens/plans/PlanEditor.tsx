import { Col, Collapse, Form, Input, Row, Select } from 'antd';
import type { PlanDraft } from '../../../shared/document/builders/plan-inputs.ts';
import { SIGNER_AUTHORITIES, type PlanContent } from '../../../shared/domain/plan.ts';
import type { Unit } from '../../../shared/domain/units.ts';
import { BasisEditor } from './editors/BasisEditor.tsx';
import { ParagraphList } from './editors/ParagraphList.tsx';
import { PhasesEditor } from './editors/PhasesEditor.tsx';
import { QuotaEditor } from './editors/QuotaEditor.tsx';

const dash = () => '-';
const numbered = (index: number) => `${index + 1}.`;

/** Every part of the plan in the form that fits it, section by section as the document reads. */
export function PlanEditor({ draft, units, onChange }: { draft: PlanDraft; units: Unit[]; onChange: (draft: PlanDraft) => void }) {
  const plan = draft.plan;
  const setPlan = <K extends keyof PlanContent>(key: K, value: PlanContent[K]) => onChange({ ...draft, plan: { ...plan, [key]: value } });
  const text = (
    key: 'title' | 'openingStatement' | 'allocationLead' | 'closing' | 'contactUnit' | 'closingAfterContact',
    label: string,
    rows = 2,
  ) => (
    <Form.Item label={label}>
      <Input.TextArea
        aria-label={label}
        value={plan[key]}
        autoSize={{ minRows: rows, maxRows: 8 }}
        onChange={(e) => setPlan(key, e.target.value)}
      />
    </Form.Item>
  );
  const items = [
    {
      key: 'mo-dau',
      label: 'Tên kế hoạch, căn cứ, câu mở đầu',
      children: (
        <>
          {text('title', 'Trích yếu (tên kế hoạch)')}
          <Form.Item label="Văn bản căn cứ">
            <BasisEditor values={plan.basis} onChange={(basis) => setPlan('basis', basis)} />
          </Form.Item>
          {text('openingStatement', 'Câu mở đầu (sau các văn bản căn cứ)', 3)}
        </>
      ),
    },
    {
      key: 'muc-dich',
      label: 'I. Mục đích, yêu cầu',
      children: (
        <>
          <Form.Item label="1. Mục đích">
            <ParagraphList label="Mục đích" values={plan.purposes} prefix={dash} onChange={(v) => setPlan('purposes', v)} />
          </Form.Item>
          <Form.Item label="2. Yêu cầu">
            <ParagraphList label="Yêu cầu" values={plan.requirements} prefix={dash} onChange={(v) => setPlan('requirements', v)} />
          </Form.Item>
        </>
      ),
    },
    {
      key: 'doi-tuong',
      label: 'II. Đối tượng, tiêu chuẩn và số lượng',
      children: (
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
      ),
    },
    {
      key: 'thoi-gian',
      label: 'III. Thời gian, nội dung và kinh phí',
      children: (
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
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item label="Nơi nhận danh sách đề cử">
                <Input value={draft.submitTo} onChange={(e) => onChange({ ...draft, submitTo: e.target.value })} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item label="Sự kiện khen thưởng">
                <Input value={draft.awardEvent} onChange={(e) => onChange({ ...draft, awardEvent: e.target.value })} />
              </Form.Item>
            </Col>
          </Row>
        </>
      ),
    },
    {
      key: 'to-chuc',
      label: 'IV. Tổ chức thực hiện, liên hệ',
      children: (
        <>
          <Form.Item label="Nhiệm vụ">
            <ParagraphList label="Nhiệm vụ" values={plan.tasks} prefix={numbered} onChange={(v) => setPlan('tasks', v)} />
          </Form.Item>
          {text('closing', 'Đoạn kết (trước tên người liên hệ)', 3)}
          <Row gutter={12}>
            <Col span={8}>
              <Form.Item label="Người liên hệ">
                <Input
                  aria-label="Người liên hệ"
                  value={plan.contact.name}
                  onChange={(e) => setPlan('contact', { ...plan.contact, name: e.target.value })}
                />
              </Form.Item>
            </Col>
            <Col span={10}>
              <Form.Item label="Chức vụ">
                <Input value={plan.contact.position} onChange={(e) => setPlan('contact', { ...plan.contact, position: e.target.value })} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item label="Điện thoại">
                <Input
                  aria-label="Điện thoại liên hệ"
                  value={plan.contact.phone}
                  onChange={(e) => setPlan('contact', { ...plan.contact, phone: e.target.value })}
                />
              </Form.Item>
            </Col>
          </Row>
          {text('contactUnit', 'Cơ quan của người liên hệ', 1)}
          {text('closingAfterContact', 'Câu sau số điện thoại', 1)}
        </>
      ),
    },
    {
      key: 'noi-nhan',
      label: 'Nơi nhận, người ký',
      children: (
        <>
          <Form.Item label="Nơi nhận (dòng cuối là “Lưu: VT, …”)">
            <ParagraphList label="Nơi nhận" singleLine values={plan.recipients} prefix={dash} onChange={(v) => setPlan('recipients', v)} />
          </Form.Item>
          <Row gutter={12}>
            <Col span={6}>
              <Form.Item label="Thẩm quyền ký">
                <Select
                  value={plan.signer.authority}
                  onChange={(authority) => setPlan('signer', { ...plan.signer, authority })}
                  options={SIGNER_AUTHORITIES.map((value) => ({ value, label: value || '(trực tiếp)' }))}
                />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item label="Chức vụ người đứng đầu">
                <Input value={plan.signer.headTitle} onChange={(e) => setPlan('signer', { ...plan.signer, headTitle: e.target.value })} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item label="Chức vụ người ký thay">
                <Input
                  value={plan.signer.signerTitle}
                  onChange={(e) => setPlan('signer', { ...plan.signer, signerTitle: e.target.value })}
                />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item label="Họ tên người ký">
                <Input
                  aria-label="Họ tên người ký kế hoạch"
                  value={plan.signer.name}
                  onChange={(e) => setPlan('signer', { ...plan.signer, name: e.target.value })}
                />
              </Form.Item>
            </Col>
          </Row>
        </>
      ),
    },
  ];
  return (
    <Form layout="vertical" component="div">
      <Collapse defaultActiveKey={['mo-dau']} items={items} />
    </Form>
  );
}

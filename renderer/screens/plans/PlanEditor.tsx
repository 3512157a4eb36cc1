import { Collapse, Form } from 'antd';
import type { PlanDraft } from '../../../shared/document/builders/plan-inputs.ts';
import type { Unit } from '../../../shared/domain/units.ts';
import {
  OpeningSection,
  PurposesSection,
  SubjectsSection,
  ScheduleSection,
  TasksSection,
  RecipientsSection,
  type SectionProps,
} from './editors/PlanSections.tsx';
import type { ComponentType } from 'react';

/** The plan's parts as the document reads them: each a panel with the form that fits it. */
const SECTIONS: { key: string; label: string; Section: ComponentType<SectionProps> }[] = [
  { key: 'opening', label: 'Tên kế hoạch, căn cứ, câu mở đầu', Section: OpeningSection },
  { key: 'purposes', label: 'I. Mục đích, yêu cầu', Section: PurposesSection },
  { key: 'subjects', label: 'II. Đối tượng, tiêu chuẩn và số lượng', Section: SubjectsSection },
  { key: 'schedule', label: 'III. Thời gian, nội dung và kinh phí', Section: ScheduleSection },
  { key: 'tasks', label: 'IV. Tổ chức thực hiện, liên hệ', Section: TasksSection },
  { key: 'recipients', label: 'Nơi nhận, người ký', Section: RecipientsSection },
];

/** Every part of the plan in the form that fits it, section by section as the document reads. */
export function PlanEditor({ draft, units, onChange }: { draft: PlanDraft; units: Unit[]; onChange: (draft: PlanDraft) => void }) {
  const items = SECTIONS.map(({ key, label, Section }) => ({
    key,
    label,
    children: <Section draft={draft} units={units} onChange={onChange} />,
  }));
  return (
    <Form layout="vertical" component="div">
      <Collapse defaultActiveKey={['opening']} items={items} />
    </Form>
  );
}

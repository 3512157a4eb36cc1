import { Button, Checkbox, Input } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { BasisDocument } from '../../../../shared/domain/plan.ts';
import { DateField } from '../../../components/DateField.tsx';
import { WrappingInput } from '../../../components/WrappingInput.tsx';

const EMPTY: BasisDocument = { type: 'Kế hoạch', number: '', date: '', issuer: '', summary: '', citedInOpening: true };

/** The documents the plan is based on, each with type, number, date, issuer and trích yếu. */
export function BasisEditor({ values, onChange }: { values: BasisDocument[]; onChange: (values: BasisDocument[]) => void }) {
  const set = (index: number, patch: Partial<BasisDocument>) =>
    onChange(values.map((item, at) => (at === index ? { ...item, ...patch } : item)));
  return (
    <>
      {values.map((doc, index) => (
        <div className="basis-card" key={index}>
          {/* The number takes the room left: "68/KH-UBND", "34-CT/TW" are shown whole at 1366 px. */}
          <div className="basis-card__line">
            <Input
              style={{ flex: '0 1 150px' }}
              aria-label={`Loại văn bản ${index + 1}`}
              addonBefore="Loại"
              value={doc.type}
              onChange={(e) => set(index, { type: e.target.value })}
            />
            <Input
              style={{ flex: '1 1 150px', minWidth: 130 }}
              aria-label={`Số, ký hiệu ${index + 1}`}
              addonBefore="Số"
              value={doc.number}
              onChange={(e) => set(index, { number: e.target.value })}
            />
            <DateField
              width={132}
              ariaLabel={`Ngày ban hành ${index + 1}`}
              value={doc.date || null}
              onChange={(date) => set(index, { date: date ?? '' })}
              allowClear={false}
              placeholder="Ngày ban hành"
            />
            <Button
              danger
              icon={<DeleteOutlined />}
              aria-label={`Xóa văn bản căn cứ ${index + 1}`}
              onClick={() => onChange(values.filter((_, at) => at !== index))}
            />
          </div>
          <div className="basis-card__line basis-card__line--second">
            <Input
              style={{ flex: '0 1 190px' }}
              aria-label={`Cơ quan ban hành ${index + 1}`}
              addonBefore="Của"
              value={doc.issuer}
              onChange={(e) => set(index, { issuer: e.target.value })}
            />
            <div style={{ flex: '1 1 200px' }}>
              <WrappingInput
                ariaLabel={`Trích yếu ${index + 1}`}
                placeholder="về …"
                value={doc.summary}
                onChange={(summary) => set(index, { summary })}
              />
            </div>
          </div>
          <Checkbox
            style={{ marginTop: 6 }}
            checked={doc.citedInOpening}
            onChange={(e) => set(index, { citedInOpening: e.target.checked })}
          >
            Nêu trong câu mở đầu “Thực hiện …”
          </Checkbox>
        </div>
      ))}
      <Button size="small" icon={<PlusOutlined />} onClick={() => onChange([...values, EMPTY])}>
        Thêm văn bản căn cứ
      </Button>
    </>
  );
}

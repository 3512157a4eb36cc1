import { Button, Input, Space, Tooltip } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { WrappingInput } from '../../../components/WrappingInput.tsx';

/** An ordered list of paragraphs (purposes, requirements, tasks, recipients …) to edit, add, move and remove. */
export function ParagraphList({
  label,
  values,
  onChange,
  singleLine = false,
  prefix,
}: {
  label: string;
  values: string[];
  onChange: (values: string[]) => void;
  singleLine?: boolean;
  /** What the document puts before each item ("- ", "1. "), shown beside the field. */
  prefix?: (index: number) => string;
}) {
  const set = (index: number, value: string) => onChange(values.map((item, at) => (at === index ? value : item)));
  const move = (index: number, by: number) => {
    const next = [...values];
    const [item] = next.splice(index, 1);
    if (item !== undefined) next.splice(index + by, 0, item);
    onChange(next);
  };
  return (
    <div className="paragraph-list">
      {values.map((value, index) => (
        <div className="paragraph-list__row" key={index}>
          {prefix && <span className="paragraph-list__prefix">{prefix(index)}</span>}
          {singleLine ? (
            <WrappingInput ariaLabel={`${label} ${index + 1}`} value={value} onChange={(next) => set(index, next)} />
          ) : (
            <Input.TextArea
              aria-label={`${label} ${index + 1}`}
              value={value}
              autoSize={{ minRows: 2, maxRows: 10 }}
              onChange={(e) => set(index, e.target.value)}
            />
          )}
          <Space.Compact orientation="vertical">
            <Tooltip title="Lên">
              <Button
                size="small"
                icon={<ArrowUpOutlined />}
                disabled={index === 0}
                onClick={() => move(index, -1)}
                aria-label="Chuyển lên"
              />
            </Tooltip>
            <Tooltip title="Xuống">
              <Button
                size="small"
                icon={<ArrowDownOutlined />}
                disabled={index === values.length - 1}
                onClick={() => move(index, 1)}
                aria-label="Chuyển xuống"
              />
            </Tooltip>
            <Tooltip title="Xóa">
              <Button
                size="small"
                danger
                icon={<DeleteOutlined />}
                onClick={() => onChange(values.filter((_, at) => at !== index))}
                aria-label={`Xóa ${label} ${index + 1}`}
              />
            </Tooltip>
          </Space.Compact>
        </div>
      ))}
      <Button size="small" icon={<PlusOutlined />} onClick={() => onChange([...values, ''])}>
        Thêm đoạn
      </Button>
    </div>
  );
}

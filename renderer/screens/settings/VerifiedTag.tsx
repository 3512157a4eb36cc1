import { Tag, Tooltip } from 'antd';

const LABELS = {
  V: { color: 'green', text: 'Đã đối chiếu', hint: 'Đã đối chiếu với văn bản gốc' },
  S: { color: 'blue', text: 'Nguồn thứ cấp', hint: 'Theo nguồn thứ cấp; nên đối chiếu văn bản gốc' },
  U: { color: 'orange', text: 'Chưa đối chiếu', hint: 'Chưa đối chiếu với văn bản; cần kiểm tra trước khi dùng' },
} as const;

/** How sure the reference figure is; unchecked figures are flagged "chưa đối chiếu". */
export function VerifiedTag({ value }: { value: string }) {
  const label = LABELS[value as keyof typeof LABELS] ?? LABELS.U;
  return (
    <Tooltip title={label.hint}>
      <Tag color={label.color}>{label.text}</Tag>
    </Tooltip>
  );
}

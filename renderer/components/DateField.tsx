import { DatePicker } from 'antd';
import dayjs from 'dayjs';

/** A date picker that reads and writes ISO dates (YYYY-MM-DD) and shows dd/mm/yyyy. */
export function DateField({
  value,
  onChange,
  allowClear = true,
  placeholder = 'dd/mm/yyyy',
  id,
  width = 180,
  size,
  ariaLabel,
}: {
  value?: string | null;
  onChange?: (value: string | null) => void;
  allowClear?: boolean;
  placeholder?: string;
  id?: string;
  width?: number;
  size?: 'small' | 'middle';
  ariaLabel?: string;
}) {
  return (
    <DatePicker
      id={id}
      size={size}
      aria-label={ariaLabel}
      format={['DD/MM/YYYY', 'D/M/YYYY']}
      placeholder={placeholder}
      allowClear={allowClear}
      value={value ? dayjs(value) : null}
      onChange={(date) => onChange?.(date ? date.format('YYYY-MM-DD') : null)}
      style={{ width }}
    />
  );
}

import { Input } from 'antd';

/**
 * A one-line value shown whole: it wraps onto more lines instead of scrolling out of a narrow box
 * (a recipient, a phase name, a trích yếu at 1366 px). Enter inserts nothing, since the value is
 * one line in the document.
 */
export function WrappingInput({
  value,
  onChange,
  ariaLabel,
  placeholder,
}: {
  value: string;
  onChange: (value: string) => void;
  ariaLabel?: string;
  placeholder?: string;
}) {
  return (
    <Input.TextArea
      className="wrapping-input"
      aria-label={ariaLabel}
      placeholder={placeholder}
      value={value}
      autoSize={{ minRows: 1, maxRows: 4 }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.preventDefault();
      }}
      onChange={(e) => onChange(e.target.value.replace(/\s*\n\s*/gu, ' '))}
    />
  );
}

/** Vietnamese number formatting: 1.800.000 (dot as thousands separator). */
export function formatInteger(value: number): string {
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.trunc(Math.abs(value)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/gu, '.');
}

export function formatMoney(value: number): string {
  return `${formatInteger(value)} đồng`;
}

/** Counts in documents are written with two digits: 02 điển hình, 01 tập thể. */
export function twoDigits(value: number): string {
  return value < 10 && value >= 0 ? `0${value}` : String(value);
}

/** Coefficients are stored as integer hundredths (0,45 → 45) and shown with a decimal comma. */
export function formatCoefficient(hundredths: number): string {
  const whole = Math.trunc(hundredths / 100);
  const rest = hundredths % 100;
  if (rest === 0) return `${whole},0`;
  return `${whole},${String(rest).padStart(2, '0').replace(/0$/u, '')}`;
}

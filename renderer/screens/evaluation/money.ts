/** Money as the papers write it: 1.410.000 đ. */
export function formatMoney(amount: number): string {
  return `${amount.toLocaleString('vi-VN')} đ`;
}

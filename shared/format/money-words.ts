import { ReadingConfig, doReadNumber } from 'read-vietnamese-number';

/**
 * An amount of money in words as an award decision writes it ("Bằng chữ: Một triệu bốn trăm
 * mười nghìn đồng"). read-vietnamese-number does the reading ("không trăm", "lẻ", "mốt",
 * "lăm"); the office writes "tỷ", not "tỉ".
 */
const config = new ReadingConfig();
config.unit = ['đồng'];
config.units = [[], ['nghìn'], ['triệu'], ['tỷ']];

export function amountInWords(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`Số tiền không hợp lệ: ${amount}`);
  const words = doReadNumber(String(amount), config);
  return `${words.charAt(0).toLocaleUpperCase('vi')}${words.slice(1)}`;
}

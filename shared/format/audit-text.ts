import type { AuditEntry } from '../domain/audit.ts';

export const ENTITY_LABELS: Record<string, string> = {
  agency: 'Cơ quan',
  unit: 'Đơn vị',
  campaign: 'Chiến dịch',
  base_salary: 'Mức lương cơ sở',
  award_form: 'Hình thức khen thưởng',
  nominee: 'Đề cử',
  nominee_attachment: 'Tệp của đề cử',
  submission: 'Lần gửi của đơn vị',
  issued_document: 'Văn bản ban hành',
  'ethnic-choice': 'Dân tộc đã chọn khi nhập',
  mail_settings: 'Máy chủ email',
  mail: 'Thư gửi đơn vị',
  certificate_layout: 'Vị trí in Giấy khen',
  backup_settings: 'Thư mục sao lưu',
  database: 'Khôi phục dữ liệu từ bản sao lưu',
};

const FIELD_LABELS: Record<string, string> = {
  name: 'Tên',
  fullName: 'Tên đầy đủ',
  parentBody: 'Cơ quan chủ quản',
  abbreviation: 'Viết tắt',
  place: 'Địa danh',
  headTitle: 'Chức vụ người đứng đầu',
  deputyTitle: 'Chức vụ cấp phó',
  signerAuthority: 'Thẩm quyền ký',
  signerTitle: 'Chức vụ người ký',
  signerName: 'Người ký',
  contactName: 'Người liên hệ',
  contactPosition: 'Chức vụ người liên hệ',
  contactPhone: 'Điện thoại',
  email: 'Email',
  kind: 'Loại',
  contactOffice: 'Đầu mối',
  officialCode: 'Mã hành chính',
  activeFrom: 'Hoạt động từ',
  activeTo: 'Hoạt động đến',
  validFrom: 'Áp dụng từ',
  validTo: 'Áp dụng đến',
  amount: 'Số tiền',
  decree: 'Căn cứ',
  departments: 'Các phòng',
};

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(trống)';
  if (typeof value === 'string') return `“${value}”`;
  return JSON.stringify(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Audit rows as sentences: "Người ký: “Vi Thanh Quyền” → “Nguyễn Văn An”". */
export function describeChanges(entry: AuditEntry): string[] {
  const before = isRecord(entry.before) ? entry.before : {};
  const after = isRecord(entry.after) ? entry.after : {};
  if (entry.action === 'create') return [`Tạo mới: ${show(after.name ?? after.title ?? after.fullName ?? after.amount)}`];
  if (entry.action === 'delete') return [`Đã xóa: ${show(before.name ?? before.title ?? before.amount)}`];
  const lines = Object.keys({ ...before, ...after })
    .filter((key) => key !== 'id' && JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => `${FIELD_LABELS[key] ?? key}: ${show(before[key])} → ${show(after[key])}`);
  return lines.length > 0 ? lines : ['Lưu lại, không đổi nội dung'];
}

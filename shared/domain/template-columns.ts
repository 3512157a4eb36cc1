/**
 * The columns of the district template, in the order the plan's office asks for them.
 * The importer finds them by header text (any case, with or without diacritics), so a district
 * that moved or renamed a column slightly is still read.
 */
export const TEMPLATE_COLUMNS = [
  { key: 'stt', header: 'STT', width: 6, aliases: ['tt', 'so tt', 'so thu tu'] },
  { key: 'kind', header: 'Loại (Tập thể/Cá nhân)', width: 12, aliases: ['loai', 'tap the/ca nhan', 'doi tuong'] },
  {
    key: 'name',
    header: 'Họ và tên / Tên tập thể',
    width: 28,
    aliases: ['ho va ten', 'ho ten', 'ten tap the', 'ten', 'ho va ten/ten tap the'],
  },
  { key: 'collectiveForm', header: 'Hình thức tổ chức (tập thể)', width: 16, aliases: ['hinh thuc to chuc', 'loai hinh'] },
  { key: 'representative', header: 'Người đại diện (tập thể)', width: 20, aliases: ['nguoi dai dien', 'dai dien'] },
  { key: 'gender', header: 'Giới tính', width: 9, aliases: ['gioi', 'nam/nu'] },
  { key: 'birthYear', header: 'Năm sinh', width: 9, aliases: ['ngay sinh', 'nam sinh', 'sinh nam'] },
  { key: 'ethnicity', header: 'Dân tộc', width: 12, aliases: ['dan toc'] },
  { key: 'position', header: 'Chức vụ, nghề nghiệp', width: 18, aliases: ['chuc vu', 'nghe nghiep', 'chuc vu/nghe nghiep'] },
  { key: 'village', header: 'Thôn/bản', width: 14, aliases: ['thon', 'ban', 'thon ban', 'thon, ban'] },
  { key: 'commune', header: 'Xã', width: 14, aliases: ['xa', 'xa/phuong', 'xa, phuong'] },
  { key: 'district', header: 'Huyện', width: 14, aliases: ['huyen', 'huyen/thi xa'] },
  { key: 'phone', header: 'Điện thoại', width: 13, aliases: ['dien thoai', 'so dien thoai', 'sdt', 'dt'] },
  { key: 'achievementField', header: 'Lĩnh vực thành tích', width: 22, aliases: ['linh vuc', 'linh vuc thanh tich'] },
  { key: 'achievementSummary', header: 'Tóm tắt thành tích', width: 45, aliases: ['tom tat thanh tich', 'thanh tich', 'tom tat'] },
  {
    key: 'priorAwards',
    header: 'Hình thức khen thưởng đã nhận',
    width: 28,
    aliases: ['khen thuong da nhan', 'hinh thuc khen thuong', 'da duoc khen thuong'],
  },
] as const;

export type TemplateColumnKey = (typeof TEMPLATE_COLUMNS)[number]['key'];

export const KIND_CHOICES = ['Tập thể', 'Cá nhân'] as const;
export const GENDER_CHOICES = ['Nam', 'Nữ'] as const;

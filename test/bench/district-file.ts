import ExcelJS from 'exceljs';

const FAMILY = ['Hoàng', 'Nông', 'Lý', 'Đặng', 'Triệu', 'Lương', 'Vi', 'Hà', 'Nguyễn', 'Trần'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu'];
const GIVEN = ['Mai', 'Dền', 'Sen', 'Hương', 'Long', 'An', 'Bình', 'Đào', 'Kiên', 'Hoa', 'Tài', 'Sáu'];
const ETHNIC = ['Tày', 'Nùng', 'Sán Chay', 'Dao', 'Sán Dìu', 'Hoa', 'Cao Lan'];

/** A Lục Ngạn file of `rows` nominees in the template's columns, written by exceljs. */
export async function bigDistrictFile(file: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('DS');
  sheet.addRow(['DANH SÁCH ĐỀ CỬ - Huyện Lục Ngạn']);
  sheet.addRow([
    'STT',
    'Loại',
    'Họ và tên / Tên tập thể',
    'Hình thức tổ chức',
    'Người đại diện',
    'Giới tính',
    'Năm sinh',
    'Dân tộc',
    'Chức vụ, nghề nghiệp',
    'Thôn/bản',
    'Xã',
    'Huyện',
    'Điện thoại',
    'Lĩnh vực thành tích',
    'Tóm tắt thành tích',
    'Hình thức khen thưởng đã nhận',
  ]);
  for (let i = 0; i < rows; i += 1) {
    const name = `${FAMILY[i % 10]} ${MIDDLE[Math.floor(i / 10) % 5]} ${GIVEN[(i * 7) % 12]}`;
    sheet.addRow([
      i + 1,
      'Cá nhân',
      name,
      null,
      null,
      i % 2 ? 'Nữ' : 'Nam',
      1950 + (i % 50),
      ETHNIC[i % 7],
      'Nông dân',
      `Thôn ${i % 40}`,
      'Hồng Giang',
      'Lục Ngạn',
      '0912000000',
      'Lao động sản xuất',
      'Trồng vải thiều theo tiêu chuẩn VietGAP, giúp nhiều hộ thoát nghèo',
      '',
    ]);
  }
  await workbook.xlsx.writeFile(file);
}

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { openSession } from '../../electron/session.ts';
import type { Report, Timer } from './bench-documents.ts';

const PYTHON = '/usr/bin/python3';
const FAMILY = ['Hoàng', 'Nông', 'Lý', 'Đặng', 'Triệu', 'Lương', 'Vi', 'Hà', 'Nguyễn', 'Trần'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu'];
const GIVEN = ['Mai', 'Dền', 'Sen', 'Hương', 'Long', 'An', 'Bình', 'Đào', 'Kiên', 'Hoa', 'Tài', 'Sáu'];
const ETHNIC = ['Tày', 'Nùng', 'Sán Chay', 'Dao', 'Sán Dìu', 'Hoa', 'Cao Lan'];

/** A Lục Ngạn file of `rows` nominees in the template's columns, written by exceljs. */
async function bigDistrictFile(file: string, rows: number): Promise<void> {
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

/** Issue 4's figures: preview of a 5,000-row file beside openpyxl's plain read; import; search over 50,000. */
export async function benchNominations(dir: string, time: Timer, report: Report): Promise<void> {
  const file = path.join(dir, 'luc-ngan-5000.xlsx');
  await bigDistrictFile(file, 5000);
  const session = openSession({ databasePath: path.join(dir, 'nominations.sqlite') });
  const request = { campaignId: 1, fileName: 'luc-ngan-5000.xlsx', contentBase64: fs.readFileSync(file).toString('base64') };
  const preview = await time(5, () => session.dispatch('imports.preview', request));
  const openpyxl = Number(
    execFileSync(
      PYTHON,
      [
        '-c',
        `
import sys, time
from openpyxl import load_workbook
best = []
for _ in range(5):
    t = time.perf_counter()
    wb = load_workbook(sys.argv[1], read_only=True)
    for row in wb.worksheets[0].iter_rows(values_only=True):
        for value in row:
            pass
    best.append((time.perf_counter() - t) * 1000)
best.sort()
print(best[len(best) // 2])
`,
        file,
      ],
      { encoding: 'utf8' },
    ).trim(),
  );
  report('Xem trước tệp 5.000 dòng', preview);
  report('openpyxl đọc thuần cùng tệp (read_only)', openpyxl);
  console.log(`${'Tỉ lệ xem trước / openpyxl'.padEnd(58)} ${(preview / openpyxl).toFixed(2).padStart(8)}      (mục tiêu ≤ 1,00)`);
  // Each import into a database of its own, as a district's first file arrives; the median of three.
  const fresh = [1, 2, 3].map((n) => openSession({ databasePath: path.join(dir, `import-${n}.sqlite`) }));
  let next = 0;
  const commit = await time(3, () => fresh[next++]?.dispatch('imports.commit', request));
  fresh.forEach((other) => other.close());
  report('Nhập 5.000 dòng (đọc lại + ghi, một giao dịch)', commit);
  report('  trong đó phần ghi (trừ thời gian xem trước)', commit - preview, 'dưới 500 ms');
  await session.dispatch('imports.commit', request);

  // 50,000 nominees: copies of the imported rows spread over the campaign's units.
  const units = session.db.prepare('SELECT unit_id FROM campaign_quotas WHERE campaign_id = 1 ORDER BY position').pluck().all() as number[];
  session.db.transaction(() => {
    for (let copy = 0; copy < 9; copy += 1) {
      session.db
        .prepare(
          `INSERT INTO nominees (campaign_id, unit_id, kind, name, name_folded, sort_key, gender, birth_year, ethnic_code, district, achievement_field, achievement_summary, created_at, updated_at)
           SELECT campaign_id, ?, kind, name, name_folded, sort_key, gender, birth_year, ethnic_code, district, achievement_field, achievement_summary, created_at, updated_at
           FROM nominees WHERE campaign_id = 1 LIMIT 5000`,
        )
        .run(units[copy % units.length]);
    }
  })();
  const total = (session.db.prepare('SELECT count(*) FROM nominees').pluck().get() as number).toLocaleString('vi-VN');
  const list = (label: string, query: Record<string, unknown>) =>
    time(9, () => session.dispatch('nominees.list', { campaignId: 1, ...query })).then((ms) =>
      report(`${label} (${total} đề cử)`, ms, 'dưới 10 ms'),
    );
  await list('Danh sách, trang đầu theo đơn vị', {});
  await list('Tìm "hoang thi mai"', { search: 'hoang thi mai' });
  await list('Tìm "dang" (một họ, ~10% danh sách)', { search: 'dang' });
  await list('Tìm "ly" (hai chữ: đầu từ)', { search: 'ly' });
  await list('Lọc một đơn vị, chỉ cá nhân', { unitId: units[1], kind: 'individual' });
  await list('Lọc trạng thái "Đề cử"', { status: 'nominated' });
  report(
    `Tính lại cảnh báo của mọi đề cử (lần đầu, ${total})`,
    await time(1, () => session.dispatch('nominees.list', { campaignId: 1, withWarnings: true })),
  );
  await list('Lọc "có cảnh báo"', { withWarnings: true });
  report(`Thẻ đơn vị (đã nộp, chỉ tiêu, cảnh báo; ${total})`, await time(9, () => session.dispatch('submissions.list', { campaignId: 1 })));
  session.close();
}

import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Session } from '../../electron/session/open-session.ts';
import { HEADER_ROW } from '../../electron/sheets/template.ts';

/** Sample nominees, the way districts fill the template: one collective and one person per unit. */
const SAMPLES: Record<string, { collective: (string | number | null)[]; individuals: (string | number | null)[][] }> = {
  'Sơn Động': {
    collective: [
      'Tập thể',
      'Câu lạc bộ Hát then xã An Lạc',
      'Câu lạc bộ',
      'Hoàng Văn Tài',
      null,
      null,
      null,
      null,
      'Thôn Đồng Bây',
      'An Lạc',
      'Sơn Động',
      null,
      'Giữ gìn bản sắc văn hóa dân tộc',
      'Duy trì 40 buổi sinh hoạt mỗi năm',
      'Giấy khen UBND huyện 2022',
    ],
    individuals: [
      [
        'Cá nhân',
        'Lý Thị Sen',
        null,
        null,
        'Nữ',
        1982,
        'Dao',
        'Nông dân',
        'Thôn Nà Hem',
        'Tuấn Đạo',
        'Sơn Động',
        '0987000111',
        'Lao động sản xuất',
        'Trồng 5 ha quế, giúp 12 hộ thoát nghèo',
        '',
      ],
    ],
  },
  'Lục Ngạn': {
    collective: [
      'Tập thể',
      'Hợp tác xã Nông nghiệp Quý Sơn',
      'Hợp tác xã',
      'Lương Văn Tùng',
      null,
      null,
      null,
      null,
      null,
      'Quý Sơn',
      'Lục Ngạn',
      null,
      'Kinh doanh',
      'Tiêu thụ vải thiều cho 120 hộ đồng bào',
      '',
    ],
    individuals: [
      [
        'Cá nhân',
        'Hoàng Thị Mai',
        null,
        null,
        'Nữ',
        1975,
        'Sán Chay',
        'Nông dân',
        'Thôn Kép',
        'Hồng Giang',
        'Lục Ngạn',
        '0912000001',
        'Lao động sản xuất',
        'Trồng vải thiều theo VietGAP',
        '',
      ],
    ],
  },
  'Lục Nam': {
    collective: [
      'Tập thể',
      'Tổ hợp tác chè Bình Sơn',
      'Tổ hợp tác',
      'Nịnh Văn Hào',
      null,
      null,
      null,
      null,
      null,
      'Bình Sơn',
      'Lục Nam',
      null,
      'Lao động sản xuất',
      'Chè an toàn, 30 lao động người dân tộc thiểu số',
      '',
    ],
    individuals: [
      [
        'Cá nhân',
        'Đặng Văn Kiên',
        null,
        null,
        'Nam',
        1970,
        'Dao',
        'Trưởng bản',
        'Bản Khuôn Thần',
        'Lục Sơn',
        'Lục Nam',
        null,
        'Hiến đất xây dựng công trình phúc lợi',
        'Hiến 500 m² đất làm nhà văn hóa',
        '',
      ],
    ],
  },
  'Yên Thế': {
    collective: [
      'Tập thể',
      'Câu lạc bộ Dân ca Sán Dìu xã Đồng Kỳ',
      'Câu lạc bộ',
      'Diệp Thị Ngọc',
      null,
      null,
      null,
      null,
      null,
      'Đồng Kỳ',
      'Yên Thế',
      null,
      'Giữ gìn bản sắc văn hóa dân tộc',
      'Sưu tầm 60 bài soọng cô',
      '',
    ],
    individuals: [
      [
        'Cá nhân',
        'Nông Văn Dền',
        null,
        null,
        'Nam',
        1968,
        'Nùng',
        'Trưởng thôn',
        'Bản Mới',
        'Tân Sỏi',
        'Yên Thế',
        null,
        'Tuyên truyền vận động',
        'Vận động hiến đất làm đường',
        '',
      ],
    ],
  },
  'Lạng Giang': {
    collective: [],
    individuals: [
      [
        'Cá nhân',
        'Trần Thị Hoa',
        null,
        null,
        'Nữ',
        1986,
        'Tày',
        'Giáo viên',
        'Thôn Non Sáu',
        'Hương Sơn',
        'Lạng Giang',
        null,
        'Tuyên truyền vận động',
        'Dạy tiếng Tày cho thiếu nhi',
        '',
      ],
    ],
  },
  'Tân Yên': {
    collective: [],
    individuals: [
      [
        'Cá nhân',
        'La Văn Dũng',
        null,
        null,
        'Nam',
        1979,
        'Sán Dìu',
        'Công an viên',
        'Thôn Đồng Lạc',
        'Lam Cốt',
        'Tân Yên',
        null,
        'Giữ gìn an ninh, trật tự',
        'Giữ bình yên thôn bản 10 năm',
        '',
      ],
    ],
  },
};

/** Writes each quota unit's template through the app, fills it as a district would, returns the files. */
export async function filledTemplates(session: Session, campaignId: number): Promise<{ unitName: string; file: string }[]> {
  const campaign = await session.dispatch('campaigns.get', { campaignId });
  if (!campaign.ok) throw new Error('campaign');
  const quotas = (campaign.value as { quotas: { unitId: number; unitName: string }[] }).quotas;
  const files: { unitName: string; file: string }[] = [];
  for (const quota of quotas) {
    const exported = await session.dispatch('templates.export', { campaignId, unitId: quota.unitId });
    if (!exported.ok) throw new Error(exported.error.message);
    const target = (exported.value as { saved: string }).saved;
    const sample = SAMPLES[quota.unitName];
    if (!sample) continue;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(target);
    const sheet = workbook.worksheets[0];
    if (!sheet) continue;
    const rows = [...(sample.collective.length ? [sample.collective] : []), ...sample.individuals];
    rows.forEach((values, index) => {
      sheet.getRow(HEADER_ROW + 1 + index).values = [index + 1, ...values];
    });
    const filled = path.join(path.dirname(target), `da-dien-${path.basename(target)}`);
    await workbook.xlsx.writeFile(filled);
    files.push({ unitName: quota.unitName, file: filled });
  }
  return files;
}

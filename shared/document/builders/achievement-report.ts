import { formatDateVi } from '../../format/dates.ts';
import { paragraph, type AdminDocument, type Block, type Table } from '../model.ts';

/**
 * Báo cáo thành tích of one nominee (NĐ 152/2025, Phụ lục: Mẫu 04 tập thể, Mẫu 05 cá nhân, Mẫu 08
 * thi đua theo chuyên đề — the code is data): no agency block, the Quốc hiệu centred, filled
 * from the nominee's record, with the nurturing received and the evaluation where they exist.
 */

export type ReportSubject = 'individual' | 'collective' | 'household';

export interface AchievementReportData {
  formCode: string;
  /** The form proposed, "Giấy khen của Trưởng Ban Dân tộc"; empty when none is proposed yet. */
  formName: string;
  place: string;
  year: number;
  campaignSubject: string;
  subject: ReportSubject;
  nominee: {
    name: string;
    gender: string;
    birthYear: number | null;
    ethnicity: string;
    position: string;
    address: string;
    unitName: string;
    phone: string;
    collectiveForm: string;
    representative: string;
    achievementField: string;
    achievementSummary: string;
    priorAwards: string;
  };
  /** The achievement text as edited in the app; the short achievement stands in until then. */
  achievementBlocks: Block[] | null;
  nurturing: { on: string; kind: string; note: string }[];
  evaluation: { result: string; note: string } | null;
}

/** Mẫu 08: khen thưởng thi đua theo chuyên đề. */
const THEMATIC = '08';

/** A line of particulars; what the record does not hold is left as "…" to fill in by hand. */
const line = (label: string, value: string | number | null) =>
  paragraph('body', `- ${label}: ${value === null || value === '' ? '…' : value}`);
const lowerFirst = (text: string) => (text ? `${text.charAt(0).toLocaleLowerCase('vi')}${text.slice(1)}` : text);

function particulars(data: AchievementReportData): Block[] {
  const n = data.nominee;
  if (data.subject === 'individual') {
    return [
      paragraph('section', 'I. SƠ LƯỢC LÝ LỊCH'),
      line('Họ và tên', n.name),
      line('Năm sinh', n.birthYear),
      line('Giới tính', n.gender),
      line('Dân tộc', n.ethnicity),
      line('Quê quán', null),
      line('Nơi thường trú', n.address),
      line('Đơn vị công tác hoặc nơi sinh sống', n.unitName),
      line('Chức vụ', n.position),
      line('Điện thoại', n.phone),
    ];
  }
  if (data.subject === 'household') {
    return [
      paragraph('section', 'I. SƠ LƯỢC VỀ HỘ GIA ĐÌNH'),
      line('Hộ gia đình', n.name),
      line('Chủ hộ', n.representative),
      line('Dân tộc', n.ethnicity),
      line('Địa chỉ', n.address),
      line('Số nhân khẩu', null),
      line('Đóng góp (ngày công lao động, đất hiến theo m², tài sản và giá trị)', null),
      line('Điện thoại', n.phone),
    ];
  }
  return [
    paragraph('section', 'I. ĐẶC ĐIỂM, TÌNH HÌNH'),
    line('Tên tập thể', n.name),
    line('Loại hình', n.collectiveForm),
    line('Năm thành lập', null),
    line('Địa chỉ', n.address),
    line('Số thành viên, người lao động; trong đó người dân tộc thiểu số', null),
    line('Tổ chức bộ máy', null),
    line('Người đứng đầu, đại diện', n.representative),
    line('Dân tộc của người đại diện', n.ethnicity),
    line('Điện thoại', n.phone),
  ];
}

function achievements(data: AchievementReportData): Block[] {
  const n = data.nominee;
  const text = n.achievementSummary
    .split(/\n+/u)
    .map((part) => part.trim())
    .filter(Boolean);
  const blocks: Block[] = [
    paragraph('section', data.formCode === THEMATIC ? 'II. THÀNH TÍCH ĐẠT ĐƯỢC TRONG PHONG TRÀO THI ĐUA' : 'II. THÀNH TÍCH ĐẠT ĐƯỢC'),
    paragraph('clause', '1. Lĩnh vực'),
    paragraph('body', n.achievementField || `Thành tích trong ${lowerFirst(data.campaignSubject)}.`),
    paragraph('clause', '2. Thành tích cụ thể'),
    ...(data.achievementBlocks && data.achievementBlocks.length > 0
      ? data.achievementBlocks
      : text.length > 0
        ? text.map((part) => paragraph('body', part))
        : [paragraph('body', '…')]),
  ];
  if (data.nurturing.length > 0) {
    blocks.push(
      paragraph('clause', '3. Tham gia bồi dưỡng, nhân rộng điển hình'),
      ...data.nurturing.map((item) => paragraph('body', `- ${formatDateVi(item.on)}: ${item.kind}${item.note ? ` (${item.note})` : ''}.`)),
    );
  }
  if (data.evaluation) {
    blocks.push(
      paragraph('body', `Kết quả đánh giá: ${data.evaluation.result}${data.evaluation.note ? `; ${data.evaluation.note}` : ''}.`),
    );
  }
  return blocks;
}

function priorAwardsTable(data: AchievementReportData): Table {
  const lines = data.nominee.priorAwards
    .split(/\n+/u)
    .map((part) => part.trim())
    .filter(Boolean);
  const cell = (text: string, align: 'left' | 'center' = 'left') => ({ runs: [{ text }], align });
  return {
    kind: 'table',
    columnWidths: [12, 50, 38],
    headerRows: [[cell('Năm', 'center'), cell('Hình thức khen thưởng', 'center'), cell('Số, ngày quyết định; cơ quan ban hành', 'center')]],
    rows:
      lines.length > 0
        ? lines.map((text) => {
            const year = /\b(19|20)\d{2}\b/u.exec(text)?.[0] ?? '';
            return [cell(year, 'center'), cell(text), cell('')];
          })
        : [[cell(''), cell('Chưa được khen thưởng'), cell('')]],
  };
}

const SIGNERS: Record<ReportSubject, { left: string; right: string }> = {
  individual: { left: 'XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG', right: 'NGƯỜI BÁO CÁO THÀNH TÍCH' },
  collective: { left: 'XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG', right: 'THỦ TRƯỞNG ĐƠN VỊ' },
  household: { left: 'XÁC NHẬN CỦA UBND XÃ', right: 'CHỦ HỘ' },
};

export function buildAchievementReport(data: AchievementReportData): AdminDocument {
  const signers = SIGNERS[data.subject];
  const signerName = data.subject === 'individual' ? data.nominee.name : data.nominee.representative;
  return {
    kind: `achievement-report-${data.formCode}`,
    header: { parentBody: '', agency: '', number: null, symbol: '', place: data.place, date: null, year: data.year },
    typeName: 'BÁO CÁO THÀNH TÍCH',
    summaryLines: [
      data.formName ? `ĐỀ NGHỊ TẶNG ${data.formName.toLocaleUpperCase('vi')}` : 'ĐỀ NGHỊ KHEN THƯỞNG',
      ...(data.formCode === THEMATIC ? [`(Thành tích trong phong trào thi đua ${lowerFirst(data.campaignSubject)})`] : []),
    ],
    sections: [
      {
        orientation: 'portrait',
        blocks: [
          ...particulars(data),
          ...achievements(data),
          paragraph('section', 'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG'),
          priorAwardsTable(data),
        ],
      },
    ],
    signature: { authority: '', headTitle: signers.right, signerTitle: '', name: signerName },
    counterSignature: { title: signers.left, name: '' },
    recipients: [],
  };
}

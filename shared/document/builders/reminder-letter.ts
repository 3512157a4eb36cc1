import { formatDateInWords, formatDateVi } from '../../format/dates.ts';
import { HEADER_COLUMNS_MM } from '../layout.ts';
import { paragraph, type AdminDocument, type Block, type Signature } from '../model.ts';
import { splitSummary } from './summary-lines.ts';

/** One unit the letter reminds, and what it still owes. */
export interface ReminderUnit {
  /** The office addressed ("Phòng Dân tộc huyện Sơn Động"), else the unit's title. */
  addressee: string;
  title: string;
  missing: string;
}

/** Everything a Công văn đôn đốc says, frozen with it when it is issued. */
export interface ReminderLetterData {
  agency: { name: string; parentBody: string; abbreviation: string; place: string };
  department: string;
  signer: Signature;
  number: number | null;
  date: string | null;
  year: number;
  campaignYear: number;
  campaignSubject: string;
  plan: { number: string; issuedOn: string } | null;
  deadline: string;
  /** The new date the units are asked to send by. */
  replyBy: string;
  units: ReminderUnit[];
  contact: { name: string; position: string; phone: string; email: string | null };
}

const lowerFirst = (text: string) => (text ? `${text.charAt(0).toLocaleLowerCase('vi')}${text.slice(1)}` : text);

/** The ký hiệu of a công văn: the agency's, then the drafting department's ("BDT-HCTH"). */
export const letterSymbol = (abbreviation: string, department: string) => (department ? `${abbreviation}-${department}` : abbreviation);

/** Công văn đôn đốc (NĐ 30/2020, Mẫu 1.5): no tên loại, "V/v …" under the number, one page. */
export function buildReminderLetter(data: ReminderLetterData): AdminDocument {
  const planPhrase = data.plan
    ? `Kế hoạch số ${data.plan.number} ${formatDateInWords(data.plan.issuedOn)} của ${data.agency.name}`
    : `kế hoạch của ${data.agency.name}`;
  const contactEmail = data.contact.email ? `, email: ${data.contact.email}` : '';
  const blocks: Block[] = [
    paragraph(
      'body',
      `Thực hiện ${planPhrase} về ${lowerFirst(data.campaignSubject)}, các đơn vị gửi danh sách đề cử điển hình tiên tiến về ${data.agency.name} trước ngày ${formatDateVi(data.deadline)}.`,
    ),
    paragraph('body', `Đến nay, ${data.agency.name} chưa nhận đủ danh sách đề cử của các đơn vị sau:`),
    ...data.units.map((unit, index) => paragraph('body', `- ${unit.title}: ${unit.missing}${index === data.units.length - 1 ? '.' : ';'}`)),
    paragraph(
      'body',
      `Để kịp tổng hợp, bồi dưỡng và đánh giá theo kế hoạch, ${data.agency.name} đề nghị các đơn vị khẩn trương hoàn thiện và gửi danh sách đề cử (kèm hồ sơ) về ${data.agency.name} trước ngày ${formatDateVi(data.replyBy)}.`,
    ),
    paragraph(
      'body',
      `Thông tin chi tiết xin liên hệ: ${data.contact.position} ${data.contact.name}, điện thoại: ${data.contact.phone}${contactEmail}.`,
    ),
    paragraph('body', `${data.agency.name} đề nghị các đơn vị quan tâm, phối hợp thực hiện./.`),
  ];
  return {
    kind: 'reminder-letter',
    header: {
      parentBody: data.agency.parentBody,
      agency: data.agency.name,
      number: data.number,
      symbol: letterSymbol(data.agency.abbreviation, data.department),
      place: data.agency.place,
      date: data.date,
      year: data.date ? Number(data.date.slice(0, 4)) : data.year,
    },
    typeName: '',
    // Under the number, in the left column of the header (12 pt, about 60 mm wide).
    summaryLines: splitSummary(
      `V/v đôn đốc gửi danh sách đề cử điển hình tiên tiến năm ${data.campaignYear}`,
      (HEADER_COLUMNS_MM[0] - 5) * (14 / 12),
    ),
    addressees: data.units.map((unit) => unit.addressee),
    sections: [{ orientation: 'portrait', blocks }],
    signature: data.signer,
    recipients: ['Như trên', data.department ? `Lưu: VT, ${data.department}` : 'Lưu: VT'],
  };
}

import type { Agency } from '../../../shared/domain/agencies.ts';
import { formatDateVi } from '../../../shared/format/dates.ts';

/** The Vietnamese words of each message to a unit; the files they carry are built elsewhere. */

export interface MessageWords {
  subject: string;
  text: string;
}

function signOff(agency: Agency): string {
  return [
    'Trân trọng./.',
    '',
    `${agency.contactPosition} ${agency.contactName}`.trim(),
    agency.fullName,
    `Điện thoại: ${agency.contactPhone}${agency.email ? ` - Email: ${agency.email}` : ''}`,
  ].join('\n');
}

export function summaryWords(
  agency: Agency,
  year: number,
  unit: { title: string; addressee: string },
  figures: { nominees: number; awarded: number; fileName: string },
): MessageWords {
  return {
    subject: `${agency.name} gửi kết quả điển hình tiên tiến năm ${year} - ${unit.title}`,
    text: [
      `Kính gửi: ${unit.addressee}.`,
      '',
      `${agency.fullName} gửi ${unit.title} bản tổng hợp kết quả lựa chọn, bồi dưỡng, đánh giá và khen thưởng điển hình tiên tiến năm ${year} của đơn vị (tệp đính kèm ${figures.fileName}).`,
      `Đơn vị có ${figures.nominees} tập thể, cá nhân được đề cử; ${figures.awarded} được khen thưởng.`,
      'Đề nghị đơn vị kiểm tra; nếu có sai sót về họ tên, dân tộc, thành tích, xin báo lại để kịp điều chỉnh.',
      '',
      signOff(agency),
    ].join('\n'),
  };
}

export function reminderWords(
  agency: Agency,
  year: number,
  unit: { title: string; addressee: string; missing: string },
  letter: { number: string; issuedOn: string; replyBy: string; deadline: string; fileName: string },
): MessageWords {
  return {
    subject: `Đôn đốc gửi danh sách đề cử điển hình tiên tiến năm ${year} - ${unit.title}`,
    text: [
      `Kính gửi: ${unit.addressee}.`,
      '',
      `Hạn gửi danh sách đề cử điển hình tiên tiến năm ${year} là ngày ${formatDateVi(letter.deadline)}. Đến nay ${unit.title} ${unit.missing}.`,
      `${agency.name} gửi Công văn số ${letter.number} ngày ${formatDateVi(letter.issuedOn)} về việc đôn đốc (tệp đính kèm ${letter.fileName}) và đề nghị đơn vị gửi danh sách trước ngày ${formatDateVi(letter.replyBy)}.`,
      '',
      signOff(agency),
    ].join('\n'),
  };
}

import { formatDateInText } from '../../format/dates.ts';
import { paragraph, type AdminDocument, type Block, type TableCell } from '../model.ts';
import { splitSummary } from './summary-lines.ts';

/** What the minutes of a council meeting say, read from the meeting, its members and its votes. */
export interface CouncilMinutesData {
  agency: { name: string; parentBody: string; abbreviation: string; place: string; headTitle: string };
  year: number;
  heldOn: string;
  place: string;
  chairedBy: string;
  secretary: string;
  membersTotal: number;
  present: number;
  writtenOpinions: number;
  quorumText: string;
  members: { name: string; title: string; presence: 'present' | 'written' | 'absent' }[];
  votes: {
    name: string;
    unitName: string;
    votesFor: number;
    votesAgainst: number;
    abstentions: number;
    conflictNote: string;
    conflicts: number;
    proposed: boolean;
    text: string;
  }[];
  proposals: { name: string; unitName: string; awardName: string }[];
}

/**
 * The head as the text names them: "TRƯỞNG BAN" of "Ban Dân tộc" → "Trưởng Ban Dân tộc",
 * "GIÁM ĐỐC" of "Sở Dân tộc và Tôn giáo" → "Giám đốc Sở Dân tộc và Tôn giáo".
 */
export function headInText(headTitle: string, agencyName: string): string {
  const words = headTitle.toLocaleLowerCase('vi').split(/\s+/u).filter(Boolean);
  const first = agencyName.split(' ')[0] ?? '';
  if (words.at(-1) === first.toLocaleLowerCase('vi')) words.pop();
  const title = words.join(' ');
  return `${title.charAt(0).toLocaleUpperCase('vi')}${title.slice(1)} ${agencyName}`;
}

const cell = (text: string, align: TableCell['align'] = 'center', bold = false): TableCell => ({ runs: [{ text, bold }], align });

function presenceLines(data: CouncilMinutesData): Block[] {
  const named = (presence: CouncilMinutesData['members'][number]['presence']) =>
    data.members
      .filter((member) => member.presence === presence)
      .map((member) => (member.title ? `${member.name} (${member.title})` : member.name));
  const absentCount = data.membersTotal - data.present - data.writtenOpinions;
  const blocks: Block[] = [
    paragraph(
      'body',
      `- Tổng số thành viên Hội đồng: ${data.membersTotal}; có mặt: ${data.present}; vắng có ý kiến bằng văn bản: ${data.writtenOpinions}; vắng: ${absentCount}.`,
    ),
  ];
  const present = named('present');
  if (present.length > 0) blocks.push(paragraph('body', `- Thành viên có mặt: ${present.join('; ')}.`));
  const written = named('written');
  if (written.length > 0) blocks.push(paragraph('body', `- Thành viên vắng, có ý kiến bằng văn bản: ${written.join('; ')}.`));
  blocks.push(paragraph('body', `- Số thành viên tham gia biểu quyết: ${data.quorumText}; cuộc họp đủ điều kiện theo quy chế.`));
  return blocks;
}

function votesTable(data: CouncilMinutesData): Block {
  return {
    kind: 'table',
    columnWidths: [9, 30, 15, 11, 13, 14, 28],
    headerRows: [
      ['STT', 'Tập thể, cá nhân', 'Đơn vị', 'Đồng ý', 'Không đồng ý', 'Không biểu quyết', 'Kết quả'].map((text) =>
        cell(text, 'center', true),
      ),
    ],
    rows: data.votes.map((vote, index) => [
      cell(String(index + 1)),
      cell(vote.name, 'left'),
      cell(vote.unitName, 'left'),
      cell(String(vote.votesFor)),
      cell(String(vote.votesAgainst)),
      cell(String(vote.abstentions)),
      cell(`${vote.proposed ? 'Đề nghị' : 'Không đề nghị'}: ${vote.text}`, 'left'),
    ]),
  };
}

/**
 * Biên bản họp Hội đồng Thi đua - Khen thưởng: when and where, who attended, the votes per
 * nominee with the outcome's arithmetic, what the council proposes; signed by the secretary
 * (left) and the chair (right).
 */
export function buildCouncilMinutes(data: CouncilMinutesData): AdminDocument {
  const conflicts = data.votes.filter((vote) => vote.conflicts > 0);
  const blocks: Block[] = [
    paragraph(
      'body',
      `Hồi … giờ, ngày ${formatDateInText(data.heldOn)}, tại ${data.place || '…'}, Hội đồng Thi đua - Khen thưởng ${data.agency.name} họp xét đề nghị khen thưởng các tập thể, cá nhân điển hình tiên tiến năm ${data.year}.`,
    ),
    paragraph('section', 'I. THÀNH PHẦN'),
    paragraph('body', `- Chủ trì: ${data.chairedBy || '…'}.`),
    paragraph('body', `- Thư ký: ${data.secretary || '…'}.`),
    ...presenceLines(data),
    paragraph('section', 'II. KẾT QUẢ BIỂU QUYẾT'),
    paragraph('body', 'Hội đồng biểu quyết đối với từng tập thể, cá nhân; kết quả như sau:'),
    votesTable(data),
    ...conflicts.map((vote) =>
      paragraph(
        'body',
        `- ${vote.name}: ${vote.conflicts} thành viên có xung đột lợi ích không tham gia biểu quyết${vote.conflictNote ? ` (${vote.conflictNote})` : ''}.`,
      ),
    ),
    paragraph('section', 'III. KIẾN NGHỊ'),
    data.proposals.length > 0
      ? paragraph(
          'body',
          `Hội đồng thống nhất đề nghị ${headInText(data.agency.headTitle, data.agency.name)} xem xét khen thưởng ${data.proposals.length} tập thể, cá nhân sau:`,
        )
      : paragraph('body', 'Không có tập thể, cá nhân nào đạt đa số đồng ý của Hội đồng.'),
    ...data.proposals.map((item, index) => paragraph('body', `${index + 1}. ${item.name} (${item.unitName}): ${item.awardName};`)),
    paragraph('body', 'Biên bản được thông qua tại cuộc họp, các thành viên dự họp thống nhất với nội dung trên./.'),
  ];
  return {
    kind: 'council-minutes',
    header: {
      parentBody: data.agency.parentBody,
      agency: data.agency.name,
      number: null,
      symbol: `BB-HĐTĐKT`,
      place: data.agency.place,
      date: data.heldOn,
      year: Number(data.heldOn.slice(0, 4)),
    },
    typeName: 'BIÊN BẢN',
    summaryLines: splitSummary(`Họp Hội đồng Thi đua - Khen thưởng xét đề nghị khen thưởng điển hình tiên tiến năm ${data.year}`),
    sections: [{ orientation: 'portrait', blocks }],
    signature: { authority: '', headTitle: 'CHỦ TRÌ', signerTitle: '', name: data.chairedBy },
    counterSignature: { title: 'THƯ KÝ', name: data.secretary },
    recipients: [],
  };
}

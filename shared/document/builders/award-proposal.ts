import type { AwardRow } from '../../domain/awards.ts';
import { formatDateInWords } from '../../format/dates.ts';
import { numberLine } from '../header-text.ts';
import { paragraph, type AdminDocument, type Block, type Signature } from '../model.ts';
import { awardListTable, countPhrase, kindsPhrase } from './award-list.ts';
import { splitSummary } from './summary-lines.ts';

/** Everything a Tờ trình đề nghị khen thưởng says, frozen with it when it is issued. */
export interface AwardProposalData {
  agency: { name: string; parentBody: string; abbreviation: string; place: string };
  department: string;
  signer: Signature;
  number: number | null;
  date: string | null;
  year: number;
  campaignSubject: string;
  legalBasis: string[];
  plan: { number: string; issuedOn: string } | null;
  councilMeetingOn: string | null;
  /** "Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang". */
  superior: string;
  /** "Sở Nội vụ": the Tờ trình goes through it for appraisal; empty when sent straight. */
  throughBody: string;
  rows: AwardRow[];
}

const lowerFirst = (text: string) => (text ? `${text.charAt(0).toLocaleLowerCase('vi')}${text.slice(1)}` : text);

/** The forms proposed, in the order first met: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh". */
export function formsPhrase(rows: readonly AwardRow[]): string {
  return [...new Set(rows.map((row) => row.awardName))].join(' và ');
}

/** Tờ trình to the level that decides a Bằng khen (NĐ 152/2025, Mẫu số 01), with the list attached. */
export function buildAwardProposal(data: AwardProposalData): AdminDocument {
  const forms = formsPhrase(data.rows);
  const superiorShort = data.superior.replace(/\s+tỉnh\s+.+$/u, ' tỉnh');
  const basis = [
    ...data.legalBasis.map((title) => `Căn cứ ${title};`),
    ...(data.plan
      ? [
          `Căn cứ Kế hoạch số ${data.plan.number} ${formatDateInWords(data.plan.issuedOn)} của ${data.agency.name} về ${lowerFirst(data.campaignSubject)};`,
        ]
      : []),
    ...(data.councilMeetingOn
      ? [`Căn cứ kết quả họp Hội đồng Thi đua - Khen thưởng ${data.agency.name} ${formatDateInWords(data.councilMeetingOn)},`]
      : []),
  ];
  const lastBasis = basis.length - 1;
  if (lastBasis >= 0) basis[lastBasis] = `${(basis[lastBasis] ?? '').replace(/[;,]$/u, '')},`;
  const blocks: Block[] = [
    ...basis.map((line) => paragraph('body', line)),
    paragraph(
      'body',
      `${data.agency.name} kính trình ${superiorShort} xem xét, tặng ${forms} cho ${countPhrase(data.rows)} (có danh sách trích ngang kèm theo) đã có thành tích xuất sắc trong ${lowerFirst(data.campaignSubject)}.`,
    ),
    paragraph(
      'body',
      'Hồ sơ kèm theo gồm: danh sách trích ngang; báo cáo thành tích của các tập thể, cá nhân; biên bản họp Hội đồng Thi đua - Khen thưởng.',
    ),
    paragraph('body', `${data.agency.name} kính trình ${superiorShort} xem xét, quyết định./.`),
  ];
  const reference = `(Kèm theo Tờ trình số ${numberLine({ ...data.agency, agency: data.agency.name, symbol: `TTr-${data.agency.abbreviation}`, number: data.number, date: data.date, year: data.year }).replace(/^Số:\s*/u, '')} ${
    data.date ? formatDateInWords(data.date) : `ngày      tháng      năm ${data.year}`
  } của ${data.agency.name})`;
  return {
    kind: 'award-proposal',
    header: {
      parentBody: data.agency.parentBody,
      agency: data.agency.name,
      number: data.number,
      symbol: `TTr-${data.agency.abbreviation}`,
      place: data.agency.place,
      date: data.date,
      year: data.date ? Number(data.date.slice(0, 4)) : data.year,
    },
    typeName: 'TỜ TRÌNH',
    summaryLines: splitSummary(
      `Về việc đề nghị tặng ${forms} cho các ${kindsPhrase(data.rows).toLocaleLowerCase('vi')} có thành tích xuất sắc trong ${lowerFirst(data.campaignSubject)}`,
    ),
    addressees: [data.throughBody ? `${data.superior} (qua ${data.throughBody})` : data.superior],
    sections: [
      { orientation: 'portrait', blocks },
      {
        orientation: 'landscape',
        appendix: { title: 'DANH SÁCH TRÍCH NGANG', subtitleLines: [`${kindsPhrase(data.rows)} đề nghị tặng ${forms}`], reference },
        blocks: [
          awardListTable(data.rows, false),
          paragraph('body', { text: `(Danh sách có ${countPhrase(data.rows)})./.`, italic: true }),
        ],
      },
    ],
    signature: data.signer,
    recipients: ['Như trên', ...(data.throughBody ? [data.throughBody] : []), data.department ? `Lưu: VT, ${data.department}` : 'Lưu: VT'],
  };
}

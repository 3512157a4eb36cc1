import type { AwardRow } from '../../domain/awards.ts';
import { formatDateInWords } from '../../format/dates.ts';
import { amountInWords } from '../../format/money-words.ts';
import { formatInteger, twoDigits } from '../../format/numbers.ts';
import { numberLine } from '../header-text.ts';
import { paragraph, type AdminDocument, type Block, type Signature } from '../model.ts';
import { awardListTable, countPhrase, groupRows, kindsPhrase } from './award-list.ts';
import { headInText } from './council-minutes.ts';
import { splitSummary } from './summary-lines.ts';

/** Everything an award decision says, frozen with it when it is issued. */
export interface AwardDecisionData {
  agency: { name: string; fullName: string; parentBody: string; abbreviation: string; place: string; headTitle: string };
  /** The department that drafts the papers and keeps a copy ("Lưu: VT, HCTH"). */
  department: string;
  signer: Signature;
  number: number | null;
  date: string | null;
  year: number;
  /** "Giấy khen". */
  formName: string;
  /** What the nominees did, as the plan names the campaign: "xây dựng và nhân rộng điển hình tiên tiến … năm 2024". */
  campaignSubject: string;
  /** Titles of the legal texts in force on the decision date, the Law first. */
  legalBasis: string[];
  functionsBasis: string;
  plan: { number: string; issuedOn: string } | null;
  councilMeetingOn: string | null;
  /** An earlier decision of the campaign this one adds to ("tặng bổ sung"). */
  supplementOf: { number: string; issuedOn: string } | null;
  proposedBy: string;
  executors: string;
  fundingSource: string;
  rows: AwardRow[];
}

const italic = (text: string) => paragraph('body', { text, italic: true });
const article = (number: number, text: string): Block => paragraph('body', { text: `Điều ${number}. `, bold: true }, text);
const endWith = (text: string, end: string) => `${text.replace(/[.;:,\s]+$/u, '')}${end}`;

/** "Mỗi tập thể được thưởng 1.410.000 đồng" per kind (and per amount, should two differ). */
function prizeLines(rows: readonly AwardRow[]): string[] {
  const lines: string[] = [];
  for (const group of groupRows(rows)) {
    const amounts = [...new Set(group.rows.map((row) => row.amount))];
    for (const amount of amounts) {
      const count = group.rows.filter((row) => row.amount === amount).length;
      const who = amounts.length > 1 ? `${twoDigits(count)} ${group.noun}, mỗi ${group.noun}` : `Mỗi ${group.noun}`;
      lines.push(`${who} được thưởng ${formatInteger(amount)} đồng`);
    }
  }
  return lines;
}

export function decisionReference(data: Pick<AwardDecisionData, 'agency' | 'number' | 'date' | 'year'>): string {
  const number = numberLine({
    ...data.agency,
    agency: data.agency.name,
    symbol: `QĐ-${data.agency.abbreviation}`,
    number: data.number,
    date: data.date,
    year: data.year,
  }).replace(/^Số:\s*/u, '');
  const date = data.date ? formatDateInWords(data.date) : `ngày      tháng      năm ${data.year}`;
  return `(Kèm theo Quyết định số ${number} ${date} của ${headInText(data.agency.headTitle, data.agency.fullName)})`;
}

/** Quyết định tặng Giấy khen (Mẫu 1.2, NĐ 30/2020) with its attached list on a landscape page. */
export function buildAwardDecision(data: AwardDecisionData): AdminDocument {
  const head = headInText(data.agency.headTitle, data.agency.name);
  const form = `${data.formName} của ${head}`;
  const total = data.rows.reduce((sum, row) => sum + row.amount, 0);
  const basis = [
    ...data.legalBasis.map((title) => `Căn cứ ${title}`),
    ...(data.functionsBasis ? [`Căn cứ ${data.functionsBasis.replace(/^căn cứ\s+/iu, '')}`] : []),
    ...(data.plan
      ? [
          `Căn cứ Kế hoạch số ${data.plan.number} ${formatDateInWords(data.plan.issuedOn)} của ${data.agency.name} về ${lowerFirst(data.campaignSubject)}`,
        ]
      : []),
    ...(data.supplementOf
      ? [
          `Căn cứ Quyết định số ${data.supplementOf.number} ${formatDateInWords(data.supplementOf.issuedOn)} của ${head} về việc tặng ${data.formName}`,
        ]
      : []),
    ...(data.councilMeetingOn
      ? [`Căn cứ kết quả họp Hội đồng Thi đua - Khen thưởng ${data.agency.name} ${formatDateInWords(data.councilMeetingOn)}`]
      : []),
  ].map((line) => endWith(line, ';'));
  const extra = data.supplementOf ? 'bổ sung ' : '';
  const blocks: Block[] = [
    paragraph('centered', headInText(data.agency.headTitle, data.agency.fullName).toLocaleUpperCase('vi')),
    ...basis.map(italic),
    italic(endWith(`Theo đề nghị của ${data.proposedBy.replace(/^theo đề nghị của\s+/iu, '')}`, '.')),
    paragraph('centered', 'QUYẾT ĐỊNH:'),
    article(
      1,
      `Tặng ${extra}${form} cho ${countPhrase(data.rows)} (có danh sách kèm theo) đã có thành tích xuất sắc trong ${lowerFirst(data.campaignSubject)}.`,
    ),
    article(
      2,
      `${prizeLines(data.rows)
        .map((line, index) => (index === 0 ? line : lowerFirst(line)))
        .join('; ')}.`,
    ),
    paragraph('body', `Tổng số tiền thưởng: ${formatInteger(total)} đồng (Bằng chữ: ${amountInWords(total)}).`),
    paragraph('body', endWith(`Nguồn kinh phí: ${lowerFirst(data.fundingSource)}`, '.')),
    article(3, endWith(`${data.executors} chịu trách nhiệm thi hành Quyết định này`, './.')),
  ];
  const summary = `Về việc tặng ${extra}${data.formName} cho các ${kindsPhrase(data.rows).toLocaleLowerCase('vi')} có thành tích xuất sắc trong ${lowerFirst(data.campaignSubject)}`;
  return {
    kind: 'award-decision',
    header: {
      parentBody: data.agency.parentBody,
      agency: data.agency.name,
      number: data.number,
      symbol: `QĐ-${data.agency.abbreviation}`,
      place: data.agency.place,
      date: data.date,
      year: data.date ? Number(data.date.slice(0, 4)) : data.year,
    },
    typeName: 'QUYẾT ĐỊNH',
    summaryLines: splitSummary(summary),
    sections: [
      { orientation: 'portrait', blocks },
      {
        orientation: 'landscape',
        appendix: {
          title: 'DANH SÁCH',
          subtitleLines: [`${kindsPhrase(data.rows)} được tặng ${extra}${form}`],
          reference: decisionReference(data),
        },
        blocks: [awardListTable(data.rows, true), italic(`(Danh sách có ${countPhrase(data.rows)})./.`)],
      },
    ],
    signature: data.signer,
    recipients: ['Như Điều 3', data.department ? `Lưu: VT, ${data.department}` : 'Lưu: VT'],
  };
}

function lowerFirst(text: string): string {
  return text ? `${text.charAt(0).toLocaleLowerCase('vi')}${text.slice(1)}` : text;
}

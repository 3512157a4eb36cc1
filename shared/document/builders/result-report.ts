import {
  awardedShare,
  DIMENSION_LABELS,
  NOT_RECORDED,
  totalOf,
  type StatisticDimension,
  type StatisticRow,
} from '../../domain/statistics.ts';
import { formatDateInWords, formatDateVi } from '../../format/dates.ts';
import { formatInteger } from '../../format/numbers.ts';
import { paragraph, type AdminDocument, type Block, type Signature, type Table, type TableCell } from '../model.ts';
import { splitSummary } from './summary-lines.ts';

/** The words of the report the records do not hold, written by the office beside its preview. */
export interface ResultReportWords {
  lessons: string;
  proposals: string;
  /** The charts the office chose to put in the report, each beside the figures it draws. */
  charts: StatisticDimension[];
}

/** Everything the Báo cáo kết quả says, worked out from the campaign's records and frozen when issued. */
export interface ResultReportData {
  agency: { name: string; parentBody: string; abbreviation: string; place: string };
  signer: Signature;
  number: number | null;
  date: string | null;
  year: number;
  campaignSubject: string;
  plan: { number: string; issuedOn: string } | null;
  deadline: string;
  submissions: { units: number; onTime: number; late: string[]; missing: string[] };
  /** Activities by kind, with how many in each quarter. */
  activities: { kind: string; total: number; byQuarter: [number, number, number, number] }[];
  evaluation: { passed: number; failed: number; councilOn: string | null };
  decisions: { number: string; issuedOn: string; count: number; total: number }[];
  byUnit: StatisticRow[];
  byKind: StatisticRow[];
  byEthnicity: StatisticRow[];
  byGender: StatisticRow[];
  byField: StatisticRow[];
  byAwardForm: StatisticRow[];
  byYears: StatisticRow[];
  /** One line per awarded model: "Hợp tác xã An Lạc (Huyện Sơn Động) — Giấy khen …". */
  awarded: string[];
  delegates: string[];
  words: ResultReportWords;
}

const cell = (text: string, align: TableCell['align'] = 'left', bold = false): TableCell => ({ runs: [{ text, bold }], align });

function figuresTable(label: string, rows: readonly StatisticRow[]): Table {
  const total = totalOf(rows);
  return {
    kind: 'table',
    columnWidths: [8, 44, 16, 18, 14],
    headerRows: [
      [
        cell('STT', 'center', true),
        cell(label, 'center', true),
        cell('Đề cử', 'center', true),
        cell('Được khen thưởng', 'center', true),
        cell('Tỉ lệ', 'center', true),
      ],
    ],
    rows: [
      ...rows.map((row, index) => [
        cell(String(index + 1), 'center'),
        cell(row.label),
        cell(formatInteger(row.nominated), 'right'),
        cell(formatInteger(row.awarded), 'right'),
        cell(awardedShare(row), 'right'),
      ]),
      [
        cell(''),
        cell('Tổng cộng', 'left', true),
        cell(formatInteger(total.nominated), 'right', true),
        cell(formatInteger(total.awarded), 'right', true),
        cell(awardedShare(total), 'right', true),
      ],
    ],
  };
}

/** "12 nữ, 8 nam": the parts of a whole in one phrase. */
const parts = (rows: readonly StatisticRow[]) =>
  rows.map((row) => `${formatInteger(row.nominated)} ${row.label.toLocaleLowerCase('vi')}`).join(', ');

/** "Tày: 12, Dao: 8": names that keep their capital. */
const named = (rows: readonly StatisticRow[]) => rows.map((row) => `${row.label}: ${formatInteger(row.nominated)}`).join(', ');

const lowerFirst = (text: string) => (text ? `${text.charAt(0).toLocaleLowerCase('vi')}${text.slice(1)}` : text);

const CHART_SUBJECT: Record<StatisticDimension, string> = {
  ...(Object.fromEntries(Object.entries(DIMENSION_LABELS).map(([key, label]) => [key, `theo ${lowerFirst(label)}`])) as Record<
    StatisticDimension,
    string
  >),
  kind: 'theo tập thể, hộ gia đình, cá nhân',
  years: 'qua các năm',
};

/** The charts chosen, numbered in the order they stand in the report, each under its caption. */
function chartsOf(data: ResultReportData): (dimensions: StatisticDimension[]) => Block[] {
  let number = 0;
  const rows: Record<StatisticDimension, StatisticRow[]> = {
    unit: data.byUnit,
    kind: data.byKind,
    ethnicity: data.byEthnicity,
    gender: data.byGender,
    field: data.byField,
    awardForm: data.byAwardForm,
    years: data.byYears,
  };
  return (dimensions) =>
    dimensions
      .filter((dimension) => data.words.charts.includes(dimension) && rows[dimension].length > 0)
      .flatMap((dimension) => {
        number += 1;
        const title = `Biểu đồ ${number}. Số đề cử và được khen thưởng ${CHART_SUBJECT[dimension]}`;
        return [paragraph('centered', title), { kind: 'chart' as const, title, rows: rows[dimension], alongYears: dimension === 'years' }];
      });
}

/** Free text as body paragraphs, one per line typed; a line left empty is dropped. */
const freeText = (text: string, otherwise: string): Block[] => {
  const lines = text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter(Boolean);
  return (lines.length > 0 ? lines : [otherwise]).map((line) => paragraph('body', line));
};

/** Báo cáo kết quả (NĐ 30/2020, Mẫu 1.1: báo cáo): what each phase did, its figures, the models awarded, the lessons. */
export function buildResultReport(data: ResultReportData): AdminDocument {
  const total = totalOf(data.byKind);
  const planPhrase = data.plan
    ? `Kế hoạch số ${data.plan.number} ${formatDateInWords(data.plan.issuedOn)} của ${data.agency.name} về ${lowerFirst(data.campaignSubject)}`
    : `kế hoạch của ${data.agency.name} về ${lowerFirst(data.campaignSubject)}`;
  const { submissions, evaluation } = data;
  const activitiesTotal = data.activities.reduce((sum, row) => sum + row.total, 0);
  const charts = chartsOf(data);
  const blocks: Block[] = [
    paragraph('body', `Thực hiện ${planPhrase}, ${data.agency.name} báo cáo kết quả thực hiện năm ${data.year} như sau:`),
    paragraph('section', 'I. KẾT QUẢ THỰC HIỆN'),
    paragraph('clause', '1. Công tác triển khai'),
    paragraph(
      'body',
      data.plan
        ? `${data.agency.name} ban hành Kế hoạch số ${data.plan.number} ngày ${formatDateVi(data.plan.issuedOn)}, gửi ${formatInteger(submissions.units)} đơn vị đề nghị lựa chọn, đề cử điển hình tiên tiến trước ngày ${formatDateVi(data.deadline)}.`
        : `Kế hoạch chưa được ban hành.`,
    ),
    paragraph('clause', '2. Phát hiện, lựa chọn, đề cử'),
    paragraph(
      'body',
      `Có ${formatInteger(submissions.units - submissions.missing.length)}/${formatInteger(submissions.units)} đơn vị gửi danh sách, trong đó ${formatInteger(submissions.onTime)} đơn vị gửi đúng hạn${submissions.late.length > 0 ? `, ${submissions.late.length} đơn vị gửi sau hạn (${submissions.late.join(', ')})` : ''}${submissions.missing.length > 0 ? `; chưa gửi: ${submissions.missing.join(', ')}` : ''}.`,
    ),
    paragraph(
      'body',
      total.nominated === 0
        ? 'Chưa có đề cử nào.'
        : `Tổng số đề cử: ${formatInteger(total.nominated)} (${parts(data.byKind)})${data.byGender.length > 0 ? `; cá nhân gồm ${parts(data.byGender)}` : ''}; thuộc ${formatInteger(data.byEthnicity.filter((row) => row.label !== NOT_RECORDED).length)} dân tộc (${named(data.byEthnicity)}).`,
    ),
    figuresTable('Đơn vị', data.byUnit),
    ...charts(['unit', 'kind', 'ethnicity', 'gender']),
    paragraph('clause', '3. Bồi dưỡng, tuyên truyền'),
    paragraph(
      'body',
      activitiesTotal > 0
        ? `Tổ chức ${formatInteger(activitiesTotal)} hoạt động bồi dưỡng: ${data.activities
            .map(
              (row) =>
                `${lowerFirst(row.kind)} ${formatInteger(row.total)} (${row.byQuarter
                  .map((count, quarter) => (count > 0 ? `quý ${['I', 'II', 'III', 'IV'][quarter]}: ${count}` : ''))
                  .filter(Boolean)
                  .join(', ')})`,
            )
            .join('; ')}.`
        : 'Chưa ghi nhận hoạt động bồi dưỡng nào.',
    ),
    paragraph('clause', '4. Đánh giá, bình xét'),
    paragraph(
      'body',
      `Đánh giá ${formatInteger(evaluation.passed + evaluation.failed)} đề cử: ${formatInteger(evaluation.passed)} đạt, ${formatInteger(evaluation.failed)} không đạt${evaluation.councilOn ? `; Hội đồng Thi đua - Khen thưởng họp ngày ${formatDateVi(evaluation.councilOn)}` : ''}.`,
    ),
    paragraph('clause', '5. Khen thưởng'),
    paragraph(
      'body',
      data.decisions.length > 0
        ? data.decisions
            .map(
              (decision) =>
                `Quyết định số ${decision.number} ngày ${formatDateVi(decision.issuedOn)} khen thưởng ${formatInteger(decision.count)} tập thể, cá nhân, tổng số tiền ${formatInteger(decision.total)} đồng`,
            )
            .join('; ')
            .concat('.')
        : 'Chưa có quyết định khen thưởng.',
    ),
    ...(data.awarded.length > 0
      ? [paragraph('body', 'Các tập thể, cá nhân được khen thưởng:'), ...data.awarded.map((line) => paragraph('body', `- ${line};`))]
      : []),
    ...(data.delegates.length > 0
      ? [
          paragraph('body', 'Các điển hình được giới thiệu làm đại biểu dự Đại hội:'),
          ...data.delegates.map((line) => paragraph('body', `- ${line};`)),
        ]
      : []),
    ...charts(['awardForm']),
    paragraph('clause', '6. Số liệu theo lĩnh vực'),
    figuresTable('Lĩnh vực thành tích', data.byField),
    ...charts(['field', 'years']),
    paragraph('section', 'II. BÀI HỌC KINH NGHIỆM'),
    ...freeText(data.words.lessons, '(Chưa nhập bài học kinh nghiệm.)'),
    paragraph('section', 'III. ĐỀ XUẤT, KIẾN NGHỊ'),
    ...freeText(data.words.proposals, '(Chưa nhập đề xuất, kiến nghị.)'),
    paragraph('body', `Trên đây là báo cáo kết quả thực hiện năm ${data.year} của ${data.agency.name}./.`),
  ];
  // The last dash item of each list ends with a full stop.
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index];
    const next = blocks[index + 1];
    const isItem = (b: Block | undefined) => b?.kind === 'paragraph' && b.role === 'body' && (b.runs[0]?.text.startsWith('- ') ?? false);
    if (block?.kind === 'paragraph' && isItem(block) && !isItem(next)) {
      const run = block.runs[0];
      if (run) block.runs[0] = { ...run, text: run.text.replace(/;$/u, '.') };
    }
  }
  return {
    kind: 'result-report',
    header: {
      parentBody: data.agency.parentBody,
      agency: data.agency.name,
      number: data.number,
      symbol: `BC-${data.agency.abbreviation}`,
      place: data.agency.place,
      date: data.date,
      year: data.date ? Number(data.date.slice(0, 4)) : data.year,
    },
    typeName: 'BÁO CÁO',
    summaryLines: splitSummary(`Kết quả ${lowerFirst(data.campaignSubject)}`),
    sections: [{ orientation: 'portrait', blocks }],
    signature: data.signer,
    recipients: [`${data.agency.parentBody} (báo cáo)`, 'Lưu: VT'],
  };
}

import { paragraph, type AdminDocument, type Signature, type TableCell } from '../model.ts';

/** One nominee's line in the trích ngang. */
export interface SummaryEntry {
  name: string;
  born: string;
  ethnicity: string;
  positionOrAddress: string;
  unit: string;
  achievement: string;
  form: string;
}

export interface DossierSummaryData {
  agency: { name: string; parentBody: string; place: string };
  year: number;
  signer: Signature;
  department: string;
  entries: SummaryEntry[];
}

const cell = (text: string, align: TableCell['align'] = 'left'): TableCell => ({ runs: [{ text }], align });

/** Danh sách trích ngang of every nominee of a campaign, on a landscape page (one table). */
export function buildDossierSummary(data: DossierSummaryData): AdminDocument {
  const header = [
    'STT',
    'Tên tập thể, họ và tên',
    'Năm sinh, năm thành lập',
    'Dân tộc',
    'Chức vụ, địa chỉ',
    'Đơn vị',
    'Thành tích tóm tắt',
    'Hình thức đề nghị',
  ];
  return {
    kind: 'dossier-summary',
    header: {
      parentBody: data.agency.parentBody,
      agency: data.agency.name,
      number: null,
      symbol: 'DS-BDT',
      place: data.agency.place,
      date: null,
      year: data.year,
    },
    typeName: 'DANH SÁCH TRÍCH NGANG',
    summaryLines: [`Các tập thể, cá nhân được đề cử điển hình tiên tiến năm ${data.year}`],
    sections: [
      {
        orientation: 'landscape',
        blocks: [
          {
            kind: 'table',
            columnWidths: [5, 20, 9, 8, 17, 11, 20, 14],
            headerRows: [header.map((text) => ({ runs: [{ text, bold: true }], align: 'center' as const }))],
            rows: data.entries.map((entry, index) => [
              cell(String(index + 1), 'center'),
              cell(entry.name),
              cell(entry.born, 'center'),
              cell(entry.ethnicity, 'center'),
              cell(entry.positionOrAddress),
              cell(entry.unit),
              cell(entry.achievement),
              cell(entry.form),
            ]),
          },
          paragraph('body', { text: `(Danh sách có ${data.entries.length} tập thể, cá nhân)./.`, italic: true }),
        ],
      },
    ],
    signature: data.signer,
    recipients: [data.department ? `Lưu: VT, ${data.department}` : 'Lưu: VT'],
  };
}

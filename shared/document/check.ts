import { formatDateVi } from '../format/dates.ts';
import { isNfc } from '../text/normalize.ts';
import { documentText, recipientLines } from './header-text.ts';
import { HEADER_COLUMNS_MM, SIZE } from './layout.ts';
import { QUOC_HIEU, TIEU_NGU, type AdminDocument } from './model.ts';
import { textWidthMm } from './metrics.ts';
import type { TextMismatch } from './builders/plan-text-check.ts';

/** One finding of the clerk's (văn thư) checks of a draft against Nghị định 30/2020, in plain Vietnamese. */
export interface FormatProblem {
  level: 'error' | 'warning';
  message: string;
  /** Where the text disagrees with the plan's data: what would make it agree. */
  fix?: TextMismatch;
}

/** Facts about the document's data that the model alone does not show. */
export interface CheckFacts {
  /** Issued (or about to be): number and date are then required. */
  issued: boolean;
  /** Documents the paper is based on; its date may not be earlier than theirs. */
  basis?: readonly { label: string; date: string }[];
  /** Units named in the quotas that do not exist or are not active. */
  unknownUnits?: readonly string[];
  /** The total the plan declares and the sum of its per-unit quotas. */
  totals?: { declared: number; allocated: number };
  /** Figures and dates in the text that disagree with the plan's data. */
  textAgainstData?: readonly TextMismatch[];
}

function headerProblems(doc: AdminDocument, facts: CheckFacts): FormatProblem[] {
  const problems: FormatProblem[] = [];
  const { header } = doc;
  if (facts.issued && header.number === null) problems.push({ level: 'error', message: 'Văn bản ban hành chưa có số.' });
  if (facts.issued && header.date === null) problems.push({ level: 'error', message: 'Văn bản ban hành chưa có ngày tháng năm.' });
  if (/\s/u.test(header.symbol) || !/^[\p{L}\d]+(-[\p{L}\d]+)+$/u.test(header.symbol)) {
    problems.push({ level: 'error', message: `Ký hiệu "${header.symbol}" sai dạng: chữ viết tắt nối bằng gạch nối, không có dấu cách.` });
  }
  if (!header.parentBody.trim()) problems.push({ level: 'error', message: 'Thiếu tên cơ quan chủ quản ở tiêu đề.' });
  if (!header.place.trim()) problems.push({ level: 'error', message: 'Thiếu địa danh trước ngày tháng.' });
  if (
    textWidthMm(QUOC_HIEU, SIZE.quocHieu, true) > HEADER_COLUMNS_MM[1] ||
    textWidthMm(TIEU_NGU, SIZE.tieuNgu, true) > HEADER_COLUMNS_MM[1]
  ) {
    problems.push({ level: 'error', message: 'Quốc hiệu hoặc Tiêu ngữ không vừa một dòng ở cột phải của tiêu đề.' });
  }
  if (header.date) {
    for (const basis of facts.basis ?? []) {
      if (header.date < basis.date) {
        problems.push({
          level: 'error',
          message: `Ngày ban hành ${formatDateVi(header.date)} sớm hơn văn bản căn cứ ${basis.label} (${formatDateVi(basis.date)}).`,
        });
      }
    }
  }
  return problems;
}

function endingProblems(doc: AdminDocument): FormatProblem[] {
  const problems: FormatProblem[] = [];
  const first = doc.sections[0];
  const last = first?.blocks.at(-1);
  const lastText = last?.kind === 'paragraph' ? last.runs.map((run) => run.text).join('') : '';
  if (!lastText.endsWith('./.')) problems.push({ level: 'warning', message: 'Phần nội dung chưa kết thúc bằng dấu "./.".' });
  if (!doc.signature.name.trim() || !doc.signature.headTitle.trim()) {
    problems.push({ level: 'error', message: 'Thiếu chức vụ hoặc họ tên người ký.' });
  }
  if (['KT.', 'Q.', 'TL.', 'TUQ.'].includes(doc.signature.authority) && !doc.signature.signerTitle.trim()) {
    problems.push({ level: 'warning', message: `Ký ${doc.signature.authority} cần ghi chức vụ của người trực tiếp ký.` });
  }
  if (doc.counterSignature) {
    if (!doc.counterSignature.name.trim())
      problems.push({ level: 'error', message: `Thiếu họ tên ${doc.counterSignature.title.toLowerCase()}.` });
    return problems;
  }
  const recipients = recipientLines(doc.recipients);
  if (recipients.length === 0) problems.push({ level: 'error', message: 'Nơi nhận đang để trống.' });
  else if (!/^- Lưu:/u.test(recipients.at(-1) ?? '')) {
    problems.push({ level: 'warning', message: 'Dòng cuối của Nơi nhận phải là "- Lưu: VT, …".' });
  }
  return problems;
}

/** The reviewer's checklist run on the document model, before export, print or issue. */
export function checkDocument(doc: AdminDocument, facts: CheckFacts): FormatProblem[] {
  const problems = [...headerProblems(doc, facts), ...endingProblems(doc)];
  for (const unit of facts.unknownUnits ?? []) {
    problems.push({ level: 'error', message: `Đơn vị "${unit}" trong phân bổ chỉ tiêu không có hoặc không còn hoạt động.` });
  }
  if (facts.totals && facts.totals.declared !== facts.totals.allocated) {
    problems.push({
      level: 'error',
      message: `Tổng số điển hình (${facts.totals.declared}) khác tổng phân bổ cho các đơn vị (${facts.totals.allocated}).`,
    });
  }
  for (const mismatch of facts.textAgainstData ?? []) {
    problems.push({
      level: 'error',
      message: `${mismatch.where}: văn bản ghi "${mismatch.found}" nhưng ${mismatch.what} là "${mismatch.expected}".`,
      fix: mismatch,
    });
  }
  const notNfc = documentText(doc).find((line) => !isNfc(line));
  if (notNfc !== undefined) {
    problems.push({ level: 'error', message: `Có chữ chưa chuẩn Unicode dựng sẵn (NFC): "${notNfc.slice(0, 40)}…".` });
  }
  return problems;
}

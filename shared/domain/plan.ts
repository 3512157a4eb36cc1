import * as z from 'zod';
import { isoDate, text, optionalText } from './fields.ts';

/**
 * The plan (Kế hoạch) as structured, editable text. Every section of the official plan is a
 * field here; headings and numbering are added by the document builder, not stored.
 */

export const SIGNER_AUTHORITIES = ['', 'TM.', 'KT.', 'Q.', 'TL.', 'TUQ.'] as const;

export const signerSchema = z.strictObject({
  /** TM. / KT. / Q. / TL. / TUQ. or empty when the head signs. */
  authority: z.enum(SIGNER_AUTHORITIES),
  /** The head's title that follows the authority prefix, e.g. TRƯỞNG BAN. */
  headTitle: text('Chức vụ người đứng đầu'),
  /** The signer's own title when it differs (PHÓ TRƯỞNG BAN under KT.); empty otherwise. */
  signerTitle: optionalText(),
  name: text('Họ tên người ký'),
});
export type Signer = z.infer<typeof signerSchema>;

export const basisDocumentSchema = z.strictObject({
  /** Kế hoạch, Chỉ thị, Quyết định … */
  type: text('Loại văn bản'),
  number: text('Số, ký hiệu'),
  date: isoDate('Ngày ban hành'),
  issuer: text('Cơ quan ban hành'),
  summary: optionalText(),
  /** Cited in the opening sentence "Thực hiện …" of the plan. */
  citedInOpening: z.boolean(),
});
export type BasisDocument = z.infer<typeof basisDocumentSchema>;

export const contactSchema = z.strictObject({
  name: text('Họ tên người liên hệ'),
  position: text('Chức vụ người liên hệ'),
  phone: text('Số điện thoại'),
});
export type Contact = z.infer<typeof contactSchema>;

const paragraphs = (label: string) => z.array(text(label)).min(1, `${label}: cần ít nhất một đoạn`);

export const planContentSchema = z.strictObject({
  /** Trích yếu under "KẾ HOẠCH". */
  title: text('Trích yếu'),
  basis: z.array(basisDocumentSchema),
  /** The rest of the opening sentence after the cited documents, ending with "như sau:". */
  openingStatement: text('Câu mở đầu'),
  purposes: paragraphs('Mục đích'),
  requirements: paragraphs('Yêu cầu'),
  subjects: paragraphs('Đối tượng'),
  criteriaCollective: paragraphs('Tiêu chuẩn đối với tập thể'),
  criteriaIndividual: paragraphs('Tiêu chuẩn đối với cá nhân'),
  /** The quantity paragraph(s) before the per-unit allocation lines. */
  quantity: paragraphs('Số lượng'),
  allocationLead: text('Câu dẫn phân bổ'),
  schedule: paragraphs('Thời gian, nội dung thực hiện'),
  funding: paragraphs('Kinh phí thực hiện'),
  tasks: paragraphs('Tổ chức thực hiện'),
  /** Closing paragraph before the contact sentence. */
  closing: text('Đoạn kết'),
  /** The agency named in the contact sentence after the contact's position. */
  contactUnit: text('Đơn vị của người liên hệ'),
  contact: contactSchema,
  /** The end of the contact sentence, after the phone number. */
  closingAfterContact: text('Câu sau thông tin liên hệ'),
  recipients: z.array(text('Nơi nhận')).min(1, 'Nơi nhận: cần ít nhất một dòng'),
  signer: signerSchema,
});
export type PlanContent = z.infer<typeof planContentSchema>;

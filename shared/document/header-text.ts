import { formatDateInWords } from '../format/dates.ts';
import type { AdminDocument, DocumentHeader, Signature } from './model.ts';

/**
 * The exact words of the header, signature and recipients, shared by both renderers so the
 * Word file and the preview can never disagree on them.
 */

export function upperVi(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/** "Số: 15/KH-BDT"; numbers below 10 get a leading zero; a draft leaves room for the number. */
export function numberLine(header: DocumentHeader): string {
  if (header.number === null) return `Số:       /${header.symbol}`;
  const number = header.number < 10 ? `0${header.number}` : String(header.number);
  return `Số: ${number}/${header.symbol}`;
}

/** "Bắc Giang, ngày 05 tháng 02 năm 2024"; a draft leaves the day and month blank. */
export function placeDateLine(header: DocumentHeader): string {
  if (header.date === null) return `${header.place}, ngày      tháng      năm ${header.year}`;
  return `${header.place}, ${formatDateInWords(header.date)}`;
}

/** The lines of the signature block above the blank space: "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN". */
export function signatureTitleLines(signature: Signature): string[] {
  const first = `${signature.authority ? `${signature.authority} ` : ''}${upperVi(signature.headTitle)}`;
  return signature.signerTitle ? [first, upperVi(signature.signerTitle)] : [first];
}

/** Nơi nhận lines with their dash and end punctuation: "; " for all but the last, "." for it. */
export function recipientLines(recipients: readonly string[]): string[] {
  return recipients.map((line, index) => {
    const bare = line.replace(/[;.]+$/u, '');
    return `- ${bare}${index === recipients.length - 1 ? '.' : ';'}`;
  });
}

export const RECIPIENTS_LABEL = 'Nơi nhận:';

/** "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh." on one line; several recipients one per line with "- ". */
export function addresseeLines(addressees: readonly string[]): string[] {
  const bare = addressees.map((line) => line.replace(/[;.]+$/u, ''));
  if (bare.length === 0) return [];
  if (bare.length === 1) return [`Kính gửi: ${bare[0]}.`];
  return ['Kính gửi:', ...bare.map((line, index) => `- ${line}${index === bare.length - 1 ? '.' : ';'}`)];
}

/** Every piece of text in reading order, for checks and comparisons. */
export function documentText(doc: AdminDocument): string[] {
  const lines = [
    upperVi(doc.header.parentBody),
    upperVi(doc.header.agency),
    numberLine(doc.header),
    placeDateLine(doc.header),
    doc.typeName,
    ...doc.summaryLines,
    ...addresseeLines(doc.addressees ?? []),
  ];
  for (const section of doc.sections) {
    if (section.appendix) lines.push(section.appendix.title, ...section.appendix.subtitleLines, section.appendix.reference);
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') lines.push(block.runs.map((run) => run.text).join(''));
      else if (block.kind === 'chart') lines.push(block.title);
      else
        for (const row of [...block.headerRows, ...block.rows])
          lines.push(row.map((cell) => cell.runs.map((r) => r.text).join('')).join(' | '));
    }
  }
  lines.push(...signatureTitleLines(doc.signature), doc.signature.name, RECIPIENTS_LABEL, ...recipientLines(doc.recipients));
  return lines;
}

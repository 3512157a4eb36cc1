import { AlignmentType, LineRuleType, Paragraph, type Table } from 'docx';
import { RECIPIENTS_LABEL, recipientLines, signatureTitleLines } from '../../../shared/document/header-text.ts';
import { SIGNATURE_BLANK_LINES, SIGNATURE_COLUMNS_MM, SIZE } from '../../../shared/document/layout.ts';
import type { AdminDocument } from '../../../shared/document/model.ts';
import { borderlessTable, textRun } from './blocks.ts';

const line = (text: string, size: number, style: { bold?: boolean; italics?: boolean }, align: 'left' | 'center') =>
  new Paragraph({
    alignment: align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    keepNext: true,
    keepLines: true,
    children: [textRun({ text }, size, style)],
  });

/** Nơi nhận (or a second signer) at the bottom left, the signer on the right, level with each other (ô 7 and 9b). */
export function signatureTable(doc: AdminDocument): Table {
  const blanks = () => Array.from({ length: SIGNATURE_BLANK_LINES }, () => line('', SIZE.signature, {}, 'center'));
  const left = doc.counterSignature
    ? [
        line(doc.counterSignature.title, SIZE.signature, { bold: true }, 'center'),
        ...blanks(),
        line(doc.counterSignature.name, SIZE.signature, { bold: true }, 'center'),
      ]
    : [
        line(RECIPIENTS_LABEL, SIZE.recipientsLabel, { bold: true, italics: true }, 'left'),
        ...recipientLines(doc.recipients).map((text) => line(text, SIZE.recipients, {}, 'left')),
      ];
  return borderlessTable(
    SIGNATURE_COLUMNS_MM,
    [
      [
        left,
        [
          ...signatureTitleLines(doc.signature).map((text) => line(text, SIZE.signature, { bold: true }, 'center')),
          ...blanks(),
          line(doc.signature.name, SIZE.signature, { bold: true }, 'center'),
        ],
      ],
    ],
    { topMarginTwips: 120, cantSplit: true },
  );
}

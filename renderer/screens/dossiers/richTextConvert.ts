import type { JSONContent } from '@tiptap/core';
import type { Run } from '../../../shared/document/model.ts';
import type { RichBlock, RichText } from '../../../shared/domain/rich-text.ts';

/** The editor's document (ProseMirror JSON) to the stored structure and back; nothing else is kept. */

function runsOf(node: JSONContent | undefined): Run[] {
  return (node?.content ?? [])
    .filter((child) => child.type === 'text' && child.text)
    .map((child) => {
      const marks = new Set((child.marks ?? []).map((mark) => mark.type));
      return { text: child.text ?? '', ...(marks.has('bold') ? { bold: true } : {}), ...(marks.has('italic') ? { italic: true } : {}) };
    });
}

const cellText = (cell: JSONContent) =>
  (cell.content ?? [])
    .map((paragraph) =>
      runsOf(paragraph)
        .map((run) => run.text)
        .join(''),
    )
    .join(' ');

export function fromEditor(doc: JSONContent): RichText {
  const blocks: RichBlock[] = [];
  for (const node of doc.content ?? []) {
    if (node.type === 'paragraph') blocks.push({ type: 'paragraph', runs: runsOf(node) });
    else if (node.type === 'bulletList' || node.type === 'orderedList') {
      const items = (node.content ?? []).map((item) => (item.content ?? []).flatMap((paragraph) => runsOf(paragraph)));
      blocks.push({ type: node.type === 'bulletList' ? 'bullets' : 'numbered', items });
    } else if (node.type === 'table') {
      blocks.push({ type: 'table', rows: (node.content ?? []).map((row) => (row.content ?? []).map(cellText)) });
    }
  }
  // An empty trailing paragraph is the editor's cursor line, not text.
  while (blocks.length > 0 && blocks.at(-1)?.type === 'paragraph' && (blocks.at(-1) as { runs: Run[] }).runs.length === 0) blocks.pop();
  return { blocks };
}

function textNodes(runs: readonly Run[]): JSONContent[] {
  return runs
    .filter((run) => run.text)
    .map((run) => {
      const marks = [...(run.bold ? [{ type: 'bold' }] : []), ...(run.italic ? [{ type: 'italic' }] : [])];
      return { type: 'text', text: run.text, ...(marks.length > 0 ? { marks } : {}) };
    });
}

const paragraphNode = (runs: readonly Run[]): JSONContent => ({ type: 'paragraph', content: textNodes(runs) });

export function toEditor(content: RichText): JSONContent {
  return {
    type: 'doc',
    content: content.blocks.map((block): JSONContent => {
      if (block.type === 'paragraph') return paragraphNode(block.runs);
      if (block.type === 'table') {
        return {
          type: 'table',
          content: block.rows.map((row, r) => ({
            type: 'tableRow',
            content: row.map((text) => ({ type: r === 0 ? 'tableHeader' : 'tableCell', content: [paragraphNode([{ text }])] })),
          })),
        };
      }
      return {
        type: block.type === 'bullets' ? 'bulletList' : 'orderedList',
        content: block.items.map((item) => ({ type: 'listItem', content: [paragraphNode(item)] })),
      };
    }),
  };
}

import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { keepsWithNext, type AdminDocument, type Block, type Run } from '../../../shared/document/model.ts';
import { renderDocx } from './render-docx.ts';

/**
 * Many documents of the same make (a báo cáo thành tích per nominee) written fast: the docx
 * library renders each distinct shape once — the document with every run of text replaced by a
 * numbered marker —, then each document is its shape's XML with its own texts put back, zipped.
 * The result is the same document.xml the library writes for that document (a test compares them).
 * Only run texts and signature names vary; what a renderer measures (titles, headers) is shape.
 */

const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKER = /\uE000(\d+)\uE001/gu;

const escapeXml = (text: string) =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;').replace(/'/gu, '&apos;');

function tokenize(doc: AdminDocument): { skeleton: AdminDocument; texts: string[] } {
  const texts: string[] = [];
  const mark = (text: string) => {
    texts.push(text);
    return `${OPEN}${texts.length - 1}${CLOSE}`;
  };
  const runs = (list: Run[]) => list.map((run) => ({ ...run, text: mark(run.text) }));
  const block = (item: Block): Block => {
    if (item.kind === 'paragraph') {
      const marked = runs(item.runs);
      // A lead-in ending with ":" stays with what follows: the colon is shape, kept outside the marker.
      const last = item.runs.at(-1);
      if (item.role === 'body' && keepsWithNext(item) && last && /:\s*$/u.test(last.text)) {
        texts[texts.length - 1] = last.text.replace(/:\s*$/u, '');
        marked[marked.length - 1] = { ...last, text: `${OPEN}${texts.length - 1}${CLOSE}:` };
      }
      return { ...item, runs: marked };
    }
    // A chart's figures are part of its picture, drawn with the document: shape, not text.
    if (item.kind === 'chart') return item;
    return {
      ...item,
      headerRows: item.headerRows.map((row) => row.map((cell) => ({ ...cell, runs: runs(cell.runs) }))),
      rows: item.rows.map((row) => row.map((cell) => ({ ...cell, runs: runs(cell.runs) }))),
    };
  };
  const skeleton: AdminDocument = {
    ...doc,
    sections: doc.sections.map((section) => ({ ...section, blocks: section.blocks.map(block) })),
    signature: { ...doc.signature, name: mark(doc.signature.name) },
    ...(doc.counterSignature ? { counterSignature: { ...doc.counterSignature, name: mark(doc.counterSignature.name) } } : {}),
  };
  return { skeleton, texts };
}

interface Shape {
  parts: Record<string, Uint8Array>;
  xml: string;
}

export interface DocxBatch {
  render: (doc: AdminDocument) => Promise<Uint8Array>;
  /** How many shapes were rendered by the library (for the bench). */
  shapes: () => number;
}

export function docxBatch(): DocxBatch {
  const shapes = new Map<string, Promise<Shape>>();
  return {
    render: async (doc) => {
      const { skeleton, texts } = tokenize(doc);
      const key = JSON.stringify(skeleton);
      let shape = shapes.get(key);
      if (!shape) {
        shape = renderDocx(skeleton).then((buffer) => {
          const parts = unzipSync(new Uint8Array(buffer));
          return { parts, xml: strFromU8(parts['word/document.xml'] ?? new Uint8Array()) };
        });
        shapes.set(key, shape);
      }
      const { parts, xml } = await shape;
      const filled = xml.replace(MARKER, (_, index: string) => escapeXml(texts[Number(index)] ?? ''));
      const files: Zippable = {};
      // The parts shared by every document are stored; the one that differs is compressed.
      for (const [name, data] of Object.entries(parts)) files[name] = [data, { level: 0 }];
      files['word/document.xml'] = [strToU8(filled), { level: 1 }];
      return zipSync(files);
    },
    shapes: () => shapes.size,
  };
}

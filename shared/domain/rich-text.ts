import * as z from 'zod';
import { cleanText } from '../text/normalize.ts';
import type { Block, Run, TableCell } from '../document/model.ts';

/**
 * The achievement text as structured data (never HTML): paragraphs of runs (bold, italic), bullet
 * and numbered lists, and tables of figures whose first row is the header. The editor converts
 * to and from it; the report turns it into document blocks the Word file and the preview draw.
 */

const runSchema = z.strictObject({
  text: z
    .string()
    .max(20_000)
    .transform((value) => value.normalize('NFC')),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
});
const runsSchema = z.array(runSchema).max(500);

export const richBlockSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('paragraph'), runs: runsSchema }),
  z.strictObject({ type: z.literal('bullets'), items: z.array(runsSchema).max(500) }),
  z.strictObject({ type: z.literal('numbered'), items: z.array(runsSchema).max(500) }),
  z.strictObject({
    type: z.literal('table'),
    rows: z
      .array(z.array(z.string().max(2_000)).max(20))
      .min(1)
      .max(200),
  }),
]);
export type RichBlock = z.infer<typeof richBlockSchema>;

export const richTextSchema = z.strictObject({ blocks: z.array(richBlockSchema).max(2_000) });
export type RichText = z.infer<typeof richTextSchema>;

const joined = (runs: readonly Run[]) => runs.map((run) => run.text).join('');

/** The words alone, on one line (the nominee's short achievement, its search and the lists). */
export function richPlainText(content: RichText): string {
  const lines = content.blocks.flatMap((block) => {
    if (block.type === 'paragraph') return [joined(block.runs)];
    if (block.type === 'table') return block.rows.map((row) => row.join(' | '));
    return block.items.map((item, index) => `${block.type === 'bullets' ? '-' : `${index + 1}.`} ${joined(item)}`);
  });
  return cleanText(lines.filter((line) => line.trim()).join(' ')).slice(0, 8_000);
}

/** The text as document blocks: list items as "- " and "1. " paragraphs, a table with its header row. */
export function richBlocks(content: RichText): Block[] {
  return content.blocks.flatMap((block): Block[] => {
    if (block.type === 'paragraph') return [{ kind: 'paragraph', role: 'body', runs: block.runs.length > 0 ? block.runs : [{ text: '' }] }];
    if (block.type === 'table') {
      const cell = (text: string): TableCell => ({ runs: [{ text }] });
      const [head = [], ...rows] = block.rows;
      const columns = Math.max(1, ...block.rows.map((row) => row.length));
      return [
        {
          kind: 'table',
          columnWidths: Array.from({ length: columns }, () => 1),
          headerRows: [head.map(cell)],
          rows: rows.map((row) => row.map(cell)),
        },
      ];
    }
    return block.items.map((item, index) => ({
      kind: 'paragraph',
      role: 'body',
      runs: [{ text: block.type === 'bullets' ? '- ' : `${index + 1}. ` }, ...item],
    }));
  });
}

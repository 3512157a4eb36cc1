import * as z from 'zod';

/** Runtime shape of the document model (shared/document/model.ts), for answers that carry one. */
const run = z.object({ text: z.string(), bold: z.boolean().optional(), italic: z.boolean().optional() });
const cell = z.object({ runs: z.array(run), colSpan: z.number().optional(), align: z.enum(['left', 'center', 'right']).optional() });

export const documentSchema = z.object({
  kind: z.string(),
  header: z.object({
    parentBody: z.string(),
    agency: z.string(),
    number: z.number().nullable(),
    symbol: z.string(),
    place: z.string(),
    date: z.string().nullable(),
    year: z.number(),
  }),
  typeName: z.string(),
  summaryLines: z.array(z.string()),
  sections: z.array(
    z.object({
      orientation: z.enum(['portrait', 'landscape']),
      blocks: z.array(
        z.union([
          z.object({
            kind: z.literal('paragraph'),
            role: z.enum(['section', 'clause', 'subclause', 'body', 'centered']),
            runs: z.array(run),
          }),
          z.object({
            kind: z.literal('table'),
            columnWidths: z.array(z.number()),
            headerRows: z.array(z.array(cell)),
            rows: z.array(z.array(cell)),
          }),
          z.object({
            kind: z.literal('chart'),
            title: z.string(),
            rows: z.array(z.object({ label: z.string(), nominated: z.number(), awarded: z.number() })),
            alongYears: z.boolean(),
          }),
        ]),
      ),
      appendix: z.object({ title: z.string(), subtitleLines: z.array(z.string()), reference: z.string() }).optional(),
    }),
  ),
  addressees: z.array(z.string()).optional(),
  signature: z.object({ authority: z.string(), headTitle: z.string(), signerTitle: z.string(), name: z.string() }),
  counterSignature: z.object({ title: z.string(), name: z.string() }).optional(),
  recipients: z.array(z.string()),
});

export const formatProblemSchema = z.object({ level: z.enum(['error', 'warning']), message: z.string() });

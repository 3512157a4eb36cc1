import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../electron/documents/docx/render-docx.ts';
import { openSession } from '../../electron/session/open-session.ts';
import { launchApp, type RunningApp } from '../support/browser.ts';
import { convertWithLibreOffice, pdfPageCount, pdfText, words } from '../support/pdf.ts';
import { makeTempDir } from '../support/temp.ts';

// The two renderers of one document: the A4 preview printed to PDF by Chromium, and the Word file
// printed to PDF by LibreOffice. They must hold the same words in the same order.
let temp: ReturnType<typeof makeTempDir>;
let app: RunningApp;
let wordPdf: string;
let previewPdf: string;

const withoutPageNumbers = (list: string[]) => list.filter((word) => !/^[2-9]$/u.test(word));
const body = (list: string[]) => list.slice(list.indexOf('KẾ'), list.findIndex((word) => word.endsWith('./.')) + 1);

beforeAll(async () => {
  temp = makeTempDir('dhtt-agree-');
  const databasePath = path.join(temp.dir, 'plan.sqlite');
  const session = openSession({ databasePath, logError: () => undefined });
  const issued = await session.dispatch('plans.issue', { campaignId: 1, number: 15, date: '2024-02-05' });
  const built = await session.dispatch('plans.document', { campaignId: 1, issuedId: 1 });
  session.close();
  if (!issued.ok || !built.ok) throw new Error('could not issue the seed plan');
  const docx = path.join(temp.dir, 'ke-hoach.docx');
  fs.writeFileSync(docx, await renderDocx((built.value as { document: Parameters<typeof renderDocx>[0] }).document));
  wordPdf = convertWithLibreOffice(docx, temp.dir);

  app = await launchApp({ databasePath });
  await app.page.goto(`${app.bridge.url}#/print/plan/1/1`);
  await app.page.waitForFunction(() => Number(document.body.dataset.pages) > 0);
  previewPdf = path.join(temp.dir, 'preview.pdf');
  await app.page.emulateMedia({ media: 'print' });
  await app.page.pdf({ path: previewPdf, preferCSSPageSize: true, printBackground: true });
}, 180_000);

afterAll(async () => {
  await app?.close();
  temp?.cleanup();
});

describe('the preview and the Word file agree', () => {
  it('hold the same words of the body in the same order', () => {
    const fromWord = body(withoutPageNumbers(words(pdfText(wordPdf))));
    const fromPreview = body(withoutPageNumbers(words(pdfText(previewPdf))));
    expect(fromWord.length).toBeGreaterThan(900);
    expect(fromPreview).toEqual(fromWord);
  });

  it('hold the same words overall, header and signature included', () => {
    const sorted = (pdf: string) => withoutPageNumbers(words(pdfText(pdf))).sort();
    expect(sorted(previewPdf)).toEqual(sorted(wordPdf));
  });

  it('have page counts within one of each other, on A4', () => {
    const word = pdfPageCount(wordPdf);
    const preview = pdfPageCount(previewPdf);
    expect(Math.abs(word - preview)).toBeLessThanOrEqual(1);
    expect(fs.readFileSync(previewPdf).toString('latin1')).toMatch(/MediaBox\s*\[\s*0 0 59[45]\.\d+ 841\.\d+/u);
  });
});

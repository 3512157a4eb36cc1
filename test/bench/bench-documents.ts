import fs from 'node:fs';
import path from 'node:path';
import { renderDocx } from '../../electron/documents/docx/render-docx.ts';
import { openSession } from '../../electron/session/open-session.ts';
import { buildPlanDocument } from '../../shared/document/builders/plan.ts';
import { planSnapshotFromDraft } from '../../shared/document/builders/plan-inputs.ts';
import { launchApp } from '../support/browser.ts';
import { heading, type Report, type Timer } from './timing.ts';

/** The plan .docx built and written (warm), and its A4 preview drawn in Chromium. */
export async function benchDocuments(dir: string, time: Timer, report: Report): Promise<void> {
  heading('Văn bản');
  const databasePath = path.join(dir, 'documents.sqlite');
  const session = openSession({ databasePath });
  const state = await session.dispatch('plans.get', { campaignId: 1 });
  if (!state.ok) throw new Error('plans.get failed');
  const { draft, agency, units, year } = state.value as {
    draft: Parameters<typeof planSnapshotFromDraft>[0];
    agency: Parameters<typeof planSnapshotFromDraft>[1];
    units: Parameters<typeof planSnapshotFromDraft>[2];
    year: number;
  };
  const out = path.join(dir, 'ke-hoach.docx');
  const write = async () =>
    fs.writeFileSync(
      out,
      await renderDocx(buildPlanDocument(planSnapshotFromDraft(draft, agency, units, year, { number: 15, date: '2024-02-05' }))),
    );
  await write();
  report('Kế hoạch .docx: dựng + ghi tệp (đã khởi động)', await time(20, write), 'dưới 50 ms');
  session.close();

  const app = await launchApp({ databasePath });
  try {
    const samples: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      await app.page.goto(`${app.bridge.url}#/print/plan/1`);
      await app.page.reload();
      await app.page.waitForFunction(() => performance.getEntriesByName('preview').length > 0);
      samples.push(await app.page.evaluate(() => performance.getEntriesByName('preview')[0]?.duration ?? Number.NaN));
    }
    samples.sort((a, b) => a - b);
    report(
      'Xem trước kế hoạch: dựng + đo + chia trang A4 (Chromium)',
      samples[Math.floor(samples.length / 2)] ?? Number.NaN,
      'dưới 200 ms',
    );
  } finally {
    await app.close();
  }
}

import fs from 'node:fs';
import { AppError } from '../../../shared/api/errors.ts';
import type { AdminDocument } from '../../../shared/document/model.ts';
import { asciiFileName } from '../../../shared/text/normalize.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import type { ServiceContext } from '../core/context.ts';
import { planDocument } from './plans.ts';

/** The plan written out: a Word file, or the app window printed to PDF, where the user chooses. */

/** "Ke-hoach-2024-so-15-KH-BDT" or "Ke-hoach-2024-du-thao": plain ASCII, safe on every disk and mail. */
function fileBaseName(document: AdminDocument, year: number): string {
  const which = document.header.number === null ? 'du-thao' : `so-${document.header.number}-${document.header.symbol}`;
  return asciiFileName(`Ke-hoach-${year}-${which}`);
}

export async function exportPlanDocx(ctx: ServiceContext, campaignId: number, issuedId?: number): Promise<{ saved: string | null }> {
  const { document } = planDocument(ctx, campaignId, issuedId);
  const year = getCampaign(ctx, campaignId).year;
  // docx is loaded when a Word file is written, not with every command.
  const { renderDocx } = await import('../../documents/docx/render-docx.ts');
  const buffer = await renderDocx(document);
  const target = await ctx.platform.chooseSavePath({ suggestedName: `${fileBaseName(document, year)}.docx`, extension: 'docx' });
  if (!target) return { saved: null };
  fs.writeFileSync(target, buffer);
  return { saved: target };
}

export async function exportPlanPdf(ctx: ServiceContext, campaignId: number, issuedId?: number): Promise<{ saved: string | null }> {
  const saveWindowPdf = ctx.platform.saveWindowPdf;
  if (!saveWindowPdf) {
    throw new AppError('forbidden', 'Ở chế độ trình duyệt, hãy bấm "In" rồi chọn "Lưu dưới dạng PDF".');
  }
  const { document } = planDocument(ctx, campaignId, issuedId);
  const target = await ctx.platform.chooseSavePath({
    suggestedName: `${fileBaseName(document, getCampaign(ctx, campaignId).year)}.pdf`,
    extension: 'pdf',
  });
  if (!target) return { saved: null };
  await saveWindowPdf(target);
  return { saved: target };
}

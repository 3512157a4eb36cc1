import fs from 'node:fs';
import type { AdminDocument } from '../../../shared/document/model.ts';
import { asciiFileName } from '../../../shared/text/normalize.ts';
import type { ServiceContext } from '../core/context.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import { getAgency } from '../settings/agencies.ts';
import { DECISION_KIND, decisionDocument, issuedDecisionRows } from './decisions.ts';
import { proposalDocument, PROPOSAL_KIND } from './proposals.ts';

/** The award papers as files where the user chooses (the command line: --out). */

export interface SavedFile {
  saved: string | null;
}

/** The issued paper asked for, else the latest issued one, else the draft (undefined). */
function pickIssued(ctx: ServiceContext, campaignId: number, kind: string, issuedId: number | undefined): number | undefined {
  if (issuedId !== undefined) return issuedId;
  return issuedDecisionRows(ctx, campaignId, kind).at(-1)?.id;
}

export function paperFileName(prefix: string, document: AdminDocument, year: number): string {
  const { number, date } = document.header;
  return asciiFileName(number !== null && date ? `${prefix}-so-${number}-${date}` : `${prefix}-${year}-du-thao`);
}

export async function saveDocx(ctx: ServiceContext, document: AdminDocument, name: string): Promise<SavedFile> {
  const { renderDocx } = await import('../../documents/docx/render-docx.ts');
  const buffer = await renderDocx(document);
  const target = await ctx.platform.chooseSavePath({ suggestedName: `${name}.docx`, extension: 'docx' });
  if (!target) return { saved: null };
  fs.writeFileSync(target, buffer);
  return { saved: target };
}

export async function exportDecision(ctx: ServiceContext, campaignId: number, issuedId?: number): Promise<SavedFile> {
  const { document } = decisionDocument(ctx, campaignId, pickIssued(ctx, campaignId, DECISION_KIND, issuedId));
  return saveDocx(ctx, document, paperFileName('Quyet-dinh-khen-thuong', document, getCampaign(ctx, campaignId).year));
}

export async function exportProposal(ctx: ServiceContext, campaignId: number, issuedId?: number): Promise<SavedFile> {
  const { document } = proposalDocument(ctx, campaignId, pickIssued(ctx, campaignId, PROPOSAL_KIND, issuedId));
  return saveDocx(ctx, document, paperFileName('To-trinh-khen-thuong', document, getCampaign(ctx, campaignId).year));
}

/** Danh sách khen thưởng (.xlsx) of an issued decision (the latest by default), or of the draft. */
export async function exportAwardList(
  ctx: ServiceContext,
  campaignId: number,
  issuedId?: number,
): Promise<SavedFile & { rows: number; total: number }> {
  const campaign = getCampaign(ctx, campaignId);
  const agency = getAgency(ctx, campaign.agencyId);
  const { document, rows } = decisionDocument(ctx, campaignId, pickIssued(ctx, campaignId, DECISION_KIND, issuedId));
  const appendix = document.sections[1]?.appendix;
  const issued = document.header.number !== null && document.header.date !== null;
  const reference = `${appendix?.reference ?? ''}${issued ? '' : ' — dự thảo, chưa ban hành'}`;
  const { buildAwardListSheet } = await import('../../sheets/award-list-sheet.ts');
  const buffer = await buildAwardListSheet({
    parentBody: agency.parentBody,
    agencyName: agency.name,
    title: [appendix?.title ?? 'DANH SÁCH', ...(appendix?.subtitleLines ?? [])].join('\n'),
    reference,
    rows,
  });
  const total = rows.reduce((sum, row) => sum + row.amount, 0);
  const target = await ctx.platform.chooseSavePath({
    suggestedName: `${paperFileName('Danh-sach-khen-thuong', document, campaign.year)}.xlsx`,
    extension: 'xlsx',
  });
  if (!target) return { saved: null, rows: rows.length, total };
  fs.writeFileSync(target, buffer);
  return { saved: target, rows: rows.length, total };
}

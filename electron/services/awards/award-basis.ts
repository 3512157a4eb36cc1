import { AppError } from '../../../shared/api/errors.ts';
import { checkDocument, type FormatProblem } from '../../../shared/document/check.ts';
import type { AdminDocument, Signature } from '../../../shared/document/model.ts';
import { registerIssued } from '../core/document-register.ts';
import type { ServiceContext } from '../core/context.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import { getAgency } from '../settings/agencies.ts';
import { listMeetings } from '../evaluation/council.ts';
import { prepared } from '../../db/statements.ts';

/** What every award paper cites and who signs it, read for the paper's date. */

/** Titles of the legal texts in force on a date, oldest first (the Law before its decree). */
export function legalBasisOn(ctx: ServiceContext, date: string): string[] {
  return prepared(
    ctx.db,
    `SELECT title FROM legal_texts WHERE effective_from <= @date AND (effective_to IS NULL OR effective_to >= @date)
      ORDER BY issued, code`,
  )
    .pluck()
    .all({ date }) as string[];
}

/** The last council meeting that proposed any of these nominees. */
export function councilMeetingFor(ctx: ServiceContext, campaignId: number, nomineeIds: ReadonlySet<number>): string | null {
  let heldOn: string | null = null;
  for (const meeting of listMeetings(ctx, campaignId)) {
    if (meeting.votes.some((vote) => vote.proposed && nomineeIds.has(vote.nomineeId))) heldOn = meeting.heldOn;
  }
  return heldOn;
}

export interface PaperBasics {
  agency: { name: string; fullName: string; parentBody: string; abbreviation: string; place: string; headTitle: string };
  agencyId: number;
  department: string;
  signer: Signature;
  year: number;
  campaignSubject: string;
  plan: { number: string; issuedOn: string } | null;
}

export function paperBasics(ctx: ServiceContext, campaignId: number): PaperBasics {
  const campaign = getCampaign(ctx, campaignId);
  const agency = getAgency(ctx, campaign.agencyId);
  return {
    agency: {
      name: agency.name,
      fullName: agency.fullName,
      parentBody: agency.parentBody,
      abbreviation: agency.abbreviation,
      place: agency.place,
      headTitle: agency.headTitle,
    },
    agencyId: agency.id,
    department: agency.departments[0]?.abbreviation ?? '',
    signer: { authority: agency.signerAuthority, headTitle: agency.headTitle, signerTitle: agency.signerTitle, name: agency.signerName },
    year: campaign.year,
    campaignSubject: campaign.plan.title.replace(/^kế hoạch\s+/iu, ''),
    plan: campaign.planNumber && campaign.planIssuedOn ? { number: campaign.planNumber, issuedOn: campaign.planIssuedOn } : null,
  };
}

/**
 * Freezes a paper in the register once its own checks and the format check pass (the number is
 * checked there too); the words it was built from are kept with it. Returns its id.
 */
export function issuePaper(
  ctx: ServiceContext,
  campaignId: number,
  paper: { kind: string; number: number; date: string; problems: readonly FormatProblem[]; document: AdminDocument; data: unknown },
): number {
  const blocking = paper.problems.find((problem) => problem.level === 'error');
  if (blocking) throw new AppError('invalid_input', `Chưa ban hành được: ${blocking.message}`);
  const formatError = checkDocument(paper.document, { issued: true }).find((problem) => problem.level === 'error');
  if (formatError) throw new AppError('invalid_input', `Chưa ban hành được: ${formatError.message}`);
  return registerIssued(ctx, {
    campaignId,
    agencyId: paperBasics(ctx, campaignId).agencyId,
    kind: paper.kind,
    number: paper.number,
    symbol: paper.document.header.symbol,
    issuedOn: paper.date,
    title: paper.document.summaryLines.join(' '),
    snapshot: { data: paper.data, document: paper.document },
  });
}

import { AppError, notFound } from '../../../shared/api/errors.ts';
import type { AwardRow, IssuedAward } from '../../../shared/domain/awards.ts';
import { buildAwardProposal, type AwardProposalData } from '../../../shared/document/builders/award-proposal.ts';
import { checkDocument, type FormatProblem } from '../../../shared/document/check.ts';
import type { AdminDocument } from '../../../shared/document/model.ts';
import { formatDateVi } from '../../../shared/format/dates.ts';
import type { ServiceContext } from '../core/context.ts';
import { todayOf } from '../core/context.ts';
import { decisionDateOf } from '../evaluation/prize.ts';
import { awardPapers } from './award-papers.ts';
import { councilMeetingFor, issuePaper, legalBasisOn, paperBasics } from './award-basis.ts';
import { awardCandidates } from './award-rows.ts';
import { issuedDecisionRows, issuedSummary } from './decisions.ts';

/**
 * Tờ trình đề nghị khen thưởng for the forms a higher level decides (the province's Bằng khen):
 * drafted from the nominees ready for it, issued once with a number and a date and frozen; the
 * nominees it names stay "Đề nghị khen thưởng" until the higher level's decision comes back.
 */

export const PROPOSAL_KIND = 'award-proposal';
/** Days the appraising body needs before the congress (NĐ 152/2025: hồ sơ gửi trước 10 ngày). */
export const PROPOSAL_LEAD_DAYS = 10;

interface StoredProposal {
  data: AwardProposalData;
  document: AdminDocument;
}

function draftData(
  ctx: ServiceContext,
  campaignId: number,
  rows: AwardRow[],
  number: number | null,
  date: string | null,
): AwardProposalData {
  const basics = paperBasics(ctx, campaignId);
  const papers = awardPapers(ctx, campaignId);
  return {
    agency: basics.agency,
    department: basics.department,
    signer: basics.signer,
    number,
    date,
    year: basics.year,
    campaignSubject: basics.campaignSubject,
    legalBasis: legalBasisOn(ctx, date ?? decisionDateOf(ctx, campaignId)),
    plan: basics.plan,
    councilMeetingOn: councilMeetingFor(ctx, campaignId, new Set(rows.map((row) => row.nomineeId))),
    superior: papers.superior,
    throughBody: papers.throughBody,
    rows,
  };
}

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function proposalProblems(ctx: ServiceContext, campaignId: number, data: AwardProposalData, issued: boolean): FormatProblem[] {
  const problems: FormatProblem[] = [];
  if (data.rows.length === 0)
    problems.push({ level: 'error', message: 'Chưa có tập thể, cá nhân nào đủ điều kiện để đề nghị cấp trên khen thưởng.' });
  if (!data.superior.trim()) problems.push({ level: 'error', message: 'Thiếu nơi nhận Tờ trình (Kính gửi).' });
  if (!data.plan)
    problems.push({
      level: issued ? 'error' : 'warning',
      message: 'Kế hoạch của chiến dịch chưa ban hành: căn cứ thiếu số và ngày kế hoạch.',
    });
  if (data.plan && data.date && data.date < data.plan.issuedOn)
    problems.push({ level: 'error', message: 'Ngày tờ trình sớm hơn ngày ban hành kế hoạch.' });
  const congressOn = awardPapers(ctx, campaignId).congressOn;
  const date = data.date ?? todayOf(ctx);
  if (congressOn && date > addDays(congressOn, -PROPOSAL_LEAD_DAYS)) {
    problems.push({
      level: 'warning',
      message: `Tờ trình ngày ${formatDateVi(date)} gửi chưa đủ ${PROPOSAL_LEAD_DAYS} ngày trước ngày đại hội ${formatDateVi(congressOn)}: cấp trên có thể không kịp thẩm định.`,
    });
  }
  return problems;
}

export function proposalDocument(
  ctx: ServiceContext,
  campaignId: number,
  issuedId?: number,
): { document: AdminDocument; problems: FormatProblem[]; rows: AwardRow[] } {
  if (issuedId !== undefined) {
    const row = issuedDecisionRows(ctx, campaignId, PROPOSAL_KIND).find((item) => item.id === issuedId);
    if (!row) throw notFound(`tờ trình đề nghị khen thưởng mã ${issuedId}`);
    const stored = JSON.parse(row.snapshot_json) as StoredProposal;
    return { document: stored.document, problems: checkDocument(stored.document, { issued: true }), rows: stored.data.rows };
  }
  const rows = awardCandidates(ctx, campaignId).forProposal;
  const data = draftData(ctx, campaignId, rows, null, null);
  const document = buildAwardProposal(data);
  const problems = proposalProblems(ctx, campaignId, data, false);
  return { document, problems: rows.length === 0 ? problems : [...problems, ...checkDocument(document, { issued: false })], rows };
}

/** Issues the Tờ trình: number free, checks passed; frozen in the register with its warnings returned. */
export function propose(ctx: ServiceContext, campaignId: number, number: number, date: string): IssuedAward & { warnings: string[] } {
  if (date > todayOf(ctx)) throw new AppError('invalid_input', 'Ngày tờ trình không được sau hôm nay.', 'date');
  const rows = awardCandidates(ctx, campaignId).forProposal;
  const data = draftData(ctx, campaignId, rows, number, date);
  const problems = proposalProblems(ctx, campaignId, data, true);
  const document = buildAwardProposal(data);
  const id = issuePaper(ctx, campaignId, { kind: PROPOSAL_KIND, number, date, problems, document, data });
  const row = issuedDecisionRows(ctx, campaignId, PROPOSAL_KIND).find((item) => item.id === id);
  if (!row) throw notFound(`tờ trình mã ${id}`);
  return { ...issuedSummary(row, 'award-proposal'), warnings: problems.filter((p) => p.level === 'warning').map((p) => p.message) };
}

import type { AwardRow } from '../../../shared/domain/awards.ts';
import type { ProposalRow } from '../../../shared/domain/evaluation.ts';
import { prizeSubjectOf } from '../../../shared/domain/prize-money.ts';
import type { NomineeKind } from '../../../shared/domain/nominees.ts';
import type { ServiceContext } from '../core/context.ts';
import { listAwardForms } from '../settings/award-forms.ts';
import { listProposals } from '../evaluation/proposals.ts';
import { prepared } from '../../db/statements.ts';

/**
 * Who the award papers name: the nominees the council proposed with a form and a prize, split
 * by who decides the form (the agency itself, or a higher level through a Tờ trình), less
 * those a paper already holds.
 */

interface DetailRow {
  id: number;
  kind: NomineeKind;
  unitId: number;
  collectiveForm: string | null;
  position: string;
  village: string;
  commune: string;
  achievement: string;
}

function details(ctx: ServiceContext, campaignId: number): Map<number, DetailRow> {
  const rows = prepared(
    ctx.db,
    `SELECT id, kind, unit_id AS unitId, collective_form AS collectiveForm, position, village, commune, achievement_summary AS achievement
       FROM nominees WHERE campaign_id = ? AND deleted_at IS NULL AND status IN ('proposed', 'awarded')`,
  ).all(campaignId) as DetailRow[];
  return new Map(rows.map((row) => [row.id, row]));
}

/** A person by their position; a collective or a household by where it is. */
function positionOrAddress(row: DetailRow): string {
  const address = [row.village, row.commune].filter((part) => part.trim() !== '').join(', ');
  if (row.kind === 'individual') return row.position.trim() || address;
  return address || row.position.trim();
}

export function awardRowOf(proposal: ProposalRow, detail: DetailRow): AwardRow {
  return {
    nomineeId: proposal.nomineeId,
    subject: prizeSubjectOf(detail.kind, detail.collectiveForm),
    name: proposal.name,
    ethnicity: proposal.ethnicity ?? '',
    positionOrAddress: positionOrAddress(detail),
    unitId: detail.unitId,
    unitName: proposal.unitName,
    achievement: detail.achievement,
    awardCode: proposal.awardCode ?? '',
    awardName: proposal.awardName ?? '',
    amount: proposal.prize?.amount ?? 0,
  };
}

function inPapers(ctx: ServiceContext, campaignId: number): Set<number> {
  // Awards first (they are few): left to itself the planner reads every campaign's nominees.
  const decided = prepared(ctx.db, 'SELECT a.nominee_id FROM awards a CROSS JOIN nominees n ON n.id = a.nominee_id WHERE n.campaign_id = ?')
    .pluck()
    .all(campaignId) as number[];
  const proposed = prepared(
    ctx.db,
    `SELECT json_extract(r.value, '$.nomineeId') FROM issued_documents d, json_each(d.snapshot_json, '$.data.rows') r
      WHERE d.campaign_id = ? AND d.kind = 'award-proposal'`,
  )
    .pluck()
    .all(campaignId) as number[];
  return new Set([...decided, ...proposed]);
}

export interface AwardCandidates {
  decisionDate: string;
  /** The agency's own forms (Giấy khen), ready and in no decision yet. */
  forDecision: AwardRow[];
  /** Forms a higher level decides (Bằng khen), ready and in no Tờ trình yet. */
  forProposal: AwardRow[];
  /** Nominees evaluated as passing or proposed that no paper can take yet, with what they lack: the first 50. */
  notReady: ProposalRow[];
  notReadyCount: number;
}

const NAMED_NOT_READY = 50;

export function awardCandidates(ctx: ServiceContext, campaignId: number): AwardCandidates {
  // Those a paper could take (proposed); the passed still wait for the council, so only the first
  // of them are named. The awarded are in a paper already.
  const proposals = listProposals(ctx, campaignId, undefined, { statuses: ['proposed'], withoutActivities: true });
  const passed = listProposals(ctx, campaignId, undefined, { statuses: ['passed'], withoutActivities: true, limit: NAMED_NOT_READY });
  const passedCount = prepared(ctx.db, "SELECT count(*) FROM nominees WHERE campaign_id = ? AND deleted_at IS NULL AND status = 'passed'")
    .pluck()
    .get(campaignId) as number;
  const detail = details(ctx, campaignId);
  const taken = inPapers(ctx, campaignId);
  const agencyGrants = new Set(
    listAwardForms(ctx)
      .filter((form) => form.grantedByAgency)
      .map((form) => form.code),
  );
  const out: AwardCandidates = { decisionDate: proposals.decisionDate, forDecision: [], forProposal: [], notReady: [], notReadyCount: 0 };
  for (const row of proposals.rows) {
    const nominee = detail.get(row.nomineeId);
    if (row.status === 'awarded' || taken.has(row.nomineeId)) continue;
    if (!nominee || row.status !== 'proposed' || row.missing.length > 0 || !row.awardCode) {
      if (row.status === 'passed' || row.status === 'proposed') out.notReady.push(row);
      continue;
    }
    (agencyGrants.has(row.awardCode) ? out.forDecision : out.forProposal).push(awardRowOf(row, nominee));
  }
  out.notReadyCount = out.notReady.length + passedCount;
  out.notReady = [...out.notReady, ...passed.rows].slice(0, NAMED_NOT_READY);
  return out;
}

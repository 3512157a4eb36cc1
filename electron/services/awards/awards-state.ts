import type { AwardsState, ChecklistItem } from '../../../shared/domain/awards.ts';
import { formatInteger } from '../../../shared/format/numbers.ts';
import { DOSSIER_PAPER_LABELS } from '../../../shared/domain/dossier-checklist.ts';
import { dossierChecklist } from '../dossiers/dossier-checklist.ts';
import type { ServiceContext } from '../core/context.ts';
import { nextNumber } from '../core/document-register.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import { getAgency } from '../settings/agencies.ts';
import { prepared } from '../../db/statements.ts';
import { awardPapers } from './award-papers.ts';
import { awardCandidates } from './award-rows.ts';
import { DECISION_KIND, issuedDecisionRows, issuedSummary } from './decisions.ts';
import { PROPOSAL_KIND } from './proposals.ts';

/** The Khen thưởng screen in one read: what is ready, what is missing, what was issued. */

interface UnitRow {
  unitId: number;
  name: string;
  email: string | null;
  nominees: number;
  awarded: number;
}

/** The units of the campaign's plan with how many nominees each has and how many were awarded. */
export function campaignUnits(ctx: ServiceContext, campaignId: number): UnitRow[] {
  return prepared(
    ctx.db,
    `SELECT u.id AS unitId, u.name, nullif(trim(coalesce(u.email, '')), '') AS email,
            (SELECT count(*) FROM nominees n WHERE n.campaign_id = q.campaign_id AND n.unit_id = u.id AND n.deleted_at IS NULL AND n.status <> 'withdrawn') AS nominees,
            (SELECT count(*) FROM nominees n WHERE n.campaign_id = q.campaign_id AND n.unit_id = u.id AND n.deleted_at IS NULL AND n.status = 'awarded') AS awarded
       FROM campaign_quotas q JOIN units u ON u.id = q.unit_id
      WHERE q.campaign_id = ? ORDER BY q.position, u.id`,
  ).all(campaignId) as UnitRow[];
}

const item = (key: string, ok: boolean, label: string, detail: string): ChecklistItem => ({ key, ok, label, detail });

/** The dossiers of those about to be decided or proposed: which papers they still lack. */
function dossierItem(ctx: ServiceContext, campaignId: number, nomineeIds: number[]): ChecklistItem {
  const lacking = nomineeIds.length > 0 ? dossierChecklist(ctx, campaignId, nomineeIds).filter((check) => check.lacks.length > 0) : [];
  const first = lacking[0];
  return item(
    'dossiers',
    lacking.length === 0,
    'Hồ sơ đề nghị khen thưởng',
    first
      ? `${lacking.length} hồ sơ còn thiếu giấy tờ, như ${first.name}: ${first.lacks.map((paper) => DOSSIER_PAPER_LABELS[paper].toLocaleLowerCase('vi')).join(', ')}.`
      : 'Hồ sơ của những người chờ quyết định, chờ trình đã đủ.',
  );
}

export function awardsState(ctx: ServiceContext, campaignId: number): AwardsState {
  const campaign = getCampaign(ctx, campaignId);
  const agency = getAgency(ctx, campaign.agencyId);
  const papers = awardPapers(ctx, campaignId);
  const candidates = awardCandidates(ctx, campaignId);
  const decisions = issuedDecisionRows(ctx, campaignId, DECISION_KIND).map((row) => issuedSummary(row, 'award-decision'));
  const proposals = issuedDecisionRows(ctx, campaignId, PROPOSAL_KIND).map((row) => issuedSummary(row, 'award-proposal'));
  const units = campaignUnits(ctx, campaignId);
  const unpriced = [...candidates.forDecision, ...candidates.forProposal].filter((row) => row.amount <= 0);
  const noEmail = units.filter((unit) => unit.nominees > 0 && !unit.email);
  const pendingTotal = candidates.forDecision.reduce((sum, row) => sum + row.amount, 0);
  const checklist: ChecklistItem[] = [
    item(
      'plan',
      campaign.planNumber !== null,
      'Kế hoạch đã ban hành',
      campaign.planNumber ? `Kế hoạch số ${campaign.planNumber}` : 'Căn cứ của quyết định cần số và ngày của kế hoạch.',
    ),
    item(
      'functions',
      papers.functionsBasis.trim() !== '',
      'Căn cứ chức năng, nhiệm vụ của cơ quan',
      papers.functionsBasis.trim() ? papers.functionsBasis : 'Nhập ở mục "Nội dung văn bản".',
    ),
    item(
      'prizes',
      unpriced.length === 0,
      'Số tiền thưởng',
      unpriced.length === 0
        ? 'Mọi đề nghị đã có số tiền.'
        : `${unpriced.length} đề nghị chưa có số tiền: ${unpriced
            .map((row) => row.name)
            .slice(0, 3)
            .join(', ')}`,
    ),
    item(
      'not-ready',
      candidates.notReadyCount === 0,
      'Đề nghị đã đủ điều kiện',
      candidates.notReadyCount === 0
        ? 'Không còn ai chờ.'
        : `${candidates.notReadyCount} người, tập thể chưa đủ: ${candidates.notReady[0]?.name ?? ''} (${candidates.notReady[0]?.missing.join('; ') ?? ''})`,
    ),
    item(
      'decision',
      candidates.forDecision.length === 0 && decisions.length > 0,
      'Quyết định khen thưởng',
      candidates.forDecision.length > 0
        ? `${candidates.forDecision.length} chờ quyết định, ${formatInteger(pendingTotal)} đồng.`
        : decisions.length > 0
          ? `Đã ban hành ${decisions.length} quyết định.`
          : 'Chưa có ai để quyết định.',
    ),
    item(
      'proposal',
      candidates.forProposal.length === 0,
      'Tờ trình đề nghị cấp trên',
      candidates.forProposal.length > 0
        ? `${candidates.forProposal.length} chờ trình cấp trên khen thưởng.`
        : proposals.length > 0
          ? `Đã trình ${proposals.length} tờ trình.`
          : 'Không có đề nghị lên cấp trên.',
    ),
    item(
      'emails',
      noEmail.length === 0,
      'Địa chỉ thư điện tử của đơn vị',
      noEmail.length === 0
        ? 'Mọi đơn vị có người đề cử đều có địa chỉ.'
        : `Chưa có địa chỉ: ${noEmail.map((unit) => unit.name).join(', ')}`,
    ),
    dossierItem(
      ctx,
      campaignId,
      [...candidates.forDecision, ...candidates.forProposal].map((row) => row.nomineeId),
    ),
  ];
  return {
    campaignId,
    year: campaign.year,
    papers,
    decisionDate: candidates.decisionDate,
    pendingDecision: candidates.forDecision,
    pendingProposal: candidates.forProposal,
    notReadyCount: candidates.notReadyCount,
    notReady: candidates.notReady.map((row) => ({
      nomineeId: row.nomineeId,
      name: row.name,
      unitName: row.unitName,
      status: row.status,
      missing: row.missing,
    })),
    issued: [...decisions, ...proposals].sort((a, b) => a.issuedOn.localeCompare(b.issuedOn) || a.id - b.id),
    units,
    checklist,
    suggestedNumbers: {
      decision: nextNumber(ctx, agency.id, `QĐ-${agency.abbreviation}`, Number(candidates.decisionDate.slice(0, 4))),
      proposal: nextNumber(ctx, agency.id, `TTr-${agency.abbreviation}`, Number(candidates.decisionDate.slice(0, 4))),
    },
  };
}

import { evaluationCriteria } from '../../../shared/domain/evaluation-criteria.ts';
import { EVALUATION_RESULTS, type ProposalRow, type Proposals } from '../../../shared/domain/evaluation.ts';
import { NOMINEE_STATUSES, WITHDRAWN, type NomineeKind, type NomineeStatus } from '../../../shared/domain/nominees.ts';
import type { ServiceContext } from '../core/context.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import { councilOutcomes } from './council.ts';
import { prizeBook, prizeOf } from './prize.ts';
import { prepared } from '../../db/statements.ts';

interface Row {
  id: number;
  name: string;
  unitName: string;
  kind: NomineeKind;
  status: string;
  ethnicity: string | null;
  collectiveForm: string | null;
  openBits: number;
  delegate: number;
  activities: number;
  criteriaJson: string | null;
  result: string | null;
  awardCode: string | null;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest > 0; rest >>= 1) count += rest & 1;
  return count;
}

/**
 * The campaign's nominees (not withdrawn) as the Đánh giá screen compares them: criteria met,
 * activities received, open warnings, result, proposed form and prize, the council's outcome,
 * and what an award decision still needs for each. One unit's, when given; only some statuses,
 * and without the activity counts, for the award papers, which need neither the others nor those.
 */
export function listProposals(
  ctx: ServiceContext,
  campaignId: number,
  unitId?: number,
  only: { statuses?: readonly NomineeStatus[]; withoutActivities?: boolean; limit?: number } = {},
): Proposals {
  const campaign = getCampaign(ctx, campaignId);
  const book = prizeBook(ctx, campaignId);
  const council = councilOutcomes(ctx, campaignId);
  const rows = prepared(
    ctx.db,
    `SELECT n.id, n.name, u.name AS unitName, n.kind, n.status, e2.display_name AS ethnicity, n.collective_form AS collectiveForm,
            n.open_bits AS openBits, n.congress_delegate AS delegate,
            ${
              only.withoutActivities
                ? '0'
                : `(SELECT count(*) FROM activity_nominees l JOIN activities a ON a.id = l.activity_id AND a.deleted_at IS NULL
                     WHERE l.nominee_id = n.id)`
            } AS activities,
            e.criteria_json AS criteriaJson, e.result, e.award_code AS awardCode
       FROM nominees n
       JOIN units u ON u.id = n.unit_id
       LEFT JOIN ethnic_groups e2 ON e2.code = n.ethnic_code
       LEFT JOIN evaluations e ON e.nominee_id = n.id
       LEFT JOIN campaign_quotas q ON q.campaign_id = n.campaign_id AND q.unit_id = n.unit_id
      WHERE n.campaign_id = @campaignId AND n.deleted_at IS NULL AND n.status <> '${WITHDRAWN}' AND (@unitId IS NULL OR n.unit_id = @unitId)
        AND (@statuses IS NULL OR n.status IN (SELECT value FROM json_each(@statuses)))
      ORDER BY coalesce(q.position, 1000000), n.sort_key, n.id
      LIMIT ${only.limit ?? -1}`,
  ).all({ campaignId, unitId: unitId ?? null, statuses: only.statuses ? JSON.stringify(only.statuses) : null }) as Row[];
  const criteriaCount = {
    collective: evaluationCriteria(campaign.plan, 'collective').length,
    individual: evaluationCriteria(campaign.plan, 'individual').length,
  };
  const out: ProposalRow[] = rows.map((row) => {
    const checks = row.criteriaJson ? (JSON.parse(row.criteriaJson) as { met?: boolean }[]) : [];
    const result = EVALUATION_RESULTS.find((value) => value === row.result) ?? null;
    const { prize, problem, awardName } = prizeOf(book, row.awardCode, { kind: row.kind, collectiveForm: row.collectiveForm });
    const outcome = council.get(row.id) ?? null;
    const missing: string[] = [];
    if (result === null) missing.push('chưa đánh giá');
    else if (result === 'fail') missing.push('đánh giá không đạt');
    else if (!row.awardCode) missing.push('chưa đề nghị hình thức khen thưởng');
    if (!outcome) missing.push('Hội đồng chưa biểu quyết');
    else if (!outcome.proposed) missing.push('Hội đồng không đủ đa số đồng ý');
    if (problem) missing.push(problem);
    return {
      nomineeId: row.id,
      name: row.name,
      unitName: row.unitName,
      kind: row.kind,
      status: NOMINEE_STATUSES.find((value) => value === row.status) ?? 'nominated',
      ethnicity: row.ethnicity,
      criteriaMet: Array.isArray(checks) ? checks.filter((check) => check.met === true).length : 0,
      criteriaTotal: criteriaCount[row.kind],
      activities: row.activities,
      openWarnings: bitCount(row.openBits),
      result,
      awardCode: row.awardCode,
      awardName,
      prize,
      prizeProblem: problem,
      council: outcome,
      delegate: row.delegate === 1,
      missing,
    };
  });
  return {
    decisionDate: book.decisionDate,
    rows: out,
    total: out.reduce((sum, row) => sum + (row.prize?.amount ?? 0), 0),
    ready: out.filter((row) => row.missing.length === 0).length,
  };
}

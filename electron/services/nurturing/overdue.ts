import { quartersOf } from '../../../shared/domain/activities.ts';
import { WITHDRAWN } from '../../../shared/domain/nominees.ts';
import { prepared } from '../../db/statements.ts';
import { campaignPhases } from '../campaigns/campaigns.ts';
import type { ServiceContext } from '../core/context.ts';

/**
 * How many nominees (not withdrawn) went without an activity in a quarter of the nurturing phase
 * that has ended: the figure of the Tổng quan warning, the same as nurturingCoverage's `overdue`.
 * Counted from the activities' side — the campaign's few activities and their links, grouped by
 * nominee — rather than by reading every nominee's cells of the coverage table.
 */
export function overdueNominees(ctx: ServiceContext, campaignId: number, today: string): number {
  const phase = campaignPhases(ctx, campaignId).find((p) => p.key === 'nurturing');
  if (!phase?.startsOn || !phase.endsOn) return 0;
  const ended = quartersOf(phase.startsOn, phase.endsOn, today).filter((quarter) => quarter.ended);
  if (ended.length === 0) return 0;
  const params: Record<string, string | number> = { campaignId, ended: ended.length };
  const cases = ended.map((quarter, index) => {
    params[`from${index}`] = quarter.startsOn;
    params[`to${index}`] = quarter.endsOn;
    return `WHEN a.happened_on BETWEEN @from${index} AND @to${index} THEN ${index}`;
  });
  const counted = `n.campaign_id = @campaignId AND n.deleted_at IS NULL AND n.status <> '${WITHDRAWN}'`;
  return prepared(
    ctx.db,
    `SELECT (SELECT count(*) FROM nominees n WHERE ${counted})
          - (SELECT count(*) FROM (
               SELECT l.nominee_id FROM activities a JOIN activity_nominees l ON l.activity_id = a.id
                WHERE a.campaign_id = @campaignId AND a.deleted_at IS NULL AND a.happened_on BETWEEN @from0 AND @to${ended.length - 1}
                GROUP BY l.nominee_id HAVING count(DISTINCT CASE ${cases.join(' ')} END) = @ended) covered
             JOIN nominees n ON n.id = covered.nominee_id WHERE ${counted})`,
  )
    .pluck()
    .get(params) as number;
}

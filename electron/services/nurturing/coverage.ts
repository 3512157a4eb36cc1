import { quartersOf, type Coverage, type CoverageRow } from '../../../shared/domain/activities.ts';
import type { NomineeKind } from '../../../shared/domain/nominees.ts';
import { WITHDRAWN } from '../../../shared/domain/nominees.ts';
import { todayOf, type ServiceContext } from '../core/context.ts';
import { campaignPhases } from '../campaigns/campaigns.ts';
import { prepared } from '../../db/statements.ts';

export interface CoverageQuery {
  campaignId: number;
  unitId?: number | undefined;
  kind?: NomineeKind | undefined;
  activityKind?: string | undefined;
  onlyMissing?: boolean | undefined;
  asOf?: string | undefined;
}

/**
 * Nominees (not withdrawn) × the quarters of the nurturing phase, each cell the number of
 * activities in it, in the plan's unit order. One grouped query: its cost grows with the
 * campaign's nominees and links, and it reads nothing of other campaigns.
 */
export function nurturingCoverage(ctx: ServiceContext, query: CoverageQuery): Coverage {
  const today = query.asOf ?? todayOf(ctx);
  const phase = campaignPhases(ctx, query.campaignId).find((p) => p.key === 'nurturing');
  const problem = !phase?.startsOn || !phase.endsOn ? 'Giai đoạn bồi dưỡng của kế hoạch chưa có ngày bắt đầu và kết thúc.' : null;
  const quarters = phase?.startsOn && phase.endsOn ? quartersOf(phase.startsOn, phase.endsOn, today) : [];
  const cells = quarters.map((_, index) => `sum(a.happened_on BETWEEN @from${index} AND @to${index}) AS q${index}`);
  const params: Record<string, string | number | null> = {
    campaignId: query.campaignId,
    unitId: query.unitId ?? null,
    kind: query.kind ?? null,
    activityKind: query.activityKind ?? null,
  };
  quarters.forEach((quarter, index) => {
    params[`from${index}`] = quarter.startsOn;
    params[`to${index}`] = quarter.endsOn;
  });
  const rows = prepared(
    ctx.db,
    `SELECT n.id AS nomineeId, n.name, u.name AS unitName, n.kind, count(a.id) AS total${cells.map((cell) => `, ${cell}`).join('')}
       FROM nominees n
       JOIN units u ON u.id = n.unit_id
       LEFT JOIN campaign_quotas q ON q.campaign_id = n.campaign_id AND q.unit_id = n.unit_id
       LEFT JOIN activity_nominees l ON l.nominee_id = n.id
       LEFT JOIN activities a ON a.id = l.activity_id AND a.deleted_at IS NULL AND (@activityKind IS NULL OR a.kind = @activityKind)
      WHERE n.campaign_id = @campaignId AND n.deleted_at IS NULL AND n.status <> '${WITHDRAWN}'
        AND (@unitId IS NULL OR n.unit_id = @unitId) AND (@kind IS NULL OR n.kind = @kind)
      GROUP BY n.id
      ORDER BY coalesce(q.position, 1000000), n.sort_key, n.id`,
  ).all(params) as (Record<string, number | null> & {
    nomineeId: number;
    name: string;
    unitName: string;
    kind: NomineeKind;
    total: number;
  })[];
  const all: CoverageRow[] = rows.map((row) => ({
    nomineeId: row.nomineeId,
    name: row.name,
    unitName: row.unitName,
    kind: row.kind,
    counts: quarters.map((_, index) => Number(row[`q${index}`] ?? 0)),
    total: row.total,
  }));
  const overdueRow = (row: CoverageRow) => quarters.some((quarter, index) => quarter.ended && row.counts[index] === 0);
  const missing = (row: CoverageRow) => row.total === 0 || overdueRow(row);
  return {
    quarters,
    rows: query.onlyMissing ? all.filter(missing) : all,
    withoutActivity: all.filter((row) => row.total === 0).length,
    overdue: all.filter(overdueRow).length,
    problem,
  };
}

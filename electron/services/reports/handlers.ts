import type { AreaHandlers } from '../../ipc/handler-types.ts';
import { campaignStatistics } from './campaign-statistics.ts';
import { exportStatisticsTable } from './statistics-export.ts';

export const reportsHandlers = {
  'reports.statistics': (ctx, input) => campaignStatistics(ctx, input.campaignId),
  'reports.exportTable': { async: (ctx, input) => exportStatisticsTable(ctx, input.campaignId, input.dimension) },
} satisfies AreaHandlers<'reports'>;

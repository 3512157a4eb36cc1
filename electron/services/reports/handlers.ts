import type { AreaHandlers } from '../../ipc/handler-types.ts';
import { campaignStatistics } from './campaign-statistics.ts';
import { exportStatisticsTable } from './statistics-export.ts';
import { earlierAwards, searchHistory } from './history.ts';
import { importEarlierList, previewEarlierList, removeEarlierList } from './earlier-award-import.ts';
import { exportResultReport, issueResultReport, resultReportDocument, saveReportWords } from './result-report.ts';

export const reportsHandlers = {
  'reports.statistics': (ctx, input) => campaignStatistics(ctx, input.campaignId),
  'reports.exportTable': { async: (ctx, input) => exportStatisticsTable(ctx, input.campaignId, input.dimension) },
  'reports.resultDocument': (ctx, input) => resultReportDocument(ctx, input.campaignId, input.issuedId),
  'reports.saveWords': (ctx, input) => saveReportWords(ctx, input.campaignId, input.words),
  'reports.issueResult': (ctx, input) => issueResultReport(ctx, input.campaignId, input.number, input.date),
  'reports.history': (ctx, input) => searchHistory(ctx, input.search),
  'reports.earlierAwards': (ctx, input) => earlierAwards(ctx, input.nomineeId),
  'reports.previewEarlierList': { async: (ctx, input) => previewEarlierList(ctx, input) },
  'reports.importEarlierList': { async: (ctx, input) => importEarlierList(ctx, input) },
  'reports.removeEarlierList': (ctx, input) => removeEarlierList(ctx, input.importId),
  'reports.exportResult': { async: (ctx, input) => exportResultReport(ctx, input.campaignId, input.issuedId, input.draft ?? false) },
} satisfies AreaHandlers<'reports'>;

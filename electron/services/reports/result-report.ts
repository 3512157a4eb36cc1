import * as z from 'zod';
import { AppError, notFound } from '../../../shared/api/errors.ts';
import { checkDocument } from '../../../shared/document/check.ts';
import type { AdminDocument } from '../../../shared/document/model.ts';
import { buildResultReport, type ResultReportData, type ResultReportWords } from '../../../shared/document/builders/result-report.ts';
import { unitTitle } from '../../../shared/domain/units.ts';
import { WITHDRAWN } from '../../../shared/domain/nominees.ts';
import { STATISTIC_DIMENSIONS } from '../../../shared/domain/statistics.ts';
import { prepared } from '../../db/statements.ts';
import { readSetting, writeSetting } from '../core/app-settings.ts';
import { nextNumber } from '../core/document-register.ts';
import { recordChange } from '../core/audit.ts';
import { todayOf, type ServiceContext } from '../core/context.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import { issuePaper, paperBasics } from '../awards/award-basis.ts';
import { paperFileName, saveDocx } from '../awards/award-exports.ts';
import { DECISION_KIND, issuedDecisionRows } from '../awards/decisions.ts';
import { listMeetings } from '../evaluation/council.ts';
import { listDelegates } from '../evaluation/delegates.ts';
import { campaignStatistics } from './campaign-statistics.ts';

/** Báo cáo kết quả: worked out from the campaign's records, the office's own words added, issued like the plan. */

export const RESULT_REPORT_KIND = 'result-report';
const wordsKey = (campaignId: number) => `reports.result-words.${campaignId}`;
// Words stored before the charts could be chosen have none.
const wordsSchema = z.object({ lessons: z.string(), proposals: z.string(), charts: z.array(z.enum(STATISTIC_DIMENSIONS)).default([]) });
const EMPTY_WORDS: ResultReportWords = { lessons: '', proposals: '', charts: [] };

export function reportWords(ctx: ServiceContext, campaignId: number): ResultReportWords {
  const parsed = wordsSchema.safeParse(readSetting(ctx, wordsKey(campaignId)));
  return parsed.success ? parsed.data : EMPTY_WORDS;
}

export function saveReportWords(ctx: ServiceContext, campaignId: number, words: ResultReportWords): ResultReportWords {
  getCampaign(ctx, campaignId);
  const before = reportWords(ctx, campaignId);
  // Each chart once, in the order of the dimensions, whatever order they were ticked in.
  const saved = { ...words, charts: STATISTIC_DIMENSIONS.filter((dimension) => words.charts.includes(dimension)) };
  writeSetting(ctx, wordsKey(campaignId), saved);
  recordChange(ctx, { action: 'update', entity: 'result_report', entityId: String(campaignId), before, after: saved });
  return saved;
}

function submissionFacts(ctx: ServiceContext, campaignId: number, deadline: string): ResultReportData['submissions'] {
  const units = prepared(
    ctx.db,
    `SELECT u.name, u.kind, (SELECT min(s.received_on) FROM submissions s WHERE s.campaign_id = q.campaign_id AND s.unit_id = q.unit_id) AS received
       FROM campaign_quotas q JOIN units u ON u.id = q.unit_id WHERE q.campaign_id = ? ORDER BY q.position`,
  ).all(campaignId) as { name: string; kind: string; received: string | null }[];
  const title = (unit: { name: string; kind: string }) => unitTitle({ name: unit.name, kind: unit.kind as never });
  return {
    units: units.length,
    onTime: units.filter((unit) => unit.received !== null && unit.received <= deadline).length,
    late: units.filter((unit) => unit.received !== null && unit.received > deadline).map(title),
    missing: units.filter((unit) => unit.received === null).map(title),
  };
}

function activityFacts(ctx: ServiceContext, campaignId: number): ResultReportData['activities'] {
  const rows = prepared(
    ctx.db,
    `SELECT k.name AS kind, CAST((CAST(substr(a.happened_on, 6, 2) AS INTEGER) + 2) / 3 AS INTEGER) AS quarter, count(*) AS count
       FROM activities a JOIN activity_kinds k ON k.code = a.kind
      WHERE a.campaign_id = ? AND a.deleted_at IS NULL GROUP BY k.code, quarter ORDER BY k.position, k.code`,
  ).all(campaignId) as { kind: string; quarter: number; count: number }[];
  const byKind = new Map<string, ResultReportData['activities'][number]>();
  for (const row of rows) {
    const entry = byKind.get(row.kind) ?? { kind: row.kind, total: 0, byQuarter: [0, 0, 0, 0] };
    entry.total += row.count;
    const quarter = Math.min(3, Math.max(0, row.quarter - 1));
    entry.byQuarter[quarter] = (entry.byQuarter[quarter] ?? 0) + row.count;
    byKind.set(row.kind, entry);
  }
  return [...byKind.values()];
}

function evaluationFacts(ctx: ServiceContext, campaignId: number): ResultReportData['evaluation'] {
  const counts = prepared(
    ctx.db,
    `SELECT e.result, count(*) AS count FROM evaluations e JOIN nominees n ON n.id = e.nominee_id
      WHERE n.campaign_id = ? AND n.deleted_at IS NULL AND n.status <> '${WITHDRAWN}' AND e.result IS NOT NULL GROUP BY e.result`,
  ).all(campaignId) as { result: 'pass' | 'fail'; count: number }[];
  const count = (result: 'pass' | 'fail') => counts.find((row) => row.result === result)?.count ?? 0;
  return { passed: count('pass'), failed: count('fail'), councilOn: listMeetings(ctx, campaignId).at(-1)?.heldOn ?? null };
}

function awardFacts(ctx: ServiceContext, campaignId: number): Pick<ResultReportData, 'decisions' | 'awarded'> {
  const decisions = issuedDecisionRows(ctx, campaignId, DECISION_KIND).map((row) => {
    const sums = prepared(ctx.db, 'SELECT count(*) AS count, coalesce(sum(amount), 0) AS total FROM awards WHERE decision_id = ?').get(
      row.id,
    ) as {
      count: number;
      total: number;
    };
    return { number: `${String(row.number).padStart(2, '0')}/${row.symbol}`, issuedOn: row.issued_on, ...sums };
  });
  const awarded = prepared(
    ctx.db,
    `SELECT n.name, u.name AS unitName, u.kind AS unitKind, f.name AS form FROM awards a
       JOIN nominees n ON n.id = a.nominee_id JOIN units u ON u.id = n.unit_id JOIN award_forms f ON f.id = a.award_form_id
      WHERE n.campaign_id = ? AND n.deleted_at IS NULL ORDER BY a.decision_id, n.sort_key`,
  ).all(campaignId) as { name: string; unitName: string; unitKind: string; form: string }[];
  return {
    decisions,
    awarded: awarded.map((row) => `${row.name} (${unitTitle({ name: row.unitName, kind: row.unitKind as never })}): ${row.form}`),
  };
}

function reportData(ctx: ServiceContext, campaignId: number, number: number | null, date: string | null): ResultReportData {
  const basics = paperBasics(ctx, campaignId);
  const campaign = getCampaign(ctx, campaignId);
  const statistics = campaignStatistics(ctx, campaignId);
  return {
    agency: basics.agency,
    signer: basics.signer,
    number,
    date,
    year: basics.year,
    campaignSubject: basics.campaignSubject,
    plan: basics.plan,
    deadline: campaign.nominationDeadline,
    submissions: submissionFacts(ctx, campaignId, campaign.nominationDeadline),
    activities: activityFacts(ctx, campaignId),
    evaluation: evaluationFacts(ctx, campaignId),
    ...awardFacts(ctx, campaignId),
    byUnit: statistics.tables.unit,
    byKind: statistics.tables.kind,
    byEthnicity: statistics.tables.ethnicity,
    byGender: statistics.tables.gender,
    byField: statistics.tables.field,
    byAwardForm: statistics.tables.awardForm,
    byYears: statistics.tables.years,
    delegates: listDelegates(ctx, campaignId).map((delegate) => `${delegate.name} (${delegate.unitName})`),
    words: reportWords(ctx, campaignId),
  };
}

/** The report as the preview draws it: an issued one as issued, else the draft from today's records. */
export function resultReportDocument(ctx: ServiceContext, campaignId: number, issuedId?: number) {
  // The register of issued papers, read once: the list to choose from and the one asked for.
  const rows = issuedDecisionRows(ctx, campaignId, RESULT_REPORT_KIND);
  const issued = rows.map((row) => ({ id: row.id, number: row.number, symbol: row.symbol, issuedOn: row.issued_on }));
  const basics = paperBasics(ctx, campaignId);
  const today = todayOf(ctx);
  const suggestedNumber = nextNumber(ctx, basics.agencyId, `BC-${basics.agency.abbreviation}`, Number(today.slice(0, 4)));
  const common = { words: reportWords(ctx, campaignId), issued, suggestedNumber, today };
  if (issuedId !== undefined) {
    const row = rows.find((item) => item.id === issuedId);
    if (!row) throw notFound(`báo cáo kết quả mã ${issuedId}`);
    const document = (JSON.parse(row.snapshot_json) as { document: AdminDocument }).document;
    return { document, problems: checkDocument(document, { issued: true }), ...common };
  }
  const document = buildResultReport(reportData(ctx, campaignId, null, null));
  return { document, problems: checkDocument(document, { issued: false }), ...common };
}

/** Issues the report with a free number and a date: frozen in the register with the figures of that day. */
export function issueResultReport(ctx: ServiceContext, campaignId: number, number: number, date: string) {
  if (date > todayOf(ctx)) throw new AppError('invalid_input', 'Ngày báo cáo không được sau hôm nay.', 'date');
  const data = reportData(ctx, campaignId, number, date);
  const document = buildResultReport(data);
  const id = issuePaper(ctx, campaignId, { kind: RESULT_REPORT_KIND, number, date, problems: [], document, data });
  return { id, number, symbol: document.header.symbol, issuedOn: date };
}

/** The report as a Word file: the issued one asked for, else the draft when asked, else the latest issued, else the draft. */
export async function exportResultReport(
  ctx: ServiceContext,
  campaignId: number,
  issuedId: number | undefined,
  draft: boolean,
): Promise<{ saved: string | null }> {
  const latest = issuedId ?? (draft ? undefined : issuedDecisionRows(ctx, campaignId, RESULT_REPORT_KIND).at(-1)?.id);
  const { document } = resultReportDocument(ctx, campaignId, latest);
  return saveDocx(ctx, document, paperFileName('Bao-cao-ket-qua', document, getCampaign(ctx, campaignId).year));
}

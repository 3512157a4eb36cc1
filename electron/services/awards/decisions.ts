import { AppError, notFound } from '../../../shared/api/errors.ts';
import type { AwardRow, IssuedAward } from '../../../shared/domain/awards.ts';
import { buildAwardDecision, type AwardDecisionData } from '../../../shared/document/builders/award-decision.ts';
import { checkDocument, type FormatProblem } from '../../../shared/document/check.ts';
import { numberLine } from '../../../shared/document/header-text.ts';
import type { AdminDocument } from '../../../shared/document/model.ts';
import type { ServiceContext } from '../core/context.ts';
import { todayOf } from '../core/context.ts';
import { moveNominees } from '../nominations/nominee-status.ts';
import { listAwardForms } from '../settings/award-forms.ts';
import { decisionDateOf, setDecisionDate } from '../evaluation/prize.ts';
import { awardPapers } from './award-papers.ts';
import { councilMeetingFor, issuePaper, legalBasisOn, paperBasics } from './award-basis.ts';
import { awardCandidates } from './award-rows.ts';
import { prepared } from '../../db/statements.ts';
import { refreshAwardedBeforeOfNominees } from '../nominations/awarded-before.ts';

/**
 * Quyết định khen thưởng for the forms the agency grants itself: drafted from the nominees
 * ready for it, issued once with a number and a date, then frozen. A later award in the same
 * campaign is a new decision ("tặng bổ sung"), never an edit of an issued one.
 */

export const DECISION_KIND = 'award-decision';

interface StoredDecision {
  data: AwardDecisionData;
  document: AdminDocument;
}

interface IssuedRow {
  id: number;
  number: number;
  symbol: string;
  issued_on: string;
  title: string;
  snapshot_json: string;
}

export function issuedDecisionRows(ctx: ServiceContext, campaignId: number, kind = DECISION_KIND): IssuedRow[] {
  return prepared(
    ctx.db,
    'SELECT id, number, symbol, issued_on, title, snapshot_json FROM issued_documents WHERE campaign_id = ? AND kind = ? ORDER BY issued_on, id',
  ).all(campaignId, kind) as IssuedRow[];
}

export function issuedSummary(row: IssuedRow, kind: IssuedAward['kind']): IssuedAward {
  const stored = JSON.parse(row.snapshot_json) as { data: { rows: AwardRow[] } };
  const rows = stored.data.rows;
  return {
    id: row.id,
    kind,
    number: row.number,
    symbol: row.symbol,
    issuedOn: row.issued_on,
    title: row.title,
    count: rows.length,
    total: rows.reduce((sum, item) => sum + item.amount, 0),
  };
}

function draftData(
  ctx: ServiceContext,
  campaignId: number,
  rows: AwardRow[],
  number: number | null,
  date: string | null,
): AwardDecisionData {
  const basics = paperBasics(ctx, campaignId);
  const papers = awardPapers(ctx, campaignId);
  const on = date ?? decisionDateOf(ctx, campaignId);
  const earlier = issuedDecisionRows(ctx, campaignId).at(0);
  const formCode = rows[0]?.awardCode;
  const form = listAwardForms(ctx).find((item) => item.code === formCode);
  return {
    agency: basics.agency,
    department: basics.department,
    signer: basics.signer,
    number,
    date,
    year: basics.year,
    // "Giấy khen của Trưởng Ban Dân tộc" is written "Giấy khen" + "của" + the head in the text.
    formName: (form?.name ?? 'Giấy khen').replace(/\s+của\s+.*$/u, ''),
    campaignSubject: basics.campaignSubject,
    legalBasis: legalBasisOn(ctx, on),
    functionsBasis: papers.functionsBasis,
    plan: basics.plan,
    councilMeetingOn: councilMeetingFor(ctx, campaignId, new Set(rows.map((row) => row.nomineeId))),
    supplementOf: earlier ? { number: `${String(earlier.number).padStart(2, '0')}/${earlier.symbol}`, issuedOn: earlier.issued_on } : null,
    proposedBy: papers.proposedBy,
    executors: papers.executors,
    fundingSource: papers.fundingSource,
    rows,
  };
}

/** The clerk's checks of a decision beyond the format: what would make it wrong when signed. */
function decisionProblems(data: AwardDecisionData, issued: boolean): FormatProblem[] {
  const problems: FormatProblem[] = [];
  if (data.rows.length === 0)
    problems.push({ level: 'error', message: 'Chưa có tập thể, cá nhân nào đủ điều kiện để quyết định khen thưởng.' });
  const unpriced = data.rows.filter((row) => row.amount <= 0);
  if (unpriced[0]) problems.push({ level: 'error', message: `${unpriced[0].name} chưa có số tiền thưởng.` });
  if (!data.functionsBasis) {
    problems.push({
      level: 'error',
      message: 'Thiếu căn cứ văn bản quy định chức năng, nhiệm vụ của cơ quan (nhập ở mục "Nội dung văn bản").',
    });
  }
  if (!data.legalBasis.some((title) => /Nghị định/u.test(title))) {
    problems.push({ level: 'error', message: 'Không có nghị định về thi đua, khen thưởng có hiệu lực vào ngày quyết định.' });
  }
  if (!data.plan)
    problems.push({
      level: issued ? 'error' : 'warning',
      message: 'Kế hoạch của chiến dịch chưa ban hành: căn cứ thiếu số và ngày kế hoạch.',
    });
  if (data.plan && data.date && data.date < data.plan.issuedOn) {
    problems.push({ level: 'error', message: 'Ngày quyết định sớm hơn ngày ban hành kế hoạch.' });
  }
  if (data.councilMeetingOn && data.date && data.date < data.councilMeetingOn) {
    problems.push({ level: 'error', message: 'Ngày quyết định sớm hơn ngày họp Hội đồng Thi đua - Khen thưởng.' });
  }
  return problems;
}

export function storedDecision(ctx: ServiceContext, campaignId: number, issuedId: number): StoredDecision {
  const row = issuedDecisionRows(ctx, campaignId).find((item) => item.id === issuedId);
  if (!row) throw notFound(`quyết định khen thưởng mã ${issuedId}`);
  return JSON.parse(row.snapshot_json) as StoredDecision;
}

/** The decision as the preview draws it: an issued one exactly as issued, else the draft of those ready. */
export function decisionDocument(
  ctx: ServiceContext,
  campaignId: number,
  issuedId?: number,
): { document: AdminDocument; problems: FormatProblem[]; rows: AwardRow[] } {
  if (issuedId !== undefined) {
    const stored = storedDecision(ctx, campaignId, issuedId);
    return { document: stored.document, problems: checkDocument(stored.document, { issued: true }), rows: stored.data.rows };
  }
  const rows = awardCandidates(ctx, campaignId).forDecision;
  const data = draftData(ctx, campaignId, rows, null, null);
  if (rows.length === 0) return { document: buildAwardDecision({ ...data, rows: [] }), problems: decisionProblems(data, false), rows };
  const document = buildAwardDecision(data);
  return { document, problems: [...decisionProblems(data, false), ...checkDocument(document, { issued: false })], rows };
}

/**
 * Issues the decision: the prizes are worked out for its date, the number must be free, every
 * check must pass; the document is frozen in the register, an award row is written for each
 * nominee and each becomes "Đã khen thưởng". All in the caller's one transaction.
 */
export function decide(ctx: ServiceContext, campaignId: number, number: number, date: string): IssuedAward {
  if (date > todayOf(ctx)) throw new AppError('invalid_input', 'Ngày quyết định không được sau hôm nay.', 'date');
  if (decisionDateOf(ctx, campaignId) !== date) setDecisionDate(ctx, campaignId, date);
  const rows = awardCandidates(ctx, campaignId).forDecision;
  const data = draftData(ctx, campaignId, rows, number, date);
  const document = buildAwardDecision(data);
  const id = issuePaper(ctx, campaignId, { kind: DECISION_KIND, number, date, problems: decisionProblems(data, true), document, data });
  const forms = new Map(listAwardForms(ctx).map((form) => [form.code, form]));
  const insert = prepared(
    ctx.db,
    'INSERT INTO awards (nominee_id, award_form_id, subject, amount, decision_id, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const at = ctx.now().toISOString();
  for (const row of rows) {
    const form = [...forms.values()]
      .filter((item) => item.code === row.awardCode && item.validFrom <= date)
      .sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
    insert.run(row.nomineeId, form?.id ?? forms.get(row.awardCode)?.id ?? null, row.subject, row.amount, id, at);
  }
  // Those awarded now are "awarded before" for their nominations of later years.
  refreshAwardedBeforeOfNominees(
    ctx,
    rows.map((row) => row.nomineeId),
  );
  moveNominees(
    ctx,
    rows.map((row) => row.nomineeId),
    'awarded',
    'decision',
    `Quyết định số ${numberLine(document.header).replace(/^Số:\s*/u, '')}`,
  );
  return issuedSummary(issuedDecisionRows(ctx, campaignId).find((row) => row.id === id) as IssuedRow, 'award-decision');
}

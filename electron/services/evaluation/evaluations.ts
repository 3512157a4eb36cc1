import { evaluationCriteria } from '../../../shared/domain/evaluation-criteria.ts';
import { EVALUATION_RESULTS, type Evaluation, type EvaluationFields, type EvaluationResult } from '../../../shared/domain/evaluation.ts';
import { NOMINEE_STATUSES, type NomineeKind, type NomineeStatus } from '../../../shared/domain/nominees.ts';
import { AppError, notFound } from '../../../shared/api/errors.ts';
import { recordChange } from '../core/audit.ts';
import { todayOf, type ServiceContext } from '../core/context.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import { moveNominees } from '../nominations/nominee-status.ts';
import { prizeBook, prizeOf, resolveAwardCode } from './prize.ts';
import { prepared } from '../../db/statements.ts';

interface NomineeRow {
  id: number;
  campaign_id: number;
  kind: NomineeKind;
  collective_form: string | null;
  status: string;
  name: string;
  congress_delegate: number;
  delegate_reason: string;
}

interface EvaluationRow {
  criteria_json: string;
  result: string | null;
  note: string;
  evaluated_on: string | null;
  award_code: string | null;
}

function nomineeRow(ctx: ServiceContext, id: number): NomineeRow {
  const row = prepared(
    ctx.db,
    'SELECT id, campaign_id, kind, collective_form, status, name, congress_delegate, delegate_reason FROM nominees WHERE id = ? AND deleted_at IS NULL',
  ).get(id) as NomineeRow | undefined;
  if (!row) throw notFound(`đề cử mã ${id}`);
  return row;
}

const statusOf = (value: string): NomineeStatus => NOMINEE_STATUSES.find((status) => status === value) ?? 'nominated';
const resultOf = (value: string | null): EvaluationResult | null => EVALUATION_RESULTS.find((result) => result === value) ?? null;

function storedChecks(json: string): Map<string, { met: boolean; evidence: string }> {
  const parsed: unknown = JSON.parse(json);
  const checks = new Map<string, { met: boolean; evidence: string }>();
  if (!Array.isArray(parsed)) return checks;
  for (const item of parsed as { criterion?: unknown; met?: unknown; evidence?: unknown }[]) {
    if (typeof item.criterion === 'string')
      checks.set(item.criterion, { met: item.met === true, evidence: typeof item.evidence === 'string' ? item.evidence : '' });
  }
  return checks;
}

/**
 * A nominee's evaluation: the plan's criteria for its kind with what was checked (a criterion the
 * plan no longer has is still shown while it was checked), the result, the proposed form and its money.
 */
export function getEvaluation(ctx: ServiceContext, nomineeId: number): Evaluation {
  const nominee = nomineeRow(ctx, nomineeId);
  const campaign = getCampaign(ctx, nominee.campaign_id);
  const row = prepared(ctx.db, 'SELECT criteria_json, result, note, evaluated_on, award_code FROM evaluations WHERE nominee_id = ?').get(
    nomineeId,
  ) as EvaluationRow | undefined;
  const checks = storedChecks(row?.criteria_json ?? '[]');
  const planned = evaluationCriteria(campaign.plan, nominee.kind);
  const criteria = [...new Set([...planned, ...[...checks.entries()].filter(([, c]) => c.met || c.evidence).map(([text]) => text)])].map(
    (criterion) => ({ criterion, met: checks.get(criterion)?.met ?? false, evidence: checks.get(criterion)?.evidence ?? '' }),
  );
  const book = prizeBook(ctx, nominee.campaign_id);
  const awardCode = row?.award_code ?? null;
  const { prize, problem, awardName } = prizeOf(book, awardCode, { kind: nominee.kind, collectiveForm: nominee.collective_form });
  return {
    nomineeId,
    campaignId: nominee.campaign_id,
    kind: nominee.kind,
    status: statusOf(nominee.status),
    criteria,
    result: resultOf(row?.result ?? null),
    note: row?.note ?? '',
    evaluatedOn: row?.evaluated_on ?? null,
    awardCode,
    awardName,
    prize,
    prizeProblem: problem,
    decisionDate: book.decisionDate,
    delegate: nominee.congress_delegate === 1,
    delegateReason: nominee.delegate_reason,
  };
}

/**
 * Saves an evaluation and moves the nominee with it: a result gives "Đánh giá đạt / không đạt", a
 * form proposed after a pass gives "Đề nghị khen thưởng", and taking the form away steps back.
 * A failed result with a form, or "không đạt" without reasons, is refused and nothing changes.
 */
export function saveEvaluation(ctx: ServiceContext, nomineeId: number, fields: EvaluationFields): Evaluation {
  const nominee = nomineeRow(ctx, nomineeId);
  const before = getEvaluation(ctx, nomineeId);
  const book = prizeBook(ctx, nominee.campaign_id);
  const awardCode = fields.awardCode === null ? null : resolveAwardCode(book.forms, fields.awardCode);
  if (awardCode && fields.result !== 'pass') {
    throw new AppError('invalid_input', 'Chỉ đề nghị khen thưởng khi kết quả đánh giá là "Đạt".', 'awardCode');
  }
  if (fields.result === 'fail' && !fields.note) throw new AppError('invalid_input', 'Kết quả "Không đạt" cần ghi lý do.', 'note');
  prepared(
    ctx.db,
    `INSERT INTO evaluations (nominee_id, criteria_json, result, note, evaluated_on, award_code, updated_at)
     VALUES (@nomineeId, @criteria, @result, @note, @evaluatedOn, @awardCode, @now)
     ON CONFLICT (nominee_id) DO UPDATE SET criteria_json = excluded.criteria_json, result = excluded.result, note = excluded.note,
       evaluated_on = excluded.evaluated_on, award_code = excluded.award_code, updated_at = excluded.updated_at`,
  ).run({
    nomineeId,
    criteria: JSON.stringify(fields.criteria),
    result: fields.result,
    note: fields.note,
    evaluatedOn: fields.evaluatedOn ?? (fields.result ? todayOf(ctx) : null),
    awardCode,
    now: ctx.now().toISOString(),
  });
  let status = statusOf(nominee.status);
  if (status === 'proposed' && (!awardCode || fields.result !== 'pass')) {
    moveNominees(ctx, [nomineeId], 'passed', 'manual', 'Bỏ đề nghị khen thưởng khi đánh giá lại.');
    status = 'passed';
  }
  const reached: NomineeStatus | null = fields.result === 'pass' ? 'passed' : fields.result === 'fail' ? 'failed' : null;
  if (reached && status !== reached && status !== 'proposed') {
    moveNominees(ctx, [nomineeId], reached, 'evaluation');
    status = reached;
  }
  if (awardCode && status === 'passed') moveNominees(ctx, [nomineeId], 'proposed', 'proposal');
  const after = getEvaluation(ctx, nomineeId);
  recordChange(ctx, { action: 'update', entity: 'evaluation', entityId: nomineeId, before, after });
  return after;
}

/** Marks a nominee to be introduced as a delegate of the congress, with the reason the list gives. */
export function setDelegate(ctx: ServiceContext, nomineeId: number, delegate: boolean, reason: string): Evaluation {
  const before = nomineeRow(ctx, nomineeId);
  if (delegate && !reason) throw new AppError('invalid_input', 'Ghi lý do giới thiệu đại biểu (thành tích tiêu biểu).', 'reason');
  prepared(ctx.db, 'UPDATE nominees SET congress_delegate = ?, delegate_reason = ?, updated_at = ? WHERE id = ?').run(
    delegate ? 1 : 0,
    delegate ? reason : '',
    ctx.now().toISOString(),
    nomineeId,
  );
  recordChange(ctx, {
    action: 'update',
    entity: 'nominee',
    entityId: nomineeId,
    before: { congressDelegate: before.congress_delegate === 1, delegateReason: before.delegate_reason },
    after: { congressDelegate: delegate, delegateReason: delegate ? reason : '' },
  });
  return getEvaluation(ctx, nomineeId);
}

import type { PlanState } from '../../../shared/api/areas/plans.ts';
import { AppError, notFound } from '../../../shared/api/errors.ts';
import { buildPlanDocument, type PlanSnapshot } from '../../../shared/document/builders/plan.ts';
import { planCheckFacts, planSnapshotFromDraft, type PlanDraft } from '../../../shared/document/builders/plan-inputs.ts';
import { checkDocument, type FormatProblem } from '../../../shared/document/check.ts';
import { numberLine } from '../../../shared/document/header-text.ts';
import type { AdminDocument } from '../../../shared/document/model.ts';
import { foldText } from '../../../shared/text/normalize.ts';
import { getAgency } from '../settings/agencies.ts';
import { recordChange } from '../core/audit.ts';
import { assertNumberFree, nextNumber, registerIssued } from '../core/document-register.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import { refreshPlanRules } from '../nominations/warning-figures.ts';
import type { ServiceContext } from '../core/context.ts';
import { getUnit, listUnits } from '../settings/units.ts';
import { prepared } from '../../db/statements.ts';

const PLAN_KIND = 'plan';

interface IssuedRow {
  id: number;
  number: number;
  symbol: string;
  issued_on: string;
  snapshot_json: string;
}

interface StoredIssue {
  snapshot: PlanSnapshot;
  /** The document exactly as issued, so it prints the same even after the app changes. */
  document: AdminDocument;
}

function draftOf(ctx: ServiceContext, campaignId: number): PlanDraft {
  const campaign = getCampaign(ctx, campaignId);
  return {
    plan: campaign.plan,
    quotas: campaign.quotas.map(({ unitId, collective, individual }) => ({ unitId, collective, individual })),
    phases: campaign.phases,
    nominationDeadline: campaign.nominationDeadline,
    totalModels: campaign.totalModels,
    submitTo: campaign.submitTo,
    awardEvent: campaign.awardEvent,
  };
}

function allUnits(ctx: ServiceContext) {
  return listUnits(ctx, { includeInactive: true, today: '' });
}

function issuedRows(ctx: ServiceContext, campaignId: number): IssuedRow[] {
  return prepared(
    ctx.db,
    'SELECT id, number, symbol, issued_on, snapshot_json FROM issued_documents WHERE campaign_id = ? AND kind = ? ORDER BY issued_on, id',
  ).all(campaignId, PLAN_KIND) as IssuedRow[];
}

function stored(row: IssuedRow): StoredIssue {
  return JSON.parse(row.snapshot_json) as StoredIssue;
}

function draftSnapshot(ctx: ServiceContext, campaignId: number): { snapshot: PlanSnapshot; draft: PlanDraft } {
  const campaign = getCampaign(ctx, campaignId);
  const draft = draftOf(ctx, campaignId);
  return { draft, snapshot: planSnapshotFromDraft(draft, getAgency(ctx, campaign.agencyId), allUnits(ctx), campaign.year) };
}

/** The number the văn thư would give the plan if issued on that date. */
export function suggestNumber(ctx: ServiceContext, campaignId: number, date: string): { number: number } {
  const agency = getAgency(ctx, getCampaign(ctx, campaignId).agencyId);
  return { number: nextNumber(ctx, agency.id, `KH-${agency.abbreviation}`, Number(date.slice(0, 4))) };
}

export function planState(ctx: ServiceContext, campaignId: number): PlanState {
  const campaign = getCampaign(ctx, campaignId);
  const agency = getAgency(ctx, campaign.agencyId);
  const { draft, snapshot } = draftSnapshot(ctx, campaignId);
  const rows = issuedRows(ctx, campaignId);
  const last = rows.at(-1);
  const unissued = (value: PlanSnapshot) => JSON.stringify({ ...value, number: null, issuedOn: null });
  return {
    campaignId,
    year: campaign.year,
    status: campaign.status,
    draft,
    agency: { name: agency.name, parentBody: agency.parentBody, abbreviation: agency.abbreviation, place: agency.place },
    units: allUnits(ctx),
    issued: rows.map((row) => ({ id: row.id, number: row.number, symbol: row.symbol, issuedOn: row.issued_on })),
    changedSinceIssue: last ? unissued(stored(last).snapshot) !== unissued(snapshot) : false,
    suggestedNumber: nextNumber(ctx, agency.id, `KH-${agency.abbreviation}`, ctx.now().getFullYear()),
  };
}

/** Saves the whole draft in one transaction: plan text, quotas, phases and deadline. */
export function savePlanDraft(ctx: ServiceContext, campaignId: number, draft: PlanDraft): PlanState {
  const before = getCampaign(ctx, campaignId);
  draft.quotas.forEach((quota, index) => {
    try {
      getUnit(ctx, quota.unitId);
    } catch {
      throw new AppError('not_found', `Không có đơn vị mã ${quota.unitId}.`, `draft.quotas.${index}.unitId`);
    }
  });
  prepared(
    ctx.db,
    `UPDATE campaigns SET plan_json = ?, nomination_deadline = ?, total_models = ?, submit_to = ?, award_event = ?,
         title = ?, title_folded = ? WHERE id = ?`,
  ).run(
    JSON.stringify(draft.plan),
    draft.nominationDeadline,
    draft.totalModels,
    draft.submitTo,
    draft.awardEvent,
    draft.plan.title,
    foldText(draft.plan.title),
    campaignId,
  );
  prepared(ctx.db, 'DELETE FROM campaign_phases WHERE campaign_id = ?').run(campaignId);
  const insertPhase = prepared(
    ctx.db,
    'INSERT INTO campaign_phases (campaign_id, key, position, name, starts_on, ends_on) VALUES (?, ?, ?, ?, ?, ?)',
  );
  draft.phases.forEach((phase, index) => insertPhase.run(campaignId, phase.key, index, phase.name, phase.startsOn, phase.endsOn));
  prepared(ctx.db, 'DELETE FROM campaign_quotas WHERE campaign_id = ?').run(campaignId);
  const insertQuota = prepared(
    ctx.db,
    'INSERT INTO campaign_quotas (campaign_id, unit_id, position, collective, individual) VALUES (?, ?, ?, ?, ?)',
  );
  draft.quotas.forEach((quota, index) => insertQuota.run(campaignId, quota.unitId, index, quota.collective, quota.individual));
  const after = getCampaign(ctx, campaignId);
  refreshPlanRules(ctx, before, after);
  recordChange(ctx, { action: 'update', entity: 'campaign', entityId: campaignId, before, after });
  return planState(ctx, campaignId);
}

function issuedRow(ctx: ServiceContext, campaignId: number, issuedId: number): IssuedRow {
  const row = issuedRows(ctx, campaignId).find((item) => item.id === issuedId);
  if (!row) throw notFound(`bản kế hoạch đã ban hành mã ${issuedId}`);
  return row;
}

export function planDocument(
  ctx: ServiceContext,
  campaignId: number,
  issuedId?: number,
): { document: AdminDocument; problems: FormatProblem[] } {
  if (issuedId !== undefined) {
    const issue = stored(issuedRow(ctx, campaignId, issuedId));
    return { document: issue.document, problems: checkDocument(issue.document, { issued: true }) };
  }
  const { draft, snapshot } = draftSnapshot(ctx, campaignId);
  const document = buildPlanDocument(snapshot);
  return { document, problems: checkDocument(document, planCheckFacts(draft, allUnits(ctx), false, snapshot.year)) };
}

/**
 * Issues the plan: number and date on the current draft, the format check must pass, the
 * version is frozen in the register of issued documents. Later edits make a new draft.
 */
export function issuePlan(ctx: ServiceContext, campaignId: number, number: number, date: string) {
  const campaign = getCampaign(ctx, campaignId);
  const agency = getAgency(ctx, campaign.agencyId);
  const symbol = `KH-${agency.abbreviation}`;
  assertNumberFree(ctx, agency.id, symbol, number, date);
  const draft = draftOf(ctx, campaignId);
  const snapshot = planSnapshotFromDraft(draft, agency, allUnits(ctx), campaign.year, { number, date });
  const document = buildPlanDocument(snapshot);
  const blocking = checkDocument(document, planCheckFacts(draft, allUnits(ctx), true, campaign.year)).filter(
    (problem) => problem.level === 'error',
  );
  if (blocking[0]) throw new AppError('invalid_input', `Chưa ban hành được: ${blocking[0].message}`);
  const stamp: StoredIssue = { snapshot, document };
  const id = registerIssued(ctx, {
    campaignId,
    agencyId: agency.id,
    kind: PLAN_KIND,
    number,
    symbol,
    issuedOn: date,
    title: draft.plan.title,
    snapshot: stamp,
  });
  const issued = { id, number, symbol, issuedOn: date };
  const before = getCampaign(ctx, campaignId);
  prepared(ctx.db, "UPDATE campaigns SET status = 'issued', plan_number = ?, plan_issued_on = ? WHERE id = ?").run(
    numberLine(document.header).replace(/^Số:\s*/u, ''),
    date,
    campaignId,
  );
  recordChange(ctx, { action: 'update', entity: 'campaign', entityId: campaignId, before, after: getCampaign(ctx, campaignId) });
  return issued;
}

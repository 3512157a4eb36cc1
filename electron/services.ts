import type { MethodName, MethodOutput, ParsedInput } from '../shared/api/contract.ts';
import { todayIso } from '../shared/format/dates.ts';
import { LATEST_SCHEMA_VERSION } from './db/migrations/index.ts';
import type { ServiceContext } from './services/context.ts';
import { createSuccessorAgency, listAgencies, updateAgency } from './services/agencies.ts';
import { listAudit } from './services/audit.ts';
import { copyCampaign, getCampaign, listCampaigns, summarizeCampaign } from './services/campaigns.ts';
import { campaignOverview } from './services/overview.ts';
import {
  createAwardForm,
  createBaseSalary,
  deleteBaseSalary,
  listAwardForms,
  listBaseSalaries,
  updateAwardForm,
} from './services/reference.ts';
import { checkDatabase } from './services/system.ts';
import { listNominees } from './services/nominee-list.ts';
import { acceptWarning, deleteNominee, restoreNominee, saveNominee } from './services/nominees.ts';
import { listSubmissions, setReceived } from './services/submissions.ts';
import { listEthnicGroups } from './services/ethnic-groups.ts';
import { commitImport, previewImport } from './services/imports.ts';
import { attachToNominee, detachFromNominee, nomineeAttachments } from './services/nominee-attachments.ts';
import { readAttachment } from './services/attachments.ts';
import { exportAllTemplates, exportTemplate } from './services/templates.ts';
import { exportPlanDocx, exportPlanPdf, issuePlan, planDocument, planState, savePlanDraft } from './services/plans.ts';
import { createUnit, deactivateUnit, deactivateUnits, listUnits, reactivateUnit, updateUnit } from './services/units.ts';

/** A service call; it runs inside one database transaction, so it must be synchronous. */
export type SyncHandler<M extends MethodName> = (ctx: ServiceContext, input: ParsedInput<M>) => MethodOutput<M>;

/**
 * A call that waits on something (a save dialog, printing, reading a file). It runs outside the
 * dispatcher's transaction; when it writes, it does so inside one ctx.db.transaction of its own.
 */
export interface AsyncHandler<M extends MethodName> {
  async: (ctx: ServiceContext, input: ParsedInput<M>) => Promise<MethodOutput<M>>;
}

export type Handler<M extends MethodName> = SyncHandler<M> | AsyncHandler<M>;

export type Handlers = { [M in MethodName]: Handler<M> };

const today = (ctx: ServiceContext, given?: string) => given ?? todayIso(ctx.now());

/** Every method of the contract, mapped to its service. A missing or extra one does not compile. */
export const handlers = {
  'app.info': (ctx) => ({
    appVersion: ctx.appVersion,
    host: ctx.platform.host,
    schemaVersion: LATEST_SCHEMA_VERSION,
    databasePath: ctx.databasePath,
    osUser: ctx.osUser,
    today: today(ctx),
  }),
  'audit.list': (ctx, input) => listAudit(ctx, input),
  'system.check': (ctx) => checkDatabase(ctx),

  'campaigns.list': (ctx, input) => listCampaigns(ctx, today(ctx, input.today)),
  'campaigns.get': (ctx, input) => getCampaign(ctx, input.campaignId),
  'campaigns.copy': (ctx, input) => {
    const created = copyCampaign(ctx, input.fromCampaignId, input.year, input.title);
    return summarizeCampaign(ctx, created.id, today(ctx));
  },
  'overview.get': (ctx, input) => campaignOverview(ctx, input.campaignId, today(ctx, input.today)),

  'plans.get': (ctx, input) => planState(ctx, input.campaignId),
  'plans.save': (ctx, input) => savePlanDraft(ctx, input.campaignId, input.draft),
  'plans.document': (ctx, input) => planDocument(ctx, input.campaignId, input.issuedId),
  'plans.issue': (ctx, input) => issuePlan(ctx, input.campaignId, input.number, input.date),
  'plans.exportDocx': { async: (ctx, input) => exportPlanDocx(ctx, input.campaignId, input.issuedId) },
  'plans.exportPdf': { async: (ctx, input) => exportPlanPdf(ctx, input.campaignId, input.issuedId) },

  'ethnicGroups.list': (ctx) => listEthnicGroups(ctx),
  'nominees.list': (ctx, input) => listNominees(ctx, input),
  'nominees.save': (ctx, input) => saveNominee(ctx, input.campaignId, input.id, input.fields),
  'nominees.delete': (ctx, input) => deleteNominee(ctx, input.id),
  'nominees.restore': (ctx, input) => restoreNominee(ctx, input.id),
  'nominees.acceptWarning': (ctx, input) => acceptWarning(ctx, input.id, input.rule, input.reason),
  'nominees.attachments': (ctx, input) => nomineeAttachments(ctx, input.id),
  'nominees.attach': (ctx, input) => attachToNominee(ctx, input.id, input.fileName, input.contentBase64, input.label),
  'nominees.detach': (ctx, input) => detachFromNominee(ctx, input.id, input.hash),
  'attachments.content': (ctx, input) => readAttachment(ctx, input.hash),
  'submissions.list': (ctx, input) => listSubmissions(ctx, input.campaignId, today(ctx, input.today)),
  'submissions.setReceived': (ctx, input) => {
    setReceived(ctx, input.campaignId, input.unitId, input.receivedOn);
    return listSubmissions(ctx, input.campaignId, today(ctx));
  },

  'imports.preview': { async: (ctx, input) => previewImport(ctx, input) },
  'imports.commit': { async: (ctx, input) => commitImport(ctx, input) },
  'templates.export': { async: (ctx, input) => exportTemplate(ctx, input.campaignId, input.unitId) },
  'templates.exportAll': { async: (ctx, input) => exportAllTemplates(ctx, input.campaignId) },

  'units.list': (ctx, input) => listUnits(ctx, { includeInactive: input.includeInactive, today: today(ctx) }),
  'units.create': (ctx, input) => createUnit(ctx, input.fields, input.activeFrom),
  'units.update': (ctx, input) => updateUnit(ctx, input.id, input.fields),
  'units.deactivate': (ctx, input) => deactivateUnit(ctx, input.id, input.activeTo),
  'units.deactivateMany': (ctx, input) => deactivateUnits(ctx, input.ids, input.activeTo),
  'units.reactivate': (ctx, input) => reactivateUnit(ctx, input.id),

  'agencies.list': (ctx) => listAgencies(ctx),
  'agencies.update': (ctx, input) => updateAgency(ctx, input.id, input.fields),
  'agencies.create': (ctx, input) => createSuccessorAgency(ctx, input.fields, input.validFrom),
  'baseSalaries.list': (ctx) => listBaseSalaries(ctx),
  'baseSalaries.create': (ctx, input) => createBaseSalary(ctx, input),
  'baseSalaries.delete': (ctx, input) => deleteBaseSalary(ctx, input.id),
  'awardForms.list': (ctx) => listAwardForms(ctx),
  'awardForms.create': (ctx, input) => createAwardForm(ctx, input.fields),
  'awardForms.update': (ctx, input) => updateAwardForm(ctx, input.id, input.fields),
} satisfies Handlers;

import type { AreaHandlers } from '../../ipc/handler-types.ts';
import { createSuccessorAgency, listAgencies, updateAgency } from './agencies.ts';
import { auditUsers, listAudit } from './audit-log.ts';
import { exportAudit } from './audit-export.ts';
import { createAwardForm, listAwardForms, updateAwardForm } from './award-forms.ts';
import { createBaseSalary, deleteBaseSalary, listBaseSalaries } from './base-salaries.ts';
import { listEthnicGroups } from './ethnic-groups.ts';
import { createUnit, deactivateUnit, deactivateUnits, listUnits, reactivateUnit, updateUnit } from './units.ts';

export const settingsHandlers = {
  'agencies.list': (ctx) => listAgencies(ctx),
  'agencies.update': (ctx, input) => updateAgency(ctx, input.id, input.fields),
  'agencies.create': (ctx, input) => createSuccessorAgency(ctx, input.fields, input.validFrom),
  'units.list': (ctx, input) => listUnits(ctx, { includeInactive: input.includeInactive }),
  'units.create': (ctx, input) => createUnit(ctx, input.fields, input.activeFrom),
  'units.update': (ctx, input) => updateUnit(ctx, input.id, input.fields),
  'units.deactivate': (ctx, input) => deactivateUnit(ctx, input.id, input.activeTo),
  'units.deactivateMany': (ctx, input) => deactivateUnits(ctx, input.ids, input.activeTo),
  'units.reactivate': (ctx, input) => reactivateUnit(ctx, input.id),
  'baseSalaries.list': (ctx) => listBaseSalaries(ctx),
  'baseSalaries.create': (ctx, input) => createBaseSalary(ctx, input),
  'baseSalaries.delete': (ctx, input) => deleteBaseSalary(ctx, input.id),
  'awardForms.list': (ctx) => listAwardForms(ctx),
  'awardForms.create': (ctx, input) => createAwardForm(ctx, input.fields),
  'awardForms.update': (ctx, input) => updateAwardForm(ctx, input.id, input.fields),
  'ethnicGroups.list': (ctx) => listEthnicGroups(ctx),
  'audit.list': (ctx, input) => listAudit(ctx, input),
  'audit.users': (ctx) => auditUsers(ctx),
  'audit.export': { async: (ctx, input) => exportAudit(ctx, input) },
} satisfies AreaHandlers<'settings'>;

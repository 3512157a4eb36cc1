import type { AREAS, AreaName } from '../../shared/api/contract.ts';
import type { AreaHandlers } from './handler-types.ts';

/** An area as the dispatcher uses it: its part of the contract and its handler table. */
export interface LoadedArea<A extends AreaName = AreaName> {
  methods: (typeof AREAS)[A];
  handlers: AreaHandlers<A>;
}

/**
 * Each area loaded on its first call, so a command or a screen loads only what it uses (its
 * schemas, services and the libraries they need). A missing or extra method stays a compile
 * error: each area's table satisfies exactly its part of the contract.
 */
const LOADERS: { [A in AreaName]: () => Promise<LoadedArea<A>> } = {
  system: async () => ({
    methods: (await import('../../shared/api/areas/system.ts')).systemMethods,
    handlers: (await import('../services/system/handlers.ts')).systemHandlers,
  }),
  campaigns: async () => ({
    methods: (await import('../../shared/api/areas/campaigns.ts')).campaignsMethods,
    handlers: (await import('../services/campaigns/handlers.ts')).campaignsHandlers,
  }),
  plans: async () => ({
    methods: (await import('../../shared/api/areas/plans.ts')).plansMethods,
    handlers: (await import('../services/plans/handlers.ts')).plansHandlers,
  }),
  nominations: async () => ({
    methods: (await import('../../shared/api/areas/nominations.ts')).nominationsMethods,
    handlers: (await import('../services/nominations/handlers.ts')).nominationsHandlers,
  }),
  nurturing: async () => ({
    methods: (await import('../../shared/api/areas/nurturing.ts')).nurturingMethods,
    handlers: (await import('../services/nurturing/handlers.ts')).nurturingHandlers,
  }),
  evaluation: async () => ({
    methods: (await import('../../shared/api/areas/evaluation.ts')).evaluationMethods,
    handlers: (await import('../services/evaluation/handlers.ts')).evaluationHandlers,
  }),
  awards: async () => ({
    methods: (await import('../../shared/api/areas/awards.ts')).awardsMethods,
    handlers: (await import('../services/awards/handlers.ts')).awardsHandlers,
  }),
  reports: async () => ({
    methods: (await import('../../shared/api/areas/reports.ts')).reportsMethods,
    handlers: (await import('../services/reports/handlers.ts')).reportsHandlers,
  }),
  mail: async () => ({
    methods: (await import('../../shared/api/areas/mail.ts')).mailMethods,
    handlers: (await import('../services/mail/handlers.ts')).mailHandlers,
  }),
  dossiers: async () => ({
    methods: (await import('../../shared/api/areas/dossiers.ts')).dossiersMethods,
    handlers: (await import('../services/dossiers/handlers.ts')).dossiersHandlers,
  }),
  backups: async () => ({
    methods: (await import('../../shared/api/areas/backups.ts')).backupsMethods,
    handlers: (await import('../services/backups/handlers.ts')).backupsHandlers,
  }),
  settings: async () => ({
    methods: (await import('../../shared/api/areas/settings.ts')).settingsMethods,
    handlers: (await import('../services/settings/handlers.ts')).settingsHandlers,
  }),
};

const loaded = new Map<AreaName, Promise<LoadedArea>>();

export function loadArea(area: AreaName): Promise<LoadedArea> {
  let pending = loaded.get(area);
  if (!pending) {
    pending = (LOADERS[area] as () => Promise<LoadedArea>)();
    loaded.set(area, pending);
  }
  return pending;
}

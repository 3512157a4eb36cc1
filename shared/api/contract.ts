import type { z } from 'zod';
import { campaignsMethods } from './areas/campaigns.ts';
import { nominationsMethods } from './areas/nominations.ts';
import { nurturingMethods } from './areas/nurturing.ts';
import { evaluationMethods } from './areas/evaluation.ts';
import { awardsMethods } from './areas/awards.ts';
import { mailMethods } from './areas/mail.ts';
import { dossiersMethods } from './areas/dossiers.ts';
import { plansMethods } from './areas/plans.ts';
import { settingsMethods } from './areas/settings.ts';
import { systemMethods } from './areas/system.ts';
import { backupsMethods } from './areas/backups.ts';
import { reportsMethods } from './areas/reports.ts';

/**
 * The methods of each area. An area has the same name in every layer: this file's key, the
 * contract part shared/api/areas/<area>.ts, the services and handler table in
 * electron/services/<area>/, the screen in renderer/screens/<area>/, the commands in
 * electron/cli/<area>.ts and the tests in test/services/<area>/.
 */
export const AREAS = {
  system: systemMethods,
  campaigns: campaignsMethods,
  plans: plansMethods,
  nominations: nominationsMethods,
  nurturing: nurturingMethods,
  evaluation: evaluationMethods,
  awards: awardsMethods,
  reports: reportsMethods,
  mail: mailMethods,
  dossiers: dossiersMethods,
  settings: settingsMethods,
  backups: backupsMethods,
} as const;
export type AreaName = keyof typeof AREAS;

/**
 * The one list of methods the app offers. The main process, the command line, the loopback
 * bridge and the tests all derive from it; a method's name is kept forever.
 */
export const contract = {
  ...systemMethods,
  ...campaignsMethods,
  ...plansMethods,
  ...nominationsMethods,
  ...nurturingMethods,
  ...evaluationMethods,
  ...awardsMethods,
  ...reportsMethods,
  ...mailMethods,
  ...dossiersMethods,
  ...settingsMethods,
  ...backupsMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;
export type AreaMethodName<A extends AreaName> = keyof (typeof AREAS)[A] & MethodName;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

import type { z } from 'zod';
import { campaignsMethods } from './areas/campaigns.ts';
import { overviewMethods } from './areas/overview.ts';
import { plansMethods } from './areas/plans.ts';
import { nomineesMethods } from './areas/nominees.ts';
import { importsMethods } from './areas/imports.ts';
import { settingsMethods } from './areas/settings.ts';
import { systemMethods } from './areas/system.ts';
import { unitsMethods } from './areas/units.ts';

/**
 * The one list of methods the app offers. The main process, the preload, the command line,
 * the loopback bridge and the tests all derive from it; a method's name is kept forever.
 */
export const contract = {
  ...systemMethods,
  ...campaignsMethods,
  ...overviewMethods,
  ...plansMethods,
  ...nomineesMethods,
  ...importsMethods,
  ...unitsMethods,
  ...settingsMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

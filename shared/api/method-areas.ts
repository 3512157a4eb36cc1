import type { AreaName, MethodName } from './contract.ts';
import type { SameType } from '../domain/same-type.ts';

/**
 * Which area owns a method, by the first part of its name ("nominees.list" → nominations), so a
 * caller can load that area alone (its contract part, handlers and services) when it is first used.
 */
export const METHOD_AREAS = {
  app: 'system',
  system: 'system',
  jobs: 'system',
  campaigns: 'campaigns',
  overview: 'campaigns',
  plans: 'plans',
  nominees: 'nominations',
  attachments: 'nominations',
  submissions: 'nominations',
  imports: 'nominations',
  templates: 'nominations',
  activityKinds: 'nurturing',
  activities: 'nurturing',
  nurturing: 'nurturing',
  evaluations: 'evaluation',
  council: 'evaluation',
  delegates: 'evaluation',
  awards: 'awards',
  reports: 'reports',
  mail: 'mail',
  dossiers: 'dossiers',
  agencies: 'settings',
  units: 'settings',
  baseSalaries: 'settings',
  awardForms: 'settings',
  ethnicGroups: 'settings',
  audit: 'settings',
  backups: 'backups',
} as const satisfies Record<string, AreaName>;

type Prefix<M> = M extends `${infer P}.${string}` ? P : never;
// Every method's prefix has an area, and every prefix here names methods.
const everyPrefixHasAnArea: SameType<Prefix<MethodName>, keyof typeof METHOD_AREAS> = true;
void everyPrefixHasAnArea;

export function areaOfMethod(method: string): AreaName | null {
  const prefix = method.split('.')[0] ?? '';
  return Object.hasOwn(METHOD_AREAS, prefix) ? METHOD_AREAS[prefix as keyof typeof METHOD_AREAS] : null;
}

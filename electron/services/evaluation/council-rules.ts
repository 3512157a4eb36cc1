import { DEFAULT_COUNCIL_RULES, type CouncilRules } from '../../../shared/domain/council-vote.ts';
import * as z from 'zod';
import type { ServiceContext } from '../core/context.ts';
import { recordChange } from '../core/audit.ts';
import { prepared } from '../../db/statements.ts';

const KEY = 'council.rules';
const fraction = z.object({ numerator: z.number().int().min(1), denominator: z.number().int().min(1) });
const rulesSchema = z.object({ quorum: fraction, threshold: fraction });

/** The quorum and threshold new meetings use (defaults from the award rules: 2/3 present, more than 1/2 agree). */
export function councilRules(ctx: ServiceContext): CouncilRules {
  const stored = prepared(ctx.db, 'SELECT value_json FROM app_settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  if (!stored) return DEFAULT_COUNCIL_RULES;
  const parsed = rulesSchema.safeParse(JSON.parse(stored));
  return parsed.success ? parsed.data : DEFAULT_COUNCIL_RULES;
}

export function setCouncilRules(ctx: ServiceContext, rules: CouncilRules): CouncilRules {
  const before = councilRules(ctx);
  prepared(
    ctx.db,
    'INSERT INTO app_settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json',
  ).run(KEY, JSON.stringify(rules));
  recordChange(ctx, { action: 'update', entity: 'setting', entityId: KEY, before, after: rules });
  return rules;
}

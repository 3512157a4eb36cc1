import { campaignsHandlers } from '../services/campaigns/handlers.ts';
import { nominationsHandlers } from '../services/nominations/handlers.ts';
import { plansHandlers } from '../services/plans/handlers.ts';
import { settingsHandlers } from '../services/settings/handlers.ts';
import { systemHandlers } from '../services/system/handlers.ts';
import type { Handlers } from './handler-types.ts';

/**
 * Every method of the contract, mapped to its service: the area tables merged. Each area's table
 * has exactly its own methods, and this one must have all of them, so a missing or extra method
 * does not compile.
 */
export const handlers: Handlers = {
  ...systemHandlers,
  ...campaignsHandlers,
  ...plansHandlers,
  ...nominationsHandlers,
  ...settingsHandlers,
};

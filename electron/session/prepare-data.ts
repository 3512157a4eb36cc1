import type { ServiceContext } from '../services/core/context.ts';
import { bringWarningsToCurrentRules } from '../services/nominations/warning-figures.ts';
import { seedDefaults } from '../services/system/seed.ts';

/**
 * What a file may need once opened: the 2024 campaign and reference data in a new file, and the
 * stored warnings worked out again when the app's rules are newer than the file's.
 */
export function prepareData(ctx: ServiceContext): void {
  seedDefaults(ctx);
  bringWarningsToCurrentRules(ctx);
}

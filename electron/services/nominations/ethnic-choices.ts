import { ethnicKey } from '../../../shared/domain/ethnic-match.ts';
import { prepared } from '../../db/statements.ts';
import { recordChange } from '../core/audit.ts';
import type { ServiceContext } from '../core/context.ts';

/**
 * The office's answers to ethnic names that can mean several groups ("Mán" for Dao or Sán Dìu),
 * per unit: a district writes the same way file after file, so an answer given once is applied
 * to that unit's next files (the preview says so on each row).
 */
export function earlierEthnicChoices(ctx: ServiceContext): Map<number, Map<string, string>> {
  const rows = prepared(ctx.db, 'SELECT unit_id, written, ethnic_code FROM ethnic_name_choices').all() as {
    unit_id: number;
    written: string;
    ethnic_code: string;
  }[];
  const byUnit = new Map<number, Map<string, string>>();
  for (const row of rows) byUnit.set(row.unit_id, (byUnit.get(row.unit_id) ?? new Map()).set(row.written, row.ethnic_code));
  return byUnit;
}

/** Keeps the choices made while importing a unit's file, each audited. */
export function rememberEthnicChoices(ctx: ServiceContext, unitId: number, choices: readonly { written: string; code: string }[]): void {
  const store = prepared(
    ctx.db,
    `INSERT INTO ethnic_name_choices (unit_id, written, ethnic_code, chosen_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (unit_id, written) DO UPDATE SET ethnic_code = excluded.ethnic_code, chosen_at = excluded.chosen_at`,
  );
  for (const choice of choices) {
    const written = ethnicKey(choice.written);
    store.run(unitId, written, choice.code, ctx.now().toISOString());
    recordChange(ctx, {
      action: 'update',
      entity: 'ethnic-choice',
      entityId: unitId,
      after: { written: choice.written, code: choice.code },
    });
  }
}

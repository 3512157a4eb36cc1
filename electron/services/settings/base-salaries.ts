import type { BaseSalary } from '../../../shared/domain/base-salaries.ts';
import { AppError, notFound } from '../../../shared/api/errors.ts';
import { shiftDays } from '../../../shared/format/dates.ts';
import { recordChange } from '../core/audit.ts';
import type { ServiceContext } from '../core/context.ts';
import { prepared } from '../../db/statements.ts';

interface SalaryRow {
  id: number;
  amount: number;
  valid_from: string;
  decree: string;
  verified: string;
}

/** Base salaries by date; each one ends the day before the next one starts. */
export function listBaseSalaries(ctx: ServiceContext): BaseSalary[] {
  const rows = prepared(ctx.db, 'SELECT * FROM base_salaries ORDER BY valid_from').all() as SalaryRow[];
  return rows.map((row, index) => {
    const next = rows[index + 1];
    return {
      id: row.id,
      amount: row.amount,
      validFrom: row.valid_from,
      validTo: next ? shiftDays(next.valid_from, -1) : null,
      decree: row.decree,
      verified: row.verified,
    };
  });
}

function findSalary(ctx: ServiceContext, id: number): BaseSalary {
  const found = listBaseSalaries(ctx).find((salary) => salary.id === id);
  if (!found) throw notFound(`mức lương cơ sở mã ${id}`);
  return found;
}

export function createBaseSalary(
  ctx: ServiceContext,
  input: { amount: number; validFrom: string; decree: string },
  verified = 'U',
): BaseSalary {
  const clash = prepared(ctx.db, 'SELECT id FROM base_salaries WHERE valid_from = ?').get(input.validFrom);
  if (clash) throw new AppError('conflict', 'Đã có mức lương cơ sở áp dụng từ ngày này.', 'validFrom');
  const info = prepared(ctx.db, 'INSERT INTO base_salaries (amount, valid_from, decree, verified) VALUES (?, ?, ?, ?)').run(
    input.amount,
    input.validFrom,
    input.decree,
    verified,
  );
  const created = findSalary(ctx, Number(info.lastInsertRowid));
  recordChange(ctx, { action: 'create', entity: 'base_salary', entityId: created.id, after: created });
  return created;
}

export function deleteBaseSalary(ctx: ServiceContext, id: number): { deleted: number } {
  const before = findSalary(ctx, id);
  const used = prepared(ctx.db, 'SELECT count(*) FROM awards WHERE base_salary_id = ?').pluck().get(id) as number;
  if (used > 0) {
    throw new AppError('conflict', `Không xóa được: mức lương này đã dùng để tính ${used} khoản tiền thưởng.`);
  }
  const count = prepared(ctx.db, 'SELECT count(*) FROM base_salaries').pluck().get() as number;
  // Prize money is worked out from a rate: the last one stays (change its figure instead).
  if (count <= 1)
    throw new AppError('conflict', 'Không xóa được mức lương cơ sở duy nhất: tiền thưởng cần ít nhất một mức; hãy sửa mức này.');
  prepared(ctx.db, 'DELETE FROM base_salaries WHERE id = ?').run(id);
  recordChange(ctx, { action: 'delete', entity: 'base_salary', entityId: id, before });
  return { deleted: 1 };
}

import { UNIT_KIND_LABELS } from '../../shared/domain/units.ts';
import { formatDateVi } from '../../shared/format/dates.ts';
import { foldText } from '../../shared/text/normalize.ts';
import { CliError } from './errors.ts';
import { call, type AreaCommands, type Command } from './command.ts';
import { printJson, printTable } from './output.ts';

/** `units [--json]` lists the units; with `--unit NAME --email X` it sets a unit's email. */

const unitsCommand: Command['run'] = async (session, args) => {
  const { unit: unitName, email } = args.values;
  if (unitName !== undefined || email !== undefined) {
    if (typeof unitName !== 'string' || typeof email !== 'string') {
      throw new CliError('Cần cả --unit TÊN và --email ĐỊA_CHỈ để đặt email cho một đơn vị.', 2);
    }
    const units = await call(session, 'units.list', { includeInactive: true });
    const wanted = foldText(unitName);
    const matches = units.filter((unit) => foldText(unit.name) === wanted);
    if (matches.length === 0) throw new CliError(`Không có đơn vị tên "${unitName}".`);
    const active = matches.filter((unit) => unit.activeTo === null);
    const target = matches.length === 1 ? matches[0] : active.length === 1 ? active[0] : undefined;
    if (!target) throw new CliError(`Có ${matches.length} đơn vị tên "${unitName}"; hãy đổi tên cho khác nhau trong Cài đặt.`);
    const updated = await call(session, 'units.update', { id: target.id, fields: { email } });
    return args.values.json ? printJson(updated) : `Đã đặt email của ${updated.name}: ${updated.email ?? ''}`;
  }
  const units = await call(session, 'units.list', { includeInactive: true });
  if (args.values.json) return printJson(units);
  return printTable(
    units.map((unit) => ({
      id: unit.id,
      name: unit.name,
      kind: UNIT_KIND_LABELS[unit.kind],
      email: unit.email ?? '',
      active: unit.activeTo ? `đến ${formatDateVi(unit.activeTo)}` : 'đang hoạt động',
    })),
    [
      { key: 'id', title: 'Mã' },
      { key: 'name', title: 'Tên' },
      { key: 'kind', title: 'Loại' },
      { key: 'email', title: 'Email' },
      { key: 'active', title: 'Hoạt động' },
    ],
  );
};

export const commands: AreaCommands = {
  units: { run: unitsCommand },
};

import { LATEST_SCHEMA_VERSION } from '../db/migrations/index.ts';
import { CliError } from './errors.ts';
import { call, type AreaCommands, type Command } from './command.ts';
import { printJson } from './output.ts';

/** `init` creates or upgrades the database (a new one holds the 2024 campaign); `check` checks it. */

const initCommand: Command['run'] = async (session, args) => {
  const campaigns = await call(session, 'campaigns.list', {});
  const info = await call(session, 'app.info', {});
  const upgraded = session.backupPath ? ` Đã nâng cấp; bản sao trước khi nâng cấp: ${session.backupPath}.` : '';
  if (args.values.json) return JSON.stringify({ database: info.databasePath, schemaVersion: LATEST_SCHEMA_VERSION, campaigns });
  return `Cơ sở dữ liệu ${info.databasePath} ở lược đồ v${LATEST_SCHEMA_VERSION}, có ${campaigns.length} chiến dịch.${upgraded}`;
};

const checkCommand: Command['run'] = async (session, args) => {
  const report = await call(session, 'system.check', {});
  if (args.values.json) {
    if (!report.ok) throw new CliError(printJson(report).replace(/\n\s*/gu, ' '));
    return printJson(report);
  }
  if (!report.ok) throw new CliError(`Cơ sở dữ liệu có vấn đề: ${report.problems.join(' ')}`);
  const counts = Object.entries(report.counts)
    .map(([table, n]) => `${table}=${n}`)
    .join(', ');
  return `Cơ sở dữ liệu tốt (lược đồ v${report.schemaVersion}; ${counts}).`;
};

export const commands: AreaCommands = {
  init: { run: initCommand, creates: true },
  check: { run: checkCommand, inspects: true },
};

import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import { EARLIER_AWARD_FIELD_LABELS, EARLIER_AWARD_FIELDS } from '../../shared/domain/earlier-awards.ts';
import { awardedShare, DIMENSION_LABELS, STATISTIC_DIMENSIONS, type StatisticDimension } from '../../shared/domain/statistics.ts';
import { CliError } from './errors.ts';
import { call, parseOption, resolveCampaign, type AreaCommands, type Command } from './command.ts';
import { printJson } from './output.ts';

/** `stats --campaign C [--by D]` prints a table of the Báo cáo screen; `export stats … --out F.xlsx` writes it. */

const dimension = z.enum(STATISTIC_DIMENSIONS, `cần một trong: ${STATISTIC_DIMENSIONS.join(', ')}`);
const dimensionOf = (value: unknown): StatisticDimension => (value === undefined ? 'unit' : parseOption(dimension, value, 'by'));

const statsCommand: Command['run'] = async (session, args) => {
  const by = dimensionOf(args.values.by);
  const campaign = await resolveCampaign(session, args.values.campaign);
  const statistics = await call(session, 'reports.statistics', { campaignId: campaign.id });
  const rows = statistics.tables[by];
  if (args.values.json) return printJson({ year: statistics.year, by, rows });
  const width = Math.max(DIMENSION_LABELS[by].length, ...rows.map((row) => row.label.length));
  const line = (label: string, nominated: string, awarded: string, share: string) =>
    `${label.padEnd(width)}  ${nominated.padStart(8)}  ${awarded.padStart(10)}  ${share.padStart(8)}`;
  return [
    `Năm ${statistics.year}: ${statistics.nominated} đề cử, ${statistics.awarded} được khen thưởng.`,
    line(DIMENSION_LABELS[by], 'Đề cử', 'Được khen', 'Tỉ lệ'),
    ...rows.map((row) => line(row.label, String(row.nominated), String(row.awarded), awardedShare(row))),
  ].join('\n');
};

const exportStatsCommand: Command['run'] = async (session, args) => {
  const by = dimensionOf(args.values.by);
  const campaign = await resolveCampaign(session, args.values.campaign);
  const result = await call(session, 'reports.exportTable', { campaignId: campaign.id, dimension: by });
  if (!result.saved) throw new CliError('Không ghi được tệp.');
  return args.values.json
    ? printJson(result)
    : `Đã ghi bảng thống kê theo ${DIMENSION_LABELS[by].toLocaleLowerCase('vi')} (${result.rows} dòng) vào ${result.saved}.`;
};

/** `export report --campaign C --out F.docx`: the Báo cáo kết quả (the latest issued, or the draft of today's records). */
const exportReportCommand: Command['run'] = async (session, args) => {
  const campaign = await resolveCampaign(session, args.values.campaign);
  const result = await call(session, 'reports.exportResult', { campaignId: campaign.id });
  if (!result.saved) throw new CliError('Không ghi được tệp.');
  return args.values.json ? printJson(result) : `Đã ghi báo cáo kết quả vào ${result.saved}.`;
};

/** `import awards-history --file F.xlsx [--dry-run]`: an earlier award list into the Sổ vàng, columns guessed or remembered. */
const importHistoryCommand: Command['run'] = async (session, args) => {
  const file = args.values.file;
  if (typeof file !== 'string' || !file) throw new CliError('Thiếu --file (danh sách khen thưởng .xlsx).', 2);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new CliError(`Không có tệp "${file}".`);
  const request = { fileName: path.basename(file), contentBase64: fs.readFileSync(file).toString('base64') };
  const dryRun = args.values['dry-run'] === true;
  const result = dryRun
    ? await call(session, 'reports.previewEarlierList', request)
    : await call(session, 'reports.importEarlierList', request);
  if (args.values.json) return printJson(result);
  const columns = EARLIER_AWARD_FIELDS.map((field) => {
    const column = result.mapping[field];
    return `  ${EARLIER_AWARD_FIELD_LABELS[field]}: ${column === null ? '(không có)' : `cột ${column + 1} "${result.headers[column] ?? ''}"`}`;
  });
  const added = dryRun ? `sẽ thêm ${result.toAdd}` : `đã thêm ${'added' in result ? result.added : 0}`;
  return [
    `${result.fileName}: ${result.total} dòng; ${added}, ${result.already} đã có trong sổ vàng, ${result.refused} bị từ chối.`,
    ...(result.sameFile ? [`Tệp này đã được nhập ngày ${result.sameFile.importedAt.slice(0, 10)}.`] : []),
    `Các cột${result.remembered ? ' (như lần nhập trước)' : ''}:`,
    ...columns,
    ...result.rows.filter((row) => row.problem).map((row) => `  dòng ${row.row}: TỪ CHỐI — ${row.problem}`),
  ].join('\n');
};

export const commands: AreaCommands = {
  stats: { run: statsCommand },
  'export stats': { run: exportStatsCommand, writes: 'xlsx' },
  'export report': { run: exportReportCommand, writes: 'docx' },
  'import awards-history': { run: importHistoryCommand },
};

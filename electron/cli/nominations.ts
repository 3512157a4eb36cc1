import fs from 'node:fs';
import path from 'node:path';
import type { Nominee } from '../../shared/domain/nominees.ts';
import { NOMINEE_KIND_LABELS } from '../../shared/domain/nominees.ts';
import { CliError } from './errors.ts';
import { call, resolveCampaign, type AreaCommands, type Command } from './command.ts';
import { resolveUnit } from './unit-option.ts';
import { printJson, printTable } from './output.ts';

/** `export template --campaign C --unit NAME --out FILE.xlsx` */
const exportTemplateCommand: Command['run'] = async (session, args) => {
  const campaign = await resolveCampaign(session, args.values.campaign);
  const unitId = await resolveUnit(session, campaign.id, args.values.unit);
  const result = await call(session, 'templates.export', { campaignId: campaign.id, unitId });
  if (!result.saved) throw new CliError('Không ghi được tệp.');
  return args.values.json ? printJson(result) : `Đã ghi mẫu đề cử vào ${result.saved}.`;
};

/** `export nominees --campaign C [--unit NAME] --out FILE.xlsx`: the list as the app exports it. */
const exportNomineesCommand: Command['run'] = async (session, args) => {
  const campaign = await resolveCampaign(session, args.values.campaign);
  const unitId = args.values.unit ? await resolveUnit(session, campaign.id, args.values.unit) : undefined;
  const result = await call(session, 'nominees.export', { campaignId: campaign.id, sort: 'unit', ...(unitId ? { unitId } : {}) });
  if (!result.saved) throw new CliError('Không ghi được tệp.');
  return args.values.json ? printJson(result) : `Đã ghi danh sách ${result.rows} đề cử vào ${result.saved}.`;
};

/** `import nominations --campaign C --file FILE.xlsx [--unit NAME] [--received YYYY-MM-DD] [--dry-run] [--json]` */
const importNominationsCommand: Command['run'] = async (session, args) => {
  const campaign = await resolveCampaign(session, args.values.campaign);
  const file = args.values.file;
  if (typeof file !== 'string' || !file) throw new CliError('Thiếu --file (tệp .xlsx của đơn vị).', 2);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new CliError(`Không có tệp "${file}".`);
  const received = args.values.received;
  const request = {
    campaignId: campaign.id,
    fileName: path.basename(file),
    contentBase64: fs.readFileSync(file).toString('base64'),
    ...(args.values.unit ? { unitId: await resolveUnit(session, campaign.id, args.values.unit) } : {}),
    ...(typeof received === 'string' ? { receivedOn: received } : {}),
  };
  // A dry run previews; otherwise the file is read once, by the import itself.
  const result = args.values['dry-run'] ? await call(session, 'imports.preview', request) : await call(session, 'imports.commit', request);
  const accepted = result.accepted.map((row) => ({
    row: row.row,
    name: row.fields.name,
    kind: row.fields.kind,
    unit: result.unitTitle,
    update: row.update,
    // Where the row may be a nominee already there, and why that is not sure (it is then added unless chosen in the app).
    match: row.match && { id: row.match.nomineeId, name: row.match.name, certain: row.match.certain, doubt: row.match.doubt },
    changes: row.changes,
    notes: row.notes,
    warnings: row.warnings.filter((warning) => !warning.accepted).map((warning) => warning.message),
  }));
  const rejected = result.rejected.map(({ row, reason }) => ({ row, reason }));
  if (args.values.json) return printJson({ accepted, rejected });
  const lines = [
    `${args.values['dry-run'] ? 'Xem trước' : 'Đã nhập'} ${result.fileName} (${result.unitTitle ?? 'chưa rõ đơn vị'}): ${accepted.length} dòng nhận, ${rejected.length} dòng bị từ chối.`,
    ...accepted.map((row) => {
      const what = row.update ? ' — cập nhật' : row.match ? ` — thêm mới (${row.match.doubt ?? 'có thể trùng'})` : '';
      const notes = row.notes.length ? ` [${row.notes.join('; ')}]` : '';
      const warnings = row.warnings.map((warning) => `\n      cảnh báo: ${warning}`).join('');
      return `  dòng ${row.row}: ${row.name} (${NOMINEE_KIND_LABELS[row.kind]})${what}${notes}${warnings}`;
    }),
    ...rejected.map((row) => `  dòng ${row.row}: TỪ CHỐI — ${row.reason}`),
  ];
  return lines.join('\n');
};

/** `nominees --campaign C [--json]` */
const nomineesCommand: Command['run'] = async (session, args) => {
  const campaign = await resolveCampaign(session, args.values.campaign);
  // Page by page, so a campaign of any size is printed whole.
  const nominees: Nominee[] = [];
  for (let total = Infinity; nominees.length < total;) {
    const page = await call(session, 'nominees.list', { campaignId: campaign.id, sort: 'unit', limit: 5_000, offset: nominees.length });
    if (page.items.length === 0) break;
    nominees.push(...page.items);
    total = page.total;
  }
  const proposals = new Map(
    (await call(session, 'evaluations.proposals', { campaignId: campaign.id })).rows.map((row) => [row.nomineeId, row]),
  );
  const rows = nominees.map((n) => ({
    id: n.id,
    name: n.name,
    kind: n.kind,
    unit: n.unitName,
    ethnicity: n.ethnicity,
    status: n.status,
    warnings: n.warnings.filter((w) => !w.accepted).map((w) => w.message),
    result: proposals.get(n.id)?.result ?? null,
    award: proposals.get(n.id)?.awardName ?? null,
    prize: proposals.get(n.id)?.prize?.amount ?? null,
  }));
  if (args.values.json) return printJson(rows);
  return printTable(
    rows.map((row) => ({
      id: row.id,
      unit: row.unit,
      kind: NOMINEE_KIND_LABELS[row.kind],
      name: row.name,
      ethnicity: row.ethnicity ?? '',
      warnings: row.warnings.length,
    })),
    [
      { key: 'id', title: 'Mã' },
      { key: 'unit', title: 'Đơn vị' },
      { key: 'kind', title: 'Loại' },
      { key: 'name', title: 'Họ tên / Tên tập thể' },
      { key: 'ethnicity', title: 'Dân tộc' },
      { key: 'warnings', title: 'Cảnh báo' },
    ],
  );
};

export const commands: AreaCommands = {
  'export template': { run: exportTemplateCommand, writes: 'xlsx' },
  'export nominees': { run: exportNomineesCommand, writes: 'xlsx' },
  'import nominations': { run: importNominationsCommand },
  nominees: { run: nomineesCommand },
};

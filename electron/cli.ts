import { parseArgs } from 'node:util';
import { AppError } from '../shared/api/errors.ts';
import { LATEST_SCHEMA_VERSION } from './db/migrations/index.ts';
import { defaultDatabasePath } from './paths.ts';
import { ensureDefaultFolder, openSession, type Session } from './session.ts';
import { CliError } from './cli/errors.ts';
import { call, campaignCopyCommand, campaignsCommand, checkCommand, unitsCommand, type Command, type CommandArgs } from './cli/commands.ts';
import { exportPlanCommand, issuePlanCommand, outputPath } from './cli/plan-commands.ts';
import { exportTemplateCommand, importNominationsCommand, nomineesCommand } from './cli/nomination-commands.ts';
import type { Platform } from './services/context.ts';

const USAGE = `Cách dùng: npm run -s cli -- <lệnh> [--db TỆP] [--json]

  init                                   tạo hoặc nâng cấp cơ sở dữ liệu (tệp mới có sẵn chiến dịch 2024)
  campaigns [--json]                     danh sách chiến dịch
  units [--json]                         danh sách đơn vị
  units --unit "Sơn Động" --email X      đặt email cho một đơn vị
  check                                  kiểm tra cơ sở dữ liệu
  campaign copy --from NĂM --year NĂM    tạo chiến dịch mới bằng cách sao chép
  issue-plan --campaign C --number N --date YYYY-MM-DD
                                         cấp số, ngày và ban hành kế hoạch
  export plan --campaign C --out TỆP.docx [--draft]
                                         ghi kế hoạch ra Word (bản ban hành mới nhất, hoặc dự thảo)
  export template --campaign C --unit "Sơn Động" --out TỆP.xlsx
                                         mẫu Excel đề cử cho một đơn vị
  import nominations --campaign C --file TỆP.xlsx [--unit TÊN] [--dry-run] [--json]
                                         nhập danh sách đề cử của đơn vị
  nominees --campaign C [--json]         danh sách đề cử

--db mặc định là cơ sở dữ liệu của ứng dụng (${defaultDatabasePath()}).`;

const COMMANDS: Record<string, Command> = {
  campaigns: campaignsCommand,
  units: unitsCommand,
  check: checkCommand,
  'campaign copy': campaignCopyCommand,
  'issue-plan': issuePlanCommand,
  'export plan': exportPlanCommand,
  'export template': exportTemplateCommand,
  'import nominations': importNominationsCommand,
  nominees: nomineesCommand,
};

function parse(argv: string[]): CommandArgs {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean' },
        unit: { type: 'string' },
        email: { type: 'string' },
        from: { type: 'string' },
        year: { type: 'string' },
        campaign: { type: 'string' },
        today: { type: 'string' },
        number: { type: 'string' },
        date: { type: 'string' },
        out: { type: 'string' },
        draft: { type: 'boolean' },
        file: { type: 'string' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    return { values, positionals };
  } catch (error) {
    throw new CliError(error instanceof Error ? (error.message.split('\n')[0] ?? 'Tham số không hợp lệ.') : 'Tham số không hợp lệ.', 2);
  }
}

function openFor(args: CommandArgs, create: boolean, platform?: Platform): Session {
  const explicit = typeof args.values.db === 'string' ? args.values.db : undefined;
  const databasePath = explicit ?? defaultDatabasePath();
  if (!explicit) ensureDefaultFolder(databasePath);
  // An explicit --db must already exist, except for init; the app's own file is created on demand.
  return openSession({ databasePath, create: create || !explicit, ...(platform ? { platform } : {}) });
}

/** On the command line the file to write is the --out path, checked before any work. */
function cliPlatform(name: string, args: CommandArgs): Platform | undefined {
  if (!name.startsWith('export ')) return undefined;
  const target = outputPath(args.values.out, name === 'export template' ? 'xlsx' : 'docx');
  return { host: 'cli', chooseSavePath: async () => target };
}

async function init(args: CommandArgs): Promise<string> {
  const session = openFor(args, true);
  try {
    const campaigns = await call(session, 'campaigns.list', {});
    const info = await call(session, 'app.info', {});
    const upgraded = session.backupPath ? ` Đã nâng cấp; bản sao trước khi nâng cấp: ${session.backupPath}.` : '';
    if (args.values.json) return JSON.stringify({ database: info.databasePath, schemaVersion: LATEST_SCHEMA_VERSION, campaigns });
    return `Cơ sở dữ liệu ${info.databasePath} ở lược đồ v${LATEST_SCHEMA_VERSION}, có ${campaigns.length} chiến dịch.${upgraded}`;
  } finally {
    session.close();
  }
}

export async function runCli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const args = parse(argv);
    const [first, second] = args.positionals;
    if (args.values.help || first === undefined || first === 'help')
      return { code: first === undefined && !args.values.help ? 2 : 0, stdout: USAGE, stderr: '' };
    if (first === 'init') return { code: 0, stdout: await init(args), stderr: '' };
    const twoWords = `${first} ${second ?? ''}`.trim();
    const name = COMMANDS[twoWords] ? twoWords : first;
    const command = COMMANDS[name];
    const extra = args.positionals.slice(name.split(' ').length);
    if (command && extra.length > 0) throw new CliError(`Thừa tham số: ${extra.join(' ')} (tên có dấu cách cần đặt trong ngoặc kép).`, 2);
    if (!command) throw new CliError(`Không có lệnh "${args.positionals.join(' ')}". Gõ --help để xem các lệnh.`, 2);
    const session = openFor(args, false, cliPlatform(name, args));
    try {
      return { code: 0, stdout: await command(session, args), stderr: '' };
    } finally {
      session.close();
    }
  } catch (error) {
    const firstLine = (text: string) => text.split('\n')[0] ?? '';
    if (error instanceof CliError) return { code: error.exitCode, stdout: '', stderr: `Lỗi: ${firstLine(error.message)}` };
    if (error instanceof AppError) return { code: 1, stdout: '', stderr: `Lỗi: ${firstLine(error.message)}` };
    const message = error instanceof Error ? error.message : String(error);
    return { code: 1, stdout: '', stderr: `Lỗi không mong đợi: ${firstLine(message)}` };
  }
}

const isEntry = process.argv[1] !== undefined && /cli\.(ts|mjs|cjs|js)$/u.test(process.argv[1]);
if (isEntry) {
  const result = await runCli(process.argv.slice(2));
  if (result.stdout) process.stdout.write(`${result.stdout}\n`);
  if (result.stderr) process.stderr.write(`${result.stderr}\n`);
  process.exitCode = result.code;
}

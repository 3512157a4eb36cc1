import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/api/errors.ts';
import { defaultDatabasePath } from '../paths.ts';
import type { Session } from '../session/session-core.ts';
import type { Platform } from '../services/core/context.ts';
import { CliError } from './errors.ts';
import { BUSY_MESSAGE } from '../db/sqlite-errors.ts';
import { outputFolder, outputPath, type AreaCommands, type Command, type CommandArgs } from './command.ts';

/**
 * `npm run cli -- <command>`: the same services as the app, through the same dispatcher. Each
 * command lives in its area's file (electron/cli/<area>.ts), loaded only when it is run, so a
 * command starts without loading what the others need.
 */

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
  import nominations --campaign C --file TỆP.xlsx [--unit TÊN] [--received YYYY-MM-DD] [--dry-run] [--json]
                                         nhập danh sách đề cử của đơn vị (ngày nhận mặc định hôm nay)
  nominees --campaign C [--json]         danh sách đề cử
  export nominees --campaign C [--unit TÊN] --out TỆP.xlsx
                                         ghi danh sách đề cử ra Excel (tất cả, hoặc một đơn vị)
  activity add --campaign C --nominees ID,ID,… --date YYYY-MM-DD --kind LOẠI [--note T] [--by AI]
                                         ghi một hoạt động bồi dưỡng cho một hay nhiều đề cử
  evaluate --nominee ID --result pass|fail [--award HÌNH_THỨC] [--note T] [--campaign C]
                                         ghi kết quả đánh giá và hình thức đề nghị khen thưởng
  council vote --campaign C --date YYYY-MM-DD --members M --present P [--written W]
      --nominee ID --for N --against N [--abstain N] [--conflicts N]
                                         ghi phiếu của Hội đồng cho một đề cử (cuộc họp tạo ở phiếu đầu)
  decide --campaign C --number N --date YYYY-MM-DD
                                         ban hành quyết định khen thưởng (Giấy khen) cho những đề cử đã đủ điều kiện
  propose --campaign C --number N --date YYYY-MM-DD
                                         ban hành tờ trình đề nghị cấp trên khen thưởng (Bằng khen)
  export decision|proposal --campaign C --out TỆP.docx
                                         ghi quyết định hoặc tờ trình ra Word (bản ban hành mới nhất, hoặc dự thảo)
  export awards --campaign C --out TỆP.xlsx
                                         danh sách khen thưởng ra Excel (có tổng theo công thức)
  export summaries --campaign C --out THƯ_MỤC
                                         mỗi đơn vị một tệp tổng hợp .xlsx trong một thư mục mới
  export dossiers --campaign C --out THƯ_MỤC
                                         hồ sơ điển hình: danh sách trích ngang, mỗi đơn vị một thư mục báo cáo thành tích và tệp kèm
  issue-reminder --campaign C --number N --date YYYY-MM-DD --reply-by YYYY-MM-DD
                                         ban hành công văn đôn đốc các đơn vị chưa gửi đủ danh sách
  export reminder --campaign C --out TỆP.docx
                                         ghi công văn đôn đốc ra Word (bản ban hành mới nhất, hoặc dự thảo)
  mail summaries|reminders --campaign C (--smtp smtp://[NGƯỜI_DÙNG@]MÁY:CỔNG | --eml THƯ_MỤC) [--unit TÊN] [--resend]
                                         gửi mỗi đơn vị bản tổng hợp hoặc thư đôn đốc (mật khẩu SMTP lấy từ biến DHTT_SMTP_PASSWORD);
                                         --eml ghi bản nháp .eml để mở bằng Outlook hoặc Thunderbird
  stats --campaign C [--by unit|kind|ethnicity|gender|field|awardForm|years] [--json]
                                         thống kê đề cử và khen thưởng (theo đơn vị nếu không có --by)
  export stats --campaign C [--by …] --out TỆP.xlsx
                                         ghi một bảng thống kê ra Excel
  export report --campaign C --out TỆP.docx
                                         ghi báo cáo kết quả ra Word (bản ban hành mới nhất, hoặc dự thảo theo số liệu hôm nay)
  import awards-history --file TỆP.xlsx [--dry-run] [--json]
                                         nhập danh sách khen thưởng các năm trước vào sổ vàng (cột đoán theo tiêu đề)
  backup --out TỆP.sqlite                sao lưu (API sao lưu của SQLite; tệp đính kèm vào tep-dinh-kem/ bên cạnh)
  restore --from TỆP.sqlite [--dry-run]  khôi phục từ bản sao lưu (kiểm tra trước, giữ bản sao dữ liệu hiện có)

--db mặc định là cơ sở dữ liệu của ứng dụng (${defaultDatabasePath()}).`;

/** Which area's file holds each command. */
const COMMAND_AREAS: Record<string, () => Promise<{ commands: AreaCommands }>> = {
  init: () => import('./system.ts'),
  check: () => import('./system.ts'),
  campaigns: () => import('./campaigns.ts'),
  'campaign copy': () => import('./campaigns.ts'),
  units: () => import('./settings.ts'),
  'issue-plan': () => import('./plans.ts'),
  'export plan': () => import('./plans.ts'),
  'export template': () => import('./nominations.ts'),
  'import nominations': () => import('./nominations.ts'),
  nominees: () => import('./nominations.ts'),
  'export nominees': () => import('./nominations.ts'),
  'activity add': () => import('./nurturing.ts'),
  evaluate: () => import('./evaluation.ts'),
  'council vote': () => import('./evaluation.ts'),
  decide: () => import('./awards.ts'),
  propose: () => import('./awards.ts'),
  'export decision': () => import('./awards.ts'),
  'export proposal': () => import('./awards.ts'),
  'export awards': () => import('./awards.ts'),
  'export summaries': () => import('./awards.ts'),
  'mail summaries': () => import('./mail.ts'),
  'mail reminders': () => import('./mail.ts'),
  'issue-reminder': () => import('./mail.ts'),
  'export reminder': () => import('./mail.ts'),
  'export dossiers': () => import('./dossiers.ts'),
  stats: () => import('./reports.ts'),
  'export stats': () => import('./reports.ts'),
  'export report': () => import('./reports.ts'),
  'import awards-history': () => import('./reports.ts'),
  backup: () => import('./backups.ts'),
  restore: () => import('./backups.ts'),
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
        received: { type: 'string' },
        nominee: { type: 'string' },
        nominees: { type: 'string' },
        result: { type: 'string' },
        award: { type: 'string' },
        note: { type: 'string' },
        kind: { type: 'string' },
        by: { type: 'string' },
        members: { type: 'string' },
        present: { type: 'string' },
        written: { type: 'string' },
        for: { type: 'string' },
        against: { type: 'string' },
        abstain: { type: 'string' },
        conflicts: { type: 'string' },
        'dry-run': { type: 'boolean' },
        smtp: { type: 'string' },
        eml: { type: 'string' },
        resend: { type: 'boolean' },
        'reply-by': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    return { values, positionals };
  } catch (error) {
    throw new CliError(error instanceof Error ? (error.message.split('\n')[0] ?? 'Tham số không hợp lệ.') : 'Tham số không hợp lệ.', 2);
  }
}

async function openFor(args: CommandArgs, command: Command, platform?: Platform): Promise<Session> {
  const create = command.creates ?? false;
  const { ensureDefaultFolder, needsPreparing, openSessionCore } = await import('../session/session-core.ts');
  const explicit = typeof args.values.db === 'string' ? args.values.db : undefined;
  const databasePath = explicit ?? defaultDatabasePath();
  if (!explicit) ensureDefaultFolder(databasePath);
  const { currentHolder, describeHolder, holderFile } = await import('../session/database-holder.ts');
  const holder = currentHolder(path.resolve(databasePath));
  heldBy = holder ? describeHolder(holder) : null;
  if (heldBy && command.needsAppClosed) {
    throw new CliError(
      `${heldBy}. Hãy đóng ứng dụng rồi chạy lại lệnh (nếu ứng dụng thật sự không mở, hãy xóa tệp ${holderFile(path.resolve(databasePath))}).`,
    );
  }
  // An explicit --db must already exist, except for init; the app's own file is created on demand.
  const session = openSessionCore({
    databasePath,
    create: create || !explicit,
    migrate: !command.inspects,
    ...(platform ? { platform } : {}),
  });
  // While the app has the file open, a write waits longer for the app's own write to finish.
  if (heldBy) session.db.pragma(`busy_timeout = ${HELD_BUSY_TIMEOUT_MS}`);
  // The seed data and the warning rules are loaded only when the file needs them (a new file, new rules).
  if (!command.inspects && needsPreparing(session.db)) {
    try {
      (await import('../session/prepare-data.ts')).prepareData(session.ctx);
    } catch (error) {
      session.close();
      throw error;
    }
  }
  return session;
}

/** Who has the file open as the app (said when a write had to wait too long), or null. */
let heldBy: string | null = null;
const HELD_BUSY_TIMEOUT_MS = 15_000;

/** A failure, said in one line; a lock that outlasted the wait names the app that holds the file. */
function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  if (!heldBy || !line.includes(BUSY_MESSAGE)) return line;
  return `${heldBy} và đang ghi; đã chờ ${HELD_BUSY_TIMEOUT_MS / 1000} giây mà chưa xong. Không có gì bị thay đổi; hãy thử lại sau.`;
}

export async function runCli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const args = parse(argv);
    const [first, second] = args.positionals;
    if (args.values.help || first === undefined || first === 'help') {
      return { code: first === undefined && !args.values.help ? 2 : 0, stdout: USAGE, stderr: '' };
    }
    const twoWords = `${first} ${second ?? ''}`.trim();
    const name = COMMAND_AREAS[twoWords] ? twoWords : first;
    const area = COMMAND_AREAS[name];
    if (!area) throw new CliError(`Không có lệnh "${args.positionals.join(' ')}". Gõ --help để xem các lệnh.`, 2);
    const extra = args.positionals.slice(name.split(' ').length);
    if (extra.length > 0) throw new CliError(`Thừa tham số: ${extra.join(' ')} (tên có dấu cách cần đặt trong ngoặc kép).`, 2);
    const command = (await area()).commands[name];
    if (!command) throw new CliError(`Không có lệnh "${name}".`, 2);
    // On the command line the file to write is the --out path, checked before any work.
    const folderOption = command.folderOption && args.values[command.folderOption] !== undefined ? command.folderOption : null;
    const target = folderOption
      ? outputFolder(args.values[folderOption], folderOption)
      : command.writes === 'folder'
        ? outputFolder(args.values.out)
        : command.writes
          ? outputPath(args.values.out, command.writes)
          : null;
    const platform: Platform | undefined = target
      ? { host: 'cli', chooseSavePath: async () => target, chooseFolder: async () => target }
      : undefined;
    const session = await openFor(args, command, platform);
    try {
      return { code: 0, stdout: await command.run(session, args), stderr: '' };
    } finally {
      session.close();
    }
  } catch (error) {
    if (error instanceof CliError) return { code: error.exitCode, stdout: '', stderr: `Lỗi: ${firstLine(error.message)}` };
    if (error instanceof AppError) return { code: 1, stdout: '', stderr: `Lỗi: ${firstLine(error.message)}` };
    const message = error instanceof Error ? error.message : String(error);
    return { code: 1, stdout: '', stderr: `Lỗi không mong đợi: ${firstLine(message)}` };
  }
}

const isEntry = process.argv[1] !== undefined && /[\\/](cli\.c?js|cli[\\/]main\.ts)$/u.test(process.argv[1]);
if (isEntry) {
  // Output piped into a command that stops reading (| head) ends the run quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  void runCli(process.argv.slice(2)).then((result) => {
    if (result.stdout) process.stdout.write(`${result.stdout}\n`);
    if (result.stderr) process.stderr.write(`${result.stderr}\n`);
    process.exitCode = result.code;
  });
}

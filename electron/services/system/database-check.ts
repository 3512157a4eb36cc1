import { LATEST_SCHEMA_VERSION } from '../../db/migrations/index.ts';
import { APPLICATION_ID, schemaVersion } from '../../db/open.ts';
import fs from 'node:fs';
import path from 'node:path';
import { attachmentsFolder, holdsContent } from '../core/attachment-store.ts';
import type { ServiceContext } from '../core/context.ts';
import { prepared } from '../../db/statements.ts';
import { describeSqliteError, sqliteCode } from '../../db/sqlite-errors.ts';

const COUNTED_TABLES = [
  'agencies',
  'units',
  'campaigns',
  'ethnic_groups',
  'base_salaries',
  'award_forms',
  'nominees',
  'audit_log',
] as const;

/** A step of the check that cannot run (a damaged page, a table an older schema lacks) is reported, not thrown. */
function attempt<T>(problems: string[], what: string, step: () => T): T | null {
  try {
    return step();
  } catch (error) {
    const damaged = sqliteCode(error)?.startsWith('SQLITE_CORRUPT') ?? false;
    const reason = damaged
      ? 'phần đó của tệp bị hỏng'
      : (describeSqliteError(error) ?? (error instanceof Error ? error.message : String(error)));
    problems.push(`Không đọc được ${what} (${reason}).`);
    return null;
  }
}

/**
 * SQLite's own findings, page by page (it stops after 100), each with the table its tree belongs
 * to. A page it cannot even read ends the pragma with an error after the rows found so far, so
 * the rows are taken one by one and that error becomes the last finding.
 */
function integrityFindings(ctx: ServiceContext): string[] {
  const lines: string[] = [];
  try {
    for (const row of prepared(ctx.db, 'PRAGMA integrity_check(100)').pluck().iterate()) lines.push(String(row));
  } catch (error) {
    lines.push(
      `SQLite dừng kiểm tra ở chỗ không đọc được (${sqliteCode(error) ?? (error instanceof Error ? error.message : String(error))})`,
    );
  }
  const treeNames = treeNamesByRootPage(ctx);
  return lines
    .flatMap((line) => line.split('\n'))
    .filter((line) => line !== 'ok' && line.trim() !== '' && !line.startsWith('***') && line !== 'database disk image is malformed')
    .map((line) => line.replace(/^Tree (\d+) page/u, (whole, root: string) => (treeNames.get(Number(root)) ?? whole) + ', page'));
}

function treeNamesByRootPage(ctx: ServiceContext): Map<number, string> {
  try {
    const rows = prepared(ctx.db, 'SELECT rootpage, name FROM sqlite_master WHERE rootpage > 0').all() as {
      rootpage: number;
      name: string;
    }[];
    return new Map(rows.map((row) => [row.rootpage, row.name]));
  } catch {
    return new Map();
  }
}

/** The checks behind `cli check`: schema, SQLite integrity, foreign keys, reference data, every kept file. */
export function checkDatabase(ctx: ServiceContext) {
  const problems: string[] = [];
  const version = schemaVersion(ctx.db);
  if (version !== LATEST_SCHEMA_VERSION) {
    problems.push(`Lược đồ ở phiên bản ${version}, cần ${LATEST_SCHEMA_VERSION} (mở bằng ứng dụng hoặc chạy init để nâng cấp).`);
  }
  if (Number(ctx.db.pragma('application_id', { simple: true })) !== APPLICATION_ID) {
    problems.push('Tệp không mang dấu nhận biết của ứng dụng.');
  }
  const findings = attempt(problems, 'cấu trúc tệp', () => integrityFindings(ctx));
  if (findings && findings.length > 0) {
    const shown = findings.slice(0, 10).join('; ');
    problems.push(
      `SQLite báo ${findings.length} chỗ hỏng: ${shown}${findings.length > 10 ? '; …' : ''}. Hãy khôi phục từ bản sao lưu gần nhất (Cài đặt → Sao lưu).`,
    );
  }
  const brokenLinks = attempt(problems, 'các liên kết giữa bảng', () => ctx.db.pragma('foreign_key_check') as unknown[]);
  if (brokenLinks && brokenLinks.length > 0) problems.push(`Có ${brokenLinks.length} liên kết hỏng giữa các bảng.`);
  const counts: Record<string, number> = {};
  for (const table of COUNTED_TABLES) {
    const count = attempt(problems, `bảng ${table}`, () => Number(prepared(ctx.db, `SELECT count(*) FROM ${table}`).pluck().get()));
    if (count !== null) counts[table] = count;
  }
  if (counts.ethnic_groups !== undefined && counts.ethnic_groups !== 55)
    problems.push(`Danh mục dân tộc có ${counts.ethnic_groups} mục, cần 55 (54 dân tộc và người nước ngoài).`);
  if (counts.agencies === 0) problems.push('Chưa có thông tin cơ quan.');
  if (counts.base_salaries === 0) problems.push('Chưa có mức lương cơ sở.');
  const storedTexts = attempt(
    problems,
    'tên đơn vị, chiến dịch, cơ quan',
    () =>
      prepared(
        ctx.db,
        `SELECT name FROM units UNION ALL SELECT title FROM campaigns UNION ALL SELECT plan_json FROM campaigns
       UNION ALL SELECT full_name FROM agencies UNION ALL SELECT signer_name FROM agencies`,
      )
        .pluck()
        .all() as string[],
  );
  const notNfc = (storedTexts ?? []).filter((value) => value !== value.normalize('NFC')).length;
  if (notNfc > 0) problems.push(`Có ${notNfc} đoạn chữ chưa ở dạng Unicode NFC.`);
  const damaged = attempt(problems, 'danh sách tệp đính kèm', () => damagedAttachments(ctx)) ?? [];
  if (damaged.length > 0) {
    const shown = damaged.slice(0, 5).map((file) => `${file.fileName} (${file.reason})`);
    problems.push(`Có ${damaged.length} tệp đính kèm bị thiếu hoặc hỏng: ${shown.join('; ')}${damaged.length > 5 ? '; …' : ''}.`);
  }
  return { ok: problems.length === 0, schemaVersion: version, problems, counts };
}

/** Every kept file read again: missing, or its content no longer the hash it was stored under. */
function damagedAttachments(ctx: ServiceContext): { fileName: string; reason: string }[] {
  const rows = prepared(ctx.db, 'SELECT hash, file_name AS fileName FROM attachments ORDER BY created_at, hash').all() as {
    hash: string;
    fileName: string;
  }[];
  const folder = attachmentsFolder(ctx);
  return rows.flatMap((row) => {
    const file = path.join(folder, row.hash);
    if (!fs.existsSync(file)) return [{ fileName: row.fileName, reason: 'không còn tệp' }];
    return holdsContent(file, row.hash) ? [] : [{ fileName: row.fileName, reason: 'nội dung đã khác, có thể bị ghi dở' }];
  });
}

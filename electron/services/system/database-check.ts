import { LATEST_SCHEMA_VERSION } from '../../db/migrations/index.ts';
import { APPLICATION_ID, schemaVersion } from '../../db/open.ts';
import fs from 'node:fs';
import path from 'node:path';
import { attachmentsFolder, holdsContent } from '../core/attachment-store.ts';
import type { ServiceContext } from '../core/context.ts';
import { prepared } from '../../db/statements.ts';

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

/** The checks behind `cli check`: schema, SQLite integrity, foreign keys, reference data, every kept file. */
export function checkDatabase(ctx: ServiceContext) {
  const problems: string[] = [];
  const version = schemaVersion(ctx.db);
  if (version !== LATEST_SCHEMA_VERSION) problems.push(`Lược đồ ở phiên bản ${version}, cần ${LATEST_SCHEMA_VERSION}.`);
  if (Number(ctx.db.pragma('application_id', { simple: true })) !== APPLICATION_ID) {
    problems.push('Tệp không mang dấu nhận biết của ứng dụng.');
  }
  const integrity = ctx.db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push(`SQLite báo lỗi toàn vẹn: ${String(integrity)}.`);
  const brokenLinks = ctx.db.pragma('foreign_key_check') as unknown[];
  if (brokenLinks.length > 0) problems.push(`Có ${brokenLinks.length} liên kết hỏng giữa các bảng.`);
  const counts: Record<string, number> = {};
  for (const table of COUNTED_TABLES) {
    counts[table] = Number(prepared(ctx.db, `SELECT count(*) FROM ${table}`).pluck().get());
  }
  if (counts.ethnic_groups !== 55)
    problems.push(`Danh mục dân tộc có ${counts.ethnic_groups} mục, cần 55 (54 dân tộc và người nước ngoài).`);
  if (counts.agencies === 0) problems.push('Chưa có thông tin cơ quan.');
  if (counts.base_salaries === 0) problems.push('Chưa có mức lương cơ sở.');
  const storedTexts = prepared(
    ctx.db,
    `SELECT name FROM units UNION ALL SELECT title FROM campaigns UNION ALL SELECT plan_json FROM campaigns
       UNION ALL SELECT full_name FROM agencies UNION ALL SELECT signer_name FROM agencies`,
  )
    .pluck()
    .all() as string[];
  const notNfc = storedTexts.filter((value) => value !== value.normalize('NFC')).length;
  if (notNfc > 0) problems.push(`Có ${notNfc} đoạn chữ chưa ở dạng Unicode NFC.`);
  const damaged = damagedAttachments(ctx);
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

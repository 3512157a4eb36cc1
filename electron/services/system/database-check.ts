import { LATEST_SCHEMA_VERSION } from '../../db/migrations/index.ts';
import { APPLICATION_ID, schemaVersion } from '../../db/open.ts';
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

/** The checks behind `cli check`: schema, SQLite integrity, foreign keys and reference data. */
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
  return { ok: problems.length === 0, schemaVersion: version, problems, counts };
}

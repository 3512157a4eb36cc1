import fs from 'node:fs';
import { AppError } from '../../../shared/api/errors.ts';
import { AUDIT_EXPORT_LIMIT, type AuditQuery } from '../../../shared/domain/audit-query.ts';
import type { AuditEntry } from '../../../shared/domain/audit.ts';
import { describeChanges, ENTITY_LABELS } from '../../../shared/format/audit-text.ts';
import { formatDateVi, todayIso } from '../../../shared/format/dates.ts';
import type { ListColumn } from '../../sheets/list-sheet.ts';
import type { ServiceContext } from '../core/context.ts';
import { agencyOn } from './agencies.ts';
import { allAuditEntries, countAudit } from './audit-log.ts';

const ACTIONS: Record<AuditEntry['action'], string> = { create: 'Thêm', update: 'Sửa', delete: 'Xóa' };

function localTime(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

const COLUMNS: readonly ListColumn<AuditEntry>[] = [
  { header: 'STT', width: 6, value: (_, index) => index + 1 },
  { header: 'Thời điểm', width: 19, value: (entry) => localTime(entry.at) },
  { header: 'Người dùng', width: 14, value: (entry) => entry.osUser },
  { header: 'Thao tác', width: 9, value: (entry) => ACTIONS[entry.action] },
  {
    header: 'Dữ liệu',
    width: 30,
    value: (entry) => `${ENTITY_LABELS[entry.entity] ?? entry.entity}: ${entry.subject ?? `mã ${entry.entityId}`}`,
  },
  { header: 'Thay đổi', width: 70, value: (entry) => describeChanges(entry).join('\n') },
];

function describeFilter(query: AuditQuery, rows: number): string {
  const parts = [
    query.from || query.to ? `từ ${query.from ? formatDateVi(query.from) : 'đầu'} đến ${query.to ? formatDateVi(query.to) : 'nay'}` : '',
    query.user ? `người dùng ${query.user}` : '',
    query.entity ? `dữ liệu: ${ENTITY_LABELS[query.entity] ?? query.entity}` : '',
    query.entityId ? `bản ghi mã ${query.entityId}` : '',
  ].filter(Boolean);
  return `${parts.length > 0 ? `Lọc: ${parts.join('; ')}. ` : ''}${rows.toLocaleString('vi-VN')} thay đổi, mới nhất trước.`;
}

/** The filtered log as a printable .xlsx; a filter wider than the limit is refused before any work. */
export async function exportAudit(ctx: ServiceContext, query: AuditQuery): Promise<{ saved: string | null; rows: number }> {
  const rows = countAudit(ctx, query);
  if (rows > AUDIT_EXPORT_LIMIT) {
    throw new AppError(
      'invalid_input',
      `Bộ lọc có ${rows.toLocaleString('vi-VN')} thay đổi, quá ${AUDIT_EXPORT_LIMIT.toLocaleString('vi-VN')} dòng một tệp; hãy thu hẹp khoảng ngày.`,
    );
  }
  // The heading names the agency as it is today (after a reorganisation, the new one).
  const agency = agencyOn(ctx, todayIso(ctx.now()));
  const { buildListSheet } = await import('../../sheets/list-sheet.ts');
  const buffer = await buildListSheet({
    sheetName: 'Nhật ký',
    parentBody: agency.parentBody,
    agencyName: agency.name,
    title: 'NHẬT KÝ THAY ĐỔI DỮ LIỆU',
    subtitle: describeFilter(query, rows),
    columns: COLUMNS,
    rows: [...allAuditEntries(ctx, query)],
  });
  const target = await ctx.platform.chooseSavePath({ suggestedName: `Nhat-ky-thay-doi-${todayIso(ctx.now())}.xlsx`, extension: 'xlsx' });
  if (!target) return { saved: null, rows };
  fs.writeFileSync(target, buffer);
  return { saved: target, rows };
}

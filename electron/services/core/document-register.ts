import { AppError } from '../../../shared/api/errors.ts';
import { formatDateVi } from '../../../shared/format/dates.ts';
import type { ServiceContext } from './context.ts';
import { recordChange } from './audit.ts';
import { prepared } from '../../db/statements.ts';

/**
 * The register of issued papers (sổ đăng ký văn bản đi): one number per ký hiệu per year per
 * agency, never reused; the document is stored exactly as issued so it prints the same later.
 */

/** The next free number for this kind of paper from the agency in a year. */
export function nextNumber(ctx: ServiceContext, agencyId: number, symbol: string, year: number): number {
  const max = prepared(ctx.db, 'SELECT max(number) FROM issued_documents WHERE agency_id = ? AND symbol = ? AND year = ?')
    .pluck()
    .get(agencyId, symbol, year) as number | null;
  return (max ?? 0) + 1;
}

/** Refuses a number already given to another paper of that ký hiệu and year, naming the next free one. */
export function assertNumberFree(ctx: ServiceContext, agencyId: number, symbol: string, number: number, date: string): void {
  const year = Number(date.slice(0, 4));
  const taken = prepared(ctx.db, 'SELECT issued_on FROM issued_documents WHERE agency_id = ? AND year = ? AND number = ? AND symbol = ?')
    .pluck()
    .get(agencyId, year, number, symbol) as string | undefined;
  if (taken) {
    throw new AppError(
      'conflict',
      `Số ${number}/${symbol} năm ${year} đã dùng cho văn bản ngày ${formatDateVi(taken)}; số tiếp theo còn trống là ${nextNumber(ctx, agencyId, symbol, year)}.`,
      'number',
    );
  }
}

export interface IssuedEntry {
  campaignId: number;
  agencyId: number;
  kind: string;
  number: number;
  symbol: string;
  issuedOn: string;
  title: string;
  snapshot: unknown;
}

/** Writes the paper into the register (the number checked first) with its audit row; returns its id. */
export function registerIssued(ctx: ServiceContext, entry: IssuedEntry): number {
  assertNumberFree(ctx, entry.agencyId, entry.symbol, entry.number, entry.issuedOn);
  const info = prepared(
    ctx.db,
    `INSERT INTO issued_documents (campaign_id, agency_id, kind, year, number, symbol, issued_on, title, snapshot_json, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    entry.campaignId,
    entry.agencyId,
    entry.kind,
    Number(entry.issuedOn.slice(0, 4)),
    entry.number,
    entry.symbol,
    entry.issuedOn,
    entry.title,
    JSON.stringify(entry.snapshot),
    ctx.now().toISOString(),
  );
  const id = Number(info.lastInsertRowid);
  recordChange(ctx, {
    action: 'create',
    entity: 'issued_document',
    entityId: id,
    after: { id, number: entry.number, symbol: entry.symbol, issuedOn: entry.issuedOn, kind: entry.kind, campaignId: entry.campaignId },
  });
  return id;
}

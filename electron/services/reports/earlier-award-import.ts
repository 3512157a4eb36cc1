import { createHash } from 'node:crypto';
import * as z from 'zod';
import { AppError } from '../../../shared/api/errors.ts';
import {
  earlierAwardMappingSchema,
  guessMapping,
  headersKey,
  type EarlierAwardMapping,
  type EarlierAwardRow,
} from '../../../shared/domain/earlier-awards.ts';
import { foldText } from '../../../shared/text/normalize.ts';
import { prepared } from '../../db/statements.ts';
import type { SheetRow } from '../../sheets/read-sheet.ts';
import { readSetting, writeSetting } from '../core/app-settings.ts';
import { recordChange } from '../core/audit.ts';
import type { ServiceContext } from '../core/context.ts';
import { refreshAwardedBefore } from '../nominations/awarded-before.ts';
import { awardKey, earlierAwardRows, headerRowOf } from './earlier-award-rows.ts';

/**
 * Import of the office's earlier award lists into the Sổ vàng. The columns are guessed from the
 * headers, told once by the user, and remembered for files laid out the same way; a row already in
 * the history (the same file twice, or two lists naming the same award) is not added again.
 */

export interface EarlierListRequest {
  fileName: string;
  contentBase64: string;
  mapping?: EarlierAwardMapping | undefined;
}

const MAPPINGS_KEY = 'reports.earlier-award-mappings';
const mappingsSchema = z.record(z.string(), earlierAwardMappingSchema);
const SHOWN_ROWS = 500;

function rememberedMappings(ctx: ServiceContext): Record<string, EarlierAwardMapping> {
  const parsed = mappingsSchema.safeParse(readSetting(ctx, MAPPINGS_KEY));
  return parsed.success ? parsed.data : {};
}

async function readList(ctx: ServiceContext, bytes: Buffer): Promise<SheetRow[]> {
  if (ctx.platform.host === 'cli') return (await import('../../sheets/read-sheet.ts')).readSheet(bytes).rows;
  return (await import('../../sheets/read-sheet-in-worker.ts')).readSheetInWorker(bytes).then((sheet) => sheet.rows);
}

/** What the file holds under the mapping given, else the one remembered for its headers, else the one guessed. */
function listOfSheet(ctx: ServiceContext, request: EarlierListRequest, rows: readonly SheetRow[]) {
  const header = headerRowOf(rows);
  if (!header) throw new AppError('invalid_input', 'Tệp không có dòng nào.');
  const headers = header.values.map((value) => value.trim());
  const remembered = rememberedMappings(ctx)[headersKey(headers)];
  const mapping = request.mapping ?? remembered ?? guessMapping(headers);
  if (mapping.name === null) throw new AppError('invalid_input', 'Hãy chọn cột họ tên / tên tập thể.', 'mapping');
  const stored = new Set(
    (
      prepared(
        ctx.db,
        'SELECT year, kind, name, birth_year AS birthYear, award FROM earlier_awards WHERE deleted_at IS NULL AND name_folded IN (SELECT value FROM json_each(?))',
      ).all(JSON.stringify([...new Set(rows.flatMap((row) => row.values.map((value) => foldText(value))))])) as Parameters<
        typeof awardKey
      >[0][]
    ).map(awardKey),
  );
  const seen = new Set<string>();
  const parsed: EarlierAwardRow[] = earlierAwardRows(rows, header, mapping).map((row) => {
    const key = awardKey(row);
    const already = row.problem === null && (stored.has(key) || seen.has(key));
    seen.add(key);
    return { ...row, already };
  });
  return { headers, mapping, remembered: remembered !== undefined && request.mapping === undefined, rows: parsed };
}

const hashOf = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function summary(ctx: ServiceContext, request: EarlierListRequest, bytes: Buffer, list: ReturnType<typeof listOfSheet>) {
  const same = prepared(
    ctx.db,
    'SELECT file_name AS fileName, imported_at AS importedAt FROM earlier_award_imports WHERE file_hash = ? AND deleted_at IS NULL ORDER BY id DESC',
  ).get(hashOf(bytes)) as { fileName: string; importedAt: string } | undefined;
  return {
    fileName: request.fileName,
    headers: list.headers,
    mapping: list.mapping,
    remembered: list.remembered,
    rows: list.rows.slice(0, SHOWN_ROWS),
    total: list.rows.length,
    toAdd: list.rows.filter((row) => row.problem === null && !row.already).length,
    already: list.rows.filter((row) => row.already).length,
    refused: list.rows.filter((row) => row.problem !== null).length,
    sameFile: same ?? null,
  };
}

export async function previewEarlierList(ctx: ServiceContext, request: EarlierListRequest) {
  const bytes = Buffer.from(request.contentBase64, 'base64');
  const rows = await readList(ctx, bytes);
  return summary(ctx, request, bytes, listOfSheet(ctx, request, rows));
}

/** The rows not yet in the history, added in one transaction; the mapping is remembered for the file's headers. */
export async function importEarlierList(ctx: ServiceContext, request: EarlierListRequest) {
  const bytes = Buffer.from(request.contentBase64, 'base64');
  const rows = await readList(ctx, bytes);
  return ctx.db
    .transaction(() => {
      const list = listOfSheet(ctx, request, rows);
      const taken = list.rows.filter((row) => row.problem === null && !row.already);
      const result = summary(ctx, request, bytes, list);
      const mappings = { ...rememberedMappings(ctx), [headersKey(list.headers)]: list.mapping };
      writeSetting(ctx, MAPPINGS_KEY, Object.fromEntries(Object.entries(mappings).slice(-20)));
      if (taken.length === 0) return { ...result, importId: null, added: 0 };
      const at = ctx.now().toISOString();
      const importId = Number(
        prepared(ctx.db, 'INSERT INTO earlier_award_imports (file_name, file_hash, rows, imported_at) VALUES (?, ?, ?, ?)').run(
          request.fileName,
          hashOf(bytes),
          taken.length,
          at,
        ).lastInsertRowid,
      );
      const insert = prepared(
        ctx.db,
        `INSERT INTO earlier_awards (import_id, source_row, year, kind, name, name_folded, name_words, birth_year, unit_name, award, decision)
         VALUES (@importId, @row, @year, @kind, @name, @folded, ' ' || @folded, @birthYear, @unit, @award, @decision)`,
      );
      for (const row of taken) insert.run({ ...row, importId, folded: foldText(row.name) });
      refreshAwardedBefore(
        ctx,
        taken.map((row) => foldText(row.name)),
      );
      recordChange(ctx, {
        action: 'create',
        entity: 'earlier_award_import',
        entityId: importId,
        after: { fileName: request.fileName, rows: taken.length, mapping: list.mapping },
      });
      return { ...result, importId, added: taken.length };
    })
    .immediate();
}

/** Takes an imported list out of the history again (its undo); its rows stay in the file, marked removed. */
export function removeEarlierList(ctx: ServiceContext, importId: number): { removed: number } {
  const found = prepared(ctx.db, 'SELECT file_name AS fileName, rows FROM earlier_award_imports WHERE id = ? AND deleted_at IS NULL').get(
    importId,
  ) as { fileName: string; rows: number } | undefined;
  if (!found) throw new AppError('not_found', 'Không còn danh sách đã nhập này.');
  const at = ctx.now().toISOString();
  const names = prepared(ctx.db, 'SELECT DISTINCT name_folded FROM earlier_awards WHERE import_id = ? AND deleted_at IS NULL')
    .pluck()
    .all(importId) as string[];
  prepared(ctx.db, 'UPDATE earlier_awards SET deleted_at = ? WHERE import_id = ? AND deleted_at IS NULL').run(at, importId);
  prepared(ctx.db, 'UPDATE earlier_award_imports SET deleted_at = ? WHERE id = ?').run(at, importId);
  refreshAwardedBefore(ctx, names);
  recordChange(ctx, { action: 'delete', entity: 'earlier_award_import', entityId: importId, before: found });
  return { removed: found.rows };
}

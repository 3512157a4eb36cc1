import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors.ts';
import type { ServiceContext } from './context.ts';
import { prepared } from '../../db/statements.ts';

/** Files kept beside the database, named by the SHA-256 of their content (so never twice). */
export function attachmentsFolder(ctx: ServiceContext): string {
  return path.join(path.dirname(ctx.databasePath), 'tep-dinh-kem');
}

export function contentHash(bytes: Buffer): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

const MEDIA_TYPES: Record<string, string> = {
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pdf': 'application/pdf',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
};

/** Whether the kept file is whole: it exists and its content still has the hash it is named by. */
export function holdsContent(file: string, hash: string): boolean {
  try {
    return contentHash(fs.readFileSync(file)) === hash;
  } catch {
    return false;
  }
}

/**
 * Written to a temporary file, flushed to the disk, then renamed over the name: a kill or a full
 * disk leaves either the old file or the whole new one, never an empty or torn one.
 */
function writeDurably(target: string, bytes: Buffer): void {
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    const handle = fs.openSync(temporary, 'w');
    try {
      fs.writeSync(handle, bytes);
      fs.fsyncSync(handle);
    } finally {
      fs.closeSync(handle);
    }
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Copies a kept file into another folder under its hash (a backup's or, on restore, the app's),
 * unless that folder already holds it whole. False when the source is missing or not whole.
 */
export function copyKeptFile(source: string, folder: string, hash: string): boolean {
  const target = path.join(folder, hash);
  if (holdsContent(target, hash)) return true;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(source);
  } catch {
    return false;
  }
  if (contentHash(bytes) !== hash) return false;
  fs.mkdirSync(folder, { recursive: true });
  writeDurably(target, bytes);
  return true;
}

export function storeAttachment(ctx: ServiceContext, fileName: string, bytes: Buffer): string {
  const hash = contentHash(bytes);
  const folder = attachmentsFolder(ctx);
  fs.mkdirSync(folder, { recursive: true });
  const target = path.join(folder, hash);
  if (!holdsContent(target, hash)) writeDurably(target, bytes);
  prepared(ctx.db, 'INSERT OR IGNORE INTO attachments (hash, file_name, media_type, size, created_at) VALUES (?, ?, ?, ?, ?)').run(
    hash,
    fileName,
    MEDIA_TYPES[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream',
    bytes.length,
    ctx.now().toISOString(),
  );
  return hash;
}

export function readAttachment(ctx: ServiceContext, hash: string): { fileName: string; mediaType: string; contentBase64: string } {
  const row = prepared(ctx.db, 'SELECT file_name AS fileName, media_type AS mediaType FROM attachments WHERE hash = ?').get(hash) as
    { fileName: string; mediaType: string } | undefined;
  const file = path.join(attachmentsFolder(ctx), hash);
  if (!row || !fs.existsSync(file)) throw new AppError('not_found', 'Không tìm thấy tệp đính kèm.');
  const bytes = fs.readFileSync(file);
  // A file whose content no longer matches its hash is not served as if it were the original.
  if (contentHash(bytes) !== hash) {
    throw new AppError('conflict', `Tệp đính kèm "${row.fileName}" đã bị hỏng (nội dung khác bản gốc); hãy đính kèm lại tệp gốc.`);
  }
  return { ...row, contentBase64: bytes.toString('base64') };
}

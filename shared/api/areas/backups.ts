import * as z from 'zod';
import { backupEntrySchema, backupInspectionSchema, backupStateSchema } from '../../domain/backups.ts';

/**
 * Copies of the database and its kept files (Cài đặt → Sao lưu): the folder they go to, a copy
 * made now, and a restore that first says what it replaces. Paths are chosen in the main process;
 * a caller names a copy only by its file name in that folder.
 */

const backupName = z
  .string()
  .min(1, 'Chưa chọn bản sao lưu')
  .max(200, 'Tên bản sao lưu dài quá')
  .regex(/^[^/\\:*?"<>|\p{Cc}]+\.sqlite$/u, 'Tên bản sao lưu không hợp lệ');

/** The chosen backup folder, or the other folder last opened with backups.browse. */
const from = z.enum(['folder', 'browsed']);

export const backupsMethods = {
  'backups.state': { input: z.strictObject({}), output: backupStateSchema },
  /** A folder dialog in the main process; null when cancelled. */
  'backups.chooseFolder': { input: z.strictObject({}), output: backupStateSchema.nullable() },
  /**
   * A copy now, with the online backup API, kept files included; it is checked before it counts.
   * To the backup folder, or to a file chosen in the main process (null when cancelled).
   */
  'backups.create': {
    input: z.strictObject({ to: z.enum(['folder', 'chosen']).default('folder') }),
    output: backupEntrySchema.extend({ folder: z.string(), missingFiles: z.number() }).nullable(),
  },
  /** Another folder (a USB drive) to restore from, by the main process's dialog; null when cancelled. */
  'backups.browse': {
    input: z.strictObject({}),
    output: z.object({ folder: z.string(), backups: z.array(backupEntrySchema) }).nullable(),
  },
  /** Reads a copy (integrity, this app's mark, schema) and what it would replace; changes nothing. */
  'backups.inspect': { input: z.strictObject({ name: backupName, from }), output: backupInspectionSchema },
  /**
   * Replaces the data with the copy, after a copy of the current data; an older copy is brought up
   * to date first. `expectedNominees` is the count the user was shown: a copy that changed since
   * is refused rather than restored unseen.
   */
  'backups.restore': {
    input: z.strictObject({ name: backupName, from, expectedNominees: z.number().int().nonnegative().max(10_000_000) }),
    output: z.object({ restored: backupEntrySchema, safetyCopy: backupEntrySchema, migratedFrom: z.number().nullable() }),
  },
} as const;

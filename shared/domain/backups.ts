import * as z from 'zod';

/** Why a copy was made: the automatic copies are rotated, the others are kept until deleted by hand. */
export const BACKUP_KINDS = ['automatic', 'manual', 'before-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  automatic: 'tự động',
  manual: 'sao lưu ngay',
  'before-restore': 'trước khi khôi phục',
};

/** How many automatic copies are kept: the newest of each of the last 7 days and of the last 4 weeks. */
export const KEPT_DAILY = 7;
export const KEPT_WEEKLY = 4;

export const backupEntrySchema = z.object({
  /** The file's name in the backup folder; the only handle a caller has on it. */
  name: z.string(),
  kind: z.enum(BACKUP_KINDS),
  createdAt: z.string(),
  size: z.number(),
  /** Which database the copy is of (its name says); null for a copy named by hand or by an older version. */
  databaseId: z.string().nullable(),
});
export type BackupEntry = z.infer<typeof backupEntrySchema>;

/** What a database holds, to say what a restore replaces with what. */
export const databaseSummarySchema = z.object({
  schemaVersion: z.number(),
  campaigns: z.array(z.object({ year: z.number(), title: z.string() })),
  nominees: z.number(),
  attachments: z.number(),
  lastChangeAt: z.string().nullable(),
});
export type DatabaseSummary = z.infer<typeof databaseSummarySchema>;

export const backupInspectionSchema = z.object({
  backup: backupEntrySchema,
  /** Empty when the copy can be restored. */
  problems: z.array(z.string()),
  /** Null when the copy could not be read at all. */
  contents: databaseSummarySchema.nullable(),
  current: databaseSummarySchema,
  /** Kept files the copy refers to that are missing from its folder (the records are restored without them). */
  missingAttachments: z.number(),
  /** The copy is of an older schema and is brought up to date when restored. */
  migratesFrom: z.number().nullable(),
});
export type BackupInspection = z.infer<typeof backupInspectionSchema>;

export const lastBackupSchema = z.object({
  at: z.string(),
  ok: z.boolean(),
  /** The copy's name, or why none was made ("không thấy thư mục …", "không có thay đổi"). */
  message: z.string(),
});

export const backupStateSchema = z.object({
  folder: z.string(),
  /** This database's mark in the copies' names; null until its first copy. */
  databaseId: z.string().nullable(),
  /** No folder chosen yet: copies go beside the database, on the same disk. */
  folderIsDefault: z.boolean(),
  folderReachable: z.boolean(),
  backups: z.array(backupEntrySchema),
  lastAutomatic: lastBackupSchema.nullable(),
  keptDaily: z.number(),
  keptWeekly: z.number(),
});
export type BackupState = z.infer<typeof backupStateSchema>;

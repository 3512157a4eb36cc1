import fs from 'node:fs';
import path from 'node:path';
import { KEPT_DAILY, KEPT_WEEKLY, type BackupEntry, type BackupKind } from '../../../shared/domain/backups.ts';

/**
 * The copies in a backup folder: one SQLite file each, named by when and why it was made, and one
 * shared folder of kept files named by their hash (a file that never changes is copied once).
 */

const KIND_SUFFIX: Record<BackupKind, string> = { automatic: 'tu-dong', manual: 'thu-cong', 'before-restore': 'truoc-khoi-phuc' };
// The last part names the database the copy is of (copies of several files may share a folder);
// copies written before it was added have none.
const NAME =
  /^Dien-hinh-tien-tien_(\d{4}-\d{2}-\d{2})_(\d{2})-(\d{2})-(\d{2})(?:-(\d+))?_(tu-dong|thu-cong|truoc-khoi-phuc)(?:_([0-9a-f]{8}))?\.sqlite$/u;

export function poolFolder(backupFolder: string): string {
  return path.join(backupFolder, 'tep-dinh-kem');
}

function localStamp(now: Date): { day: string; time: string } {
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    day: `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`,
    time: `${two(now.getHours())}-${two(now.getMinutes())}-${two(now.getSeconds())}`,
  };
}

/** A name not yet taken in the folder, in the machine's local time (the time the user reads). */
export function newBackupName(folder: string, kind: BackupKind, now: Date, databaseId: string): string {
  const { day, time } = localStamp(now);
  for (let n = 1; ; n++) {
    const name = `Dien-hinh-tien-tien_${day}_${time}${n > 1 ? `-${n}` : ''}_${KIND_SUFFIX[kind]}_${databaseId}.sqlite`;
    if (!fs.existsSync(path.join(folder, name))) return name;
  }
}

export function parseBackupName(name: string): Pick<BackupEntry, 'kind' | 'createdAt' | 'databaseId'> | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, day, hours, minutes, seconds, , suffix, databaseId] = match;
  const kind = (Object.keys(KIND_SUFFIX) as BackupKind[]).find((key) => KIND_SUFFIX[key] === suffix);
  // The name is in this machine's local time; the entry carries the instant, shown in the reader's time.
  return kind ? { kind, createdAt: new Date(`${day}T${hours}:${minutes}:${seconds}`).toISOString(), databaseId: databaseId ?? null } : null;
}

/** The app's copies in a folder, newest first; other files there are not touched. */
export function listBackups(folder: string): BackupEntry[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .flatMap((name) => {
      const parsed = parseBackupName(name);
      if (!parsed) return [];
      const stat = fs.statSync(path.join(folder, name), { throwIfNoEntry: false });
      return stat?.isFile() ? [{ name, ...parsed, size: stat.size }] : [];
    })
    .sort((a, b) => (a.createdAt === b.createdAt ? b.name.localeCompare(a.name) : b.createdAt.localeCompare(a.createdAt)));
}

/** The day an instant falls on in this machine's time zone (an office's day, not UTC's). */
function localDay(instant: string): string {
  return localStamp(new Date(instant)).day;
}

/** The Monday of a day's ISO week, as the week's key. */
function weekOf(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

/**
 * The automatic copies of one database to delete: kept are the newest of each of the last 7 days
 * that have one and the newest of each of the last 4 weeks, and always the copy just written (a
 * clock set back would otherwise date it before the others). Copies of another database in the
 * same folder, copies made by hand and copies made before a restore stay.
 */
export function copiesToPrune(entries: readonly BackupEntry[], databaseId: string, justWritten: string): BackupEntry[] {
  const automatic = entries.filter((entry) => entry.kind === 'automatic' && entry.databaseId === databaseId);
  const kept = new Set<string>([justWritten]);
  const keepNewestBy = (key: (entry: BackupEntry) => string, limit: number) => {
    const seen = new Set<string>();
    for (const entry of automatic) {
      const group = key(entry);
      if (seen.has(group)) continue;
      if (seen.size === limit) break;
      seen.add(group);
      kept.add(entry.name);
    }
  };
  keepNewestBy((entry) => localDay(entry.createdAt), KEPT_DAILY);
  keepNewestBy((entry) => weekOf(localDay(entry.createdAt)), KEPT_WEEKLY);
  return automatic.filter((entry) => !kept.has(entry.name));
}

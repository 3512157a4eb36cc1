import fs from 'node:fs';
import os from 'node:os';
import * as z from 'zod';

/**
 * Which program has the database open as the app (the Electron window or start:browser): a small
 * file beside it with the process id, written on open and removed on close. The command line reads
 * it to say who holds the file when it has to wait, and to refuse a restore under a running app.
 * A file left by a process that no longer runs (a crash, a power cut) is ignored, and so is one
 * written before the machine last started: after a restart its process id may belong to another
 * program.
 */

const holderSchema = z.object({
  pid: z.number().int().positive(),
  host: z.enum(['electron', 'browser']),
  since: z.string(),
  /** When the machine started, in ms; older files have none. */
  bootedAt: z.number().optional(),
});
export type DatabaseHolder = z.infer<typeof holderSchema>;

export function holderFile(databasePath: string): string {
  return `${databasePath}.dang-mo.json`;
}

/** The machine's start, to a few seconds (uptime is read at a slightly different moment each time). */
function machineStartedAt(): number {
  return Date.now() - os.uptime() * 1000;
}

const SAME_BOOT_MS = 2 * 60 * 1000;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The app that holds the file, if one runs (never this process itself). */
export function currentHolder(databasePath: string): DatabaseHolder | null {
  let parsed: DatabaseHolder;
  try {
    parsed = holderSchema.parse(JSON.parse(fs.readFileSync(holderFile(databasePath), 'utf8')));
  } catch {
    return null;
  }
  if (parsed.bootedAt !== undefined && Math.abs(parsed.bootedAt - machineStartedAt()) > SAME_BOOT_MS) return null;
  return parsed.pid !== process.pid && isRunning(parsed.pid) ? parsed : null;
}

/** Marks the file as held by this process; the returned function removes the mark (only its own). */
export function holdDatabase(databasePath: string, host: DatabaseHolder['host']): () => void {
  const file = holderFile(databasePath);
  try {
    fs.writeFileSync(file, JSON.stringify({ pid: process.pid, host, since: new Date().toISOString(), bootedAt: machineStartedAt() }));
  } catch {
    return () => undefined; // A read-only folder: the app still works, the command line just cannot name it.
  }
  return () => {
    try {
      const held = holderSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
      if (held.success && held.data.pid === process.pid) fs.rmSync(file, { force: true });
    } catch {
      // Already gone.
    }
  };
}

export function describeHolder(holder: DatabaseHolder): string {
  const since = new Date(holder.since);
  const pad = (n: number) => String(n).padStart(2, '0');
  const at = Number.isNaN(since.getTime())
    ? ''
    : ` từ ${pad(since.getHours())}:${pad(since.getMinutes())} ${pad(since.getDate())}/${pad(since.getMonth() + 1)}`;
  const who = holder.host === 'electron' ? 'Ứng dụng Điển hình tiên tiến' : 'Ứng dụng (chế độ trình duyệt)';
  return `${who} đang mở tệp này (tiến trình ${holder.pid}${at})`;
}

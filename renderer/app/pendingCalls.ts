/**
 * The calls still waiting for an answer, so the shell can say "đang chờ…" when one takes longer
 * than a second (another program writing, a long piece of work) instead of looking frozen.
 */
const startedAt = new Map<number, number>();
const listeners = new Set<() => void>();
let nextId = 0;

function notify(): void {
  for (const listener of listeners) listener();
}

export function callStarted(): number {
  const id = nextId++;
  startedAt.set(id, Date.now());
  notify();
  return id;
}

export function callEnded(id: number): void {
  startedAt.delete(id);
  notify();
}

/** When the oldest call still waiting began, or null when none waits. */
export function oldestWaitingSince(): number | null {
  let oldest: number | null = null;
  for (const at of startedAt.values()) if (oldest === null || at < oldest) oldest = at;
  return oldest;
}

export function onPendingChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * What was typed in an open form, kept in localStorage as it is typed, so edits survive a page that
 * crashed, hung and was reloaded, or a window closed by accident: opening the same form again
 * offers them back. A save or a deliberate "Bỏ" removes them.
 */
const PREFIX = 'dhtt.nhap.';

export interface FormDraft<T> {
  /** What the form is about, for the notice after a restart ("Đề cử Lý Thị Sen"). */
  label: string;
  savedAt: string;
  values: T;
  /** The record as it was when the typing began: a record changed since (elsewhere, or by a restore) is said so. */
  base?: string;
}

/** Drafts older than this are not offered any more: what was typed a month ago is not what is meant now. */
const KEPT_DAYS = 30;

/** The drafts of the forms open with edits, dropped when the user chooses to leave them. */
const openDrafts = new Set<string>();

export function markDraftOpen(key: string, open: boolean): void {
  if (open) openDrafts.add(key);
  else openDrafts.delete(key);
}

/** "Rời đi, bỏ thay đổi": the edits of the open forms are given up, their drafts too. */
export function dropOpenDrafts(): void {
  for (const key of openDrafts) dropDraft(key);
  openDrafts.clear();
}

export function readDraft<T>(key: string): FormDraft<T> | null {
  const stored = window.localStorage.getItem(PREFIX + key);
  if (!stored) return null;
  try {
    const draft = JSON.parse(stored) as FormDraft<T>;
    if (Date.now() - new Date(draft.savedAt).getTime() > KEPT_DAYS * 24 * 3600 * 1000) {
      window.localStorage.removeItem(PREFIX + key);
      return null;
    }
    return draft;
  } catch {
    window.localStorage.removeItem(PREFIX + key);
    return null;
  }
}

export function dropDraft(key: string): void {
  window.localStorage.removeItem(PREFIX + key);
}

/** Every draft left, newest first: shown once when the app opens. */
export function leftDrafts(): { key: string; label: string; savedAt: string }[] {
  const drafts: { key: string; label: string; savedAt: string }[] = [];
  for (let index = 0; index < window.localStorage.length; index += 1) {
    const stored = window.localStorage.key(index);
    if (!stored?.startsWith(PREFIX)) continue;
    const draft = readDraft<unknown>(stored.slice(PREFIX.length));
    if (draft) drafts.push({ key: stored.slice(PREFIX.length), label: draft.label, savedAt: draft.savedAt });
  }
  return drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/** Keeps a form's values under its key; a full disk only loses the draft, never the form. */
export function keepDraft(key: string, label: string, values: unknown, base?: string): void {
  try {
    window.localStorage.setItem(PREFIX + key, JSON.stringify({ label, savedAt: new Date().toISOString(), values, base }));
  } catch {
    // Storage full or refused: the form itself still holds what was typed.
  }
}

export function draftTime(savedAt: string): string {
  const at = new Date(savedAt);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(at.getHours())}:${two(at.getMinutes())} ngày ${two(at.getDate())}/${two(at.getMonth() + 1)}`;
}

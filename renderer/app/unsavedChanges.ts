import { useEffect } from 'react';
import { dropOpenDrafts } from './formDrafts.ts';

/**
 * Whether some form on screen holds edits that are not saved yet. Navigation asks before
 * leaving such a form, and closing or reloading the window asks too.
 */
let dirtyForms = 0;

export function hasUnsavedChanges(): boolean {
  return dirtyForms > 0;
}

/** Resets the count once the user chose to leave and drop the edits; their drafts go too. */
export function discardUnsavedChanges(): void {
  dirtyForms = 0;
  dropOpenDrafts();
}

export function useUnsavedChanges(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return undefined;
    dirtyForms += 1;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => {
      dirtyForms = Math.max(0, dirtyForms - 1);
      window.removeEventListener('beforeunload', warn);
    };
  }, [dirty]);
}

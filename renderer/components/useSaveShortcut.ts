import { useEffect } from 'react';

/** Ctrl+S (⌘S) runs `save` wherever the focus is while the component is on screen. */
export function useSaveShortcut(save: () => unknown): void {
  // Attached again after each render, so it always calls the latest `save`.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
}

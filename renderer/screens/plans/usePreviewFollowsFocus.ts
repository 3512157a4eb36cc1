import type { FocusEvent, RefObject } from 'react';

/**
 * Keeps the A4 preview beside what is being edited: when a text box of the editor takes the
 * focus, the preview scrolls to the paragraph that shows its words (found by their beginning,
 * since the preview adds numbering and may wrap).
 */
export function usePreviewFollowsFocus(preview: RefObject<HTMLElement | null>) {
  return (event: FocusEvent<HTMLElement>) => {
    const pane = preview.current;
    const target = event.target;
    if (!pane || !(target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement)) return;
    const words = target.value.replace(/\s+/gu, ' ').trim().slice(0, 40);
    if (words.length < 6) return;
    const shown = [...pane.querySelectorAll<HTMLElement>('.doc-page p, .doc-page .doc-title, .doc-page td')].find((element) =>
      element.textContent?.replace(/\s+/gu, ' ').includes(words),
    );
    if (!shown) return;
    const top = shown.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
    pane.scrollTo({ top: Math.max(0, top - pane.clientHeight / 3), behavior: 'smooth' });
  };
}

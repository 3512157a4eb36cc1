import { useEffect, useState, type RefObject } from 'react';

const A4_WIDTH_PX = (210 * 96) / 25.4;

/** How much to shrink A4 pages so they fit the width of their pane. */
export function usePreviewScale(ref: RefObject<HTMLElement | null>): number {
  const [scale, setScale] = useState(0.6);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setScale(Math.min(1, Math.max(0.3, (entry.contentRect.width - 24) / A4_WIDTH_PX)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return scale;
}

/** An item of the flow and what the page breaker needs to know about it. */
export interface FlowItem {
  height: number;
  /** Headings must not end a page; the last paragraph stays with the signature. */
  keepWithNext: boolean;
  /** Drawn again above this item when it opens a page (a table's header rows): the space it takes. */
  repeatHeight?: number;
}

/**
 * Fills pages in order, moving an item to the next page when it does not fit and never leaving
 * a kept-with-next item at the bottom of a page. Returns the item indexes of each page.
 */
export function paginate(items: readonly FlowItem[], pageHeight: number): number[][] {
  const pages: number[][] = [[]];
  let used = 0;
  items.forEach((item, index) => {
    const page = pages[pages.length - 1] ?? [];
    if (used + item.height > pageHeight && page.length > 0) {
      // Carry trailing kept-with-next items along to the new page.
      const carried: number[] = [];
      while (page.length > 1 && items[page[page.length - 1] ?? -1]?.keepWithNext) carried.unshift(page.pop() as number);
      pages.push([...carried, index]);
      const opening = items[carried[0] ?? index];
      used = (opening?.repeatHeight ?? 0) + carried.reduce((sum, at) => sum + (items[at]?.height ?? 0), 0) + item.height;
      return;
    }
    page.push(index);
    used += item.height;
  });
  return pages;
}

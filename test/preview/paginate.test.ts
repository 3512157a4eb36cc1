import { describe, expect, it } from 'vitest';
import { paginate } from '../../renderer/preview/paginate.ts';

describe('cutting a flow into pages', () => {
  it('keeps a heading with what follows, and counts a repeated table header on each page a table runs onto', () => {
    const heading = { height: 20, keepWithNext: true };
    const head = { height: 30, keepWithNext: true };
    const row = { height: 25, keepWithNext: false, repeatHeight: 30 };
    // 100 px pages: heading + header + 2 rows fill page 1; each later page holds the header again and 2 rows.
    const pages = paginate([heading, head, row, row, row, row, row, row], 100);
    expect(pages).toEqual([
      [0, 1, 2, 3],
      [4, 5],
      [6, 7],
    ]);
    // Without the repeated header, three rows would fit on a page.
    expect(paginate([heading, head, ...Array.from({ length: 6 }, () => ({ height: 25, keepWithNext: false }))], 100)).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
    ]);
    // A heading never ends a page: it moves to the next one with the row it introduces.
    expect(paginate([{ height: 80, keepWithNext: false }, heading, { height: 25, keepWithNext: false }], 100)).toEqual([[0], [1, 2]]);
  });
});

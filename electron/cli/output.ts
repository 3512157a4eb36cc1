/** Plain-text tables for the terminal; --json prints the data instead. */
export function printTable(rows: readonly Record<string, string | number>[], columns: readonly { key: string; title: string }[]): string {
  const widths = columns.map((column) => Math.max(column.title.length, ...rows.map((row) => String(row[column.key] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [
    line(columns.map((column) => column.title)),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map((row) => line(columns.map((column) => String(row[column.key] ?? '')))),
  ].join('\n');
}

export function printJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

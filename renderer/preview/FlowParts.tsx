import { ruleLengthMm, textWidthMm } from '../../shared/document/metrics.ts';
import { SIZE } from '../../shared/document/layout.ts';
import type { AdminDocument, AppendixHeading, Table, TableCell } from '../../shared/document/model.ts';
import { HeaderPart, Runs } from './DocumentParts.tsx';

/**
 * The pieces a long flow is cut into so pages can break inside it: a table row by row (its
 * header drawn again at the top of each page it runs onto), and an attached list's heading.
 */

function Columns({ table }: { table: Table }) {
  const total = table.columnWidths.reduce((a, b) => a + b, 0);
  return (
    <colgroup>
      {table.columnWidths.map((width, index) => (
        <col key={index} style={{ width: `${(100 * width) / total}%` }} />
      ))}
    </colgroup>
  );
}

function Cells({ row, header }: { row: TableCell[]; header: boolean }) {
  return (
    <tr>
      {row.map((cell, index) =>
        header ? (
          <th key={index} colSpan={cell.colSpan}>
            <Runs runs={cell.runs} />
          </th>
        ) : (
          <td key={index} colSpan={cell.colSpan} style={{ textAlign: cell.align ?? 'left' }}>
            <Runs runs={cell.runs} />
          </td>
        ),
      )}
    </tr>
  );
}

/** The header rows of a table, alone: where the table starts, and again on each page it continues on. */
export function TableHeadPart({ table }: { table: Table }) {
  return (
    <table className="doc-table doc-table--head">
      <Columns table={table} />
      <thead>
        {table.headerRows.map((row, index) => (
          <Cells key={index} row={row} header />
        ))}
      </thead>
    </table>
  );
}

/** One body row of a table; rows stack into the table, the last one with the space after it. */
export function TableRowPart({ table, index }: { table: Table; index: number }) {
  const row = table.rows[index] ?? [];
  return (
    <table className={`doc-table doc-table--row${index === table.rows.length - 1 ? ' doc-table--last' : ''}`}>
      <Columns table={table} />
      <tbody>
        <Cells row={row} header={false} />
      </tbody>
    </table>
  );
}

/** An attached list's first lines: the agency and the Quốc hiệu (no number), its title and the reference line. */
export function AppendixPart({ doc, appendix }: { doc: AdminDocument; appendix: AppendixHeading }) {
  const longest = appendix.subtitleLines.reduce(
    (a, b) => (textWidthMm(b, SIZE.summary, true) > textWidthMm(a, SIZE.summary, true) ? b : a),
    '',
  );
  return (
    <div className="doc-appendix">
      <HeaderPart doc={doc} withNumber={false} />
      <div className="doc-title">
        <div>{appendix.title}</div>
        {appendix.subtitleLines.map((line, index) => (
          <div key={index}>{line}</div>
        ))}
        <div className="doc-appendix__reference">{appendix.reference}</div>
        <div className="doc-title__rule" style={{ width: `${ruleLengthMm(longest, SIZE.summary)}mm` }} />
      </div>
    </div>
  );
}

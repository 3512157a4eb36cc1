import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { awardedShare, totalOf, type StatisticRow } from '../../../shared/domain/statistics.ts';
import { ChartPart } from '../../preview/ChartPart.tsx';

/**
 * The chart shown, as it prints on A4 (the button "In biểu đồ", or Ctrl+P on this screen): its
 * title and year, the chart as it stands in the report, and the table of its numbers under it.
 */
export function ChartPrintCopy({
  title,
  subtitle,
  label,
  rows,
  alongYears,
}: {
  title: string;
  subtitle: string;
  label: string;
  rows: readonly StatisticRow[];
  alongYears: boolean;
}) {
  useEffect(() => {
    document.body.classList.add('has-print-copy');
    return () => document.body.classList.remove('has-print-copy');
  }, []);
  const total = totalOf(rows);
  return createPortal(
    <div className="print-copy chart-print" aria-hidden>
      <div className="chart-print__title">{title.toLocaleUpperCase('vi')}</div>
      <div className="chart-print__subtitle">{subtitle}</div>
      <ChartPart chart={{ kind: 'chart', title, rows: [...rows], alongYears }} />
      <table className="doc-table">
        <colgroup>
          {[8, 44, 14, 20, 14].map((width, index) => (
            <col key={index} style={{ width: `${width}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th>STT</th>
            <th>{label}</th>
            <th>Đề cử</th>
            <th>Được khen thưởng</th>
            <th>Tỉ lệ</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.label}>
              <td className="chart-print__number">{index + 1}</td>
              <td>{row.label}</td>
              <td className="chart-print__number">{row.nominated}</td>
              <td className="chart-print__number">{row.awarded}</td>
              <td className="chart-print__number">{awardedShare(row)}</td>
            </tr>
          ))}
          {!alongYears && (
            <tr className="chart-print__total">
              <td />
              <td>Tổng cộng</td>
              <td className="chart-print__number">{total.nominated}</td>
              <td className="chart-print__number">{total.awarded}</td>
              <td className="chart-print__number">{awardedShare(total)}</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>,
    document.body,
  );
}

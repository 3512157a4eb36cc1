import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  formatDateInText,
  formatDateInWords,
  formatDateVi,
  parseIsoDate,
  shiftDays,
  shiftYears,
} from '../../shared/format/dates.ts';

describe('dates in documents follow Nghị định 30/2020', () => {
  it('writes the header date with zeros only for days below 10 and months 1–2', () => {
    expect(formatDateInWords('2024-02-05')).toBe('ngày 05 tháng 02 năm 2024');
    expect(formatDateInWords('2024-03-20')).toBe('ngày 20 tháng 3 năm 2024');
    expect(formatDateInWords('2024-11-15')).toBe('ngày 15 tháng 11 năm 2024');
    expect(formatDateInWords('2025-01-01')).toBe('ngày 01 tháng 01 năm 2025');
  });

  it('writes dates inside running text as the seed plan does', () => {
    expect(formatDateInText('2023-01-06')).toBe('06/01/2023');
    expect(formatDateInText('2014-04-07')).toBe('07/4/2014');
    expect(formatDateInText('2024-03-20')).toBe('20/3/2024');
  });

  it('shows dd/mm/yyyy in tables', () => {
    expect(formatDateVi('2024-03-20')).toBe('20/03/2024');
    expect(formatDateVi(null)).toBe('');
  });
});

describe('parsing dates', () => {
  it('refuses impossible and malformed dates', () => {
    expect(parseIsoDate('2024-02-30')).toBeNull();
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2024-13-01')).toBeNull();
    expect(parseIsoDate('20/03/2024')).toBeNull();
    expect(parseIsoDate('2024-3-20')).toBeNull();
    expect(parseIsoDate('2024-02-29')).toEqual({ y: 2024, m: 2, d: 29 });
  });

  it('moves a date by years, keeping 29/02 inside February', () => {
    expect(shiftYears('2024-03-20', 2)).toBe('2026-03-20');
    expect(shiftYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(shiftDays('2025-07-01', -1)).toBe('2025-06-30');
    expect(shiftDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2024-03-10', '2024-03-20')).toBe(10);
    expect(daysBetween('2024-03-20', '2024-03-10')).toBe(-10);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });
});

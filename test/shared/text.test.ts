import { describe, expect, it } from 'vitest';
import { cleanText, compareVietnamese, foldText, isNfc } from '../../shared/text/normalize.ts';
import { formatCoefficient, formatInteger, formatMoney, twoDigits } from '../../shared/format/numbers.ts';
import { unitInSentence, unitNameKey, unitTitle } from '../../shared/domain/units.ts';
import { asciiFileName } from '../../shared/text/normalize.ts';

describe('Vietnamese text', () => {
  it('folds diacritics and đ for search', () => {
    expect(foldText('Hoàng Thị Mai')).toBe('hoang thi mai');
    expect(foldText('Đặng Văn Đức')).toBe('dang van duc');
    expect(foldText('  Sơn   Động ')).toBe('son dong');
  });

  it('stores NFC with single spaces, whatever the input', () => {
    const decomposed = 'Vi Thanh Quyền'.normalize('NFD');
    expect(isNfc(decomposed)).toBe(false);
    const cleaned = cleanText(`  ${decomposed}\t `);
    expect(cleaned).toBe('Vi Thanh Quyền');
    expect(isNfc(cleaned)).toBe(true);
  });

  it('sorts in Vietnamese alphabetical order', () => {
    const names = ['Đông', 'Dung', 'Ân', 'An', 'Bình', 'Ăn'];
    expect([...names].sort(compareVietnamese)).toEqual(['An', 'Ăn', 'Ân', 'Bình', 'Dung', 'Đông']);
  });

  it('formats numbers and money with dots', () => {
    expect(formatInteger(1800000)).toBe('1.800.000');
    expect(formatMoney(1410000)).toBe('1.410.000 đồng');
    expect(formatInteger(-2340000)).toBe('-2.340.000');
    expect(twoDigits(1)).toBe('01');
    expect(twoDigits(10)).toBe('10');
    expect(formatCoefficient(30)).toBe('0,3');
    expect(formatCoefficient(45)).toBe('0,45');
    expect(formatCoefficient(700)).toBe('7,0');
  });

  it('names units as documents do', () => {
    expect(unitTitle({ name: 'Sơn Động', kind: 'district' })).toBe('Huyện Sơn Động');
    expect(unitInSentence({ name: 'Chũ', kind: 'ward' })).toBe('phường Chũ');
    for (const typed of ['Huyện Sơn Động', 'huyen son dong', 'Sơn Động', 'SƠN ĐỘNG']) expect(unitNameKey(typed)).toBe('son dong');
    expect(unitNameKey('Thị xã Việt Yên')).toBe('viet yen');
    expect(unitNameKey('phường Chũ')).toBe('chu');
    expect(asciiFileName('Mẫu đề cử 2024 – Huyện Sơn Động')).toBe('Mau-de-cu-2024-Huyen-Son-Dong');
  });
});

describe('searching as users type', () => {
  it('ignores accents and case, takes one or two letters as a word’s start and three or more anywhere', async () => {
    const { matchesSearch } = await import('../../shared/text/search-match.ts');
    expect(matchesSearch('Huyện Lục Nam', 'luc nam')).toBe(true);
    expect(matchesSearch('Huyện Sơn Động', 'luc nam')).toBe(false);
    expect(matchesSearch('Nữ', 'nu')).toBe(true);
    expect(matchesSearch('Nam', 'nu')).toBe(false);
    expect(matchesSearch('Thổ', 'THO')).toBe(true);
    expect(matchesSearch('Tày', 'tay')).toBe(true);
    expect(matchesSearch('Hoàng Thị Mai', 'oang')).toBe(true);
    expect(matchesSearch('Hoàng Thị Mai', 'an')).toBe(false);
    expect(matchesSearch('Bất kỳ', '  ')).toBe(true);
  });
});

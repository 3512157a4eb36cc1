import { describe, expect, it } from 'vitest';
import { cleanMultiline, cleanText, foldText } from '../../shared/text/normalize.ts';
import { addNominees, person } from '../support/nominees.ts';
import { newSession, ok } from '../support/session.ts';
import { unitId } from '../support/award-fixture.ts';

const HIDDEN = ['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202e', '\u2066', '\u2069', '\u2060', '\u00ad', '\ufeff'];

describe('invisible characters', () => {
  it('are stripped from every stored text, keeping every Vietnamese letter and mark', () => {
    for (const hidden of HIDDEN) {
      expect(cleanText(`Lý Thị${hidden} Sen${hidden}`)).toBe('Lý Thị Sen');
      expect(cleanMultiline(`Thôn Đồng${hidden} Bụt\nXã An Lạc`)).toBe('Thôn Đồng Bụt\nXã An Lạc');
      expect(foldText(`Hoàng${hidden} Văn Tư`)).toBe('hoang van tu');
    }
    // Decomposed marks are composed, not dropped.
    expect(cleanText('Nguye\u0302\u0303n Thi\u0323 Ngo\u0323c')).toBe('Nguyễn Thị Ngọc');
  });

  it('no longer make a second nominee that looks the same: the name typed with a zero-width space is the same name', async () => {
    const session = newSession();
    const sonDong = unitId(session, 'Sơn Động');
    const [first] = addNominees(session, [person(sonDong, 'Lý Thị Sen', { birthYear: 1982 })]);
    const saved = await ok(session, 'nominees.save', { campaignId: 1, fields: person(sonDong, 'Lý Thị Sen\u200b', { birthYear: 1982 }) });
    expect(saved.name).toBe('Lý Thị Sen');
    expect(saved.warnings.map((warning) => warning.rule)).toContain('possible-duplicate');
    const names = session.db.prepare('SELECT DISTINCT name FROM nominees').pluck().all();
    expect(names).toEqual(['Lý Thị Sen']);
    expect(first).toBeGreaterThan(0);
  });
});

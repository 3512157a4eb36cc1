import { describe, expect, it } from 'vitest';
import ethnicJson from '../../resources/reference/dan-toc.json' with { type: 'json' };
import { matchEthnicity, type EthnicGroup } from '../../shared/domain/ethnic-match.ts';
import { collectiveName, givenNameKey, parseBirthYear, parseGender, parseKind, personName } from '../../shared/domain/nominee-fields.ts';
import { impossibleSyllables, tcvn3ToUnicode, toUnicodeVietnamese, vniToUnicode } from '../../shared/text/legacy-encodings.ts';
import { compareVietnamese } from '../../shared/text/normalize.ts';

const groups = ethnicJson.groups as EthnicGroup[];

describe('legacy Vietnamese encodings', () => {
  it('converts TCVN3 (.VnTime) text', () => {
    expect(tcvn3ToUnicode('§Æng V¨n §øc')).toBe('Đặng Văn Đức');
    expect(toUnicodeVietnamese('Hoµng ThÞ Mai')).toEqual({ text: 'Hoàng Thị Mai', encoding: 'tcvn3' });
    expect(toUnicodeVietnamese('Lôc Ng¹n')).toEqual({ text: 'Lục Ngạn', encoding: 'tcvn3' });
  });

  it('converts VNI text', () => {
    expect(vniToUnicode('Nguyeãn Thò Höông')).toBe('Nguyễn Thị Hương');
    expect(toUnicodeVietnamese('Löôøng Vaên Ñöùc')).toEqual({ text: 'Lường Văn Đức', encoding: 'vni' });
    expect(toUnicodeVietnamese('Tieáng Vieät')).toEqual({ text: 'Tiếng Việt', encoding: 'vni' });
  });

  it('leaves Unicode Vietnamese and Latin words alone', () => {
    for (const text of ['Hoàng Thị Mai', 'Thò', 'Sán Chay', 'VietGAP', 'HTX Quý Sơn', '0912.000.001']) {
      expect(toUnicodeVietnamese(text)).toEqual({ text, encoding: 'unicode' });
    }
  });

  it('uses the file’s encoding to settle a cell that reads both ways', () => {
    expect(toUnicodeVietnamese('Laïng Giang', 'vni').text).toBe('Lạng Giang');
  });

  it('knows what cannot be a Vietnamese syllable', () => {
    expect(impossibleSyllables('Nguyễn Thị Hương khuya quyết giữa')).toBe(0);
    expect(impossibleSyllables('Hửụng Nguyeón')).toBe(2);
  });
});

describe('field normalisers', () => {
  it('reads kinds and genders in any case, with or without diacritics', () => {
    for (const raw of ['Cá nhân', 'cá nhân', 'CÁ NHÂN', 'ca nhan', 'CN']) expect(parseKind(raw)).toEqual({ ok: true, value: 'individual' });
    for (const raw of ['Tập thể', 'TẬP THỂ', 'tap the']) expect(parseKind(raw)).toEqual({ ok: true, value: 'collective' });
    for (const raw of ['Nữ', 'nữ', 'NỮ', 'nu']) expect(parseGender(raw)).toEqual({ ok: true, value: 'female' });
    expect(parseGender('Nam')).toEqual({ ok: true, value: 'male' });
    expect(parseGender('khác').ok).toBe(false);
    expect(parseKind('hộ').ok).toBe(false);
  });

  it('reads years typed as numbers, text or dates and refuses the impossible', () => {
    expect(parseBirthYear(1975, 2026)).toEqual({ ok: true, value: 1975 });
    expect(parseBirthYear('1975.0', 2026)).toEqual({ ok: true, value: 1975 });
    expect(parseBirthYear('năm 1975', 2026)).toEqual({ ok: true, value: 1975 });
    expect(parseBirthYear('02/03/1975', 2026)).toEqual({ ok: true, value: 1975 });
    expect(parseBirthYear('75', 2026).ok).toBe(false);
    expect(parseBirthYear('2030', 2026).ok).toBe(false);
    // Impossible or ambiguous values are refused with their reason, never guessed.
    expect(parseBirthYear('31/02/1975', 2026)).toEqual({ ok: false, reason: 'Năm sinh "31/02/1975" không phải ngày có thật' });
    expect(parseBirthYear('00/00/1976', 2026).ok).toBe(false);
    expect(parseBirthYear('15/13/1977', 2026).ok).toBe(false);
    expect(parseBirthYear('1977-02-30', 2026).ok).toBe(false);
    expect(parseBirthYear('13/1977', 2026).ok).toBe(false);
    expect(parseBirthYear('−1975', 2026)).toEqual({ ok: false, reason: 'Năm sinh "−1975" có dấu trừ hoặc dấu cộng, không phải một năm' });
    expect(parseBirthYear('-1975', 2026).ok).toBe(false);
    expect(parseBirthYear('năm 1900 hoặc 2000', 2026)).toEqual({
      ok: false,
      reason: 'Năm sinh "năm 1900 hoặc 2000" có 2 năm khác nhau (1900, 2000): hãy ghi một năm',
    });
    expect(parseBirthYear('29/02/1980', 2026)).toEqual({ ok: true, value: 1980 });
    expect(parseBirthYear('05/1982', 2026)).toEqual({ ok: true, value: 1982 });
    expect(parseBirthYear('1982-05-12', 2026)).toEqual({ ok: true, value: 1982 });
  });

  it('writes names as Vietnamese documents do and sorts by given name', () => {
    expect(personName('  hoàng   THỊ mai ')).toBe('Hoàng Thị Mai');
    expect(collectiveName('HỢP TÁC XÃ NÔNG NGHIỆP QUÝ SƠN')).toBe('Hợp Tác Xã Nông Nghiệp Quý Sơn');
    const names = ['Nguyễn Văn Bình', 'Hoàng Thị An', 'Đặng Văn An', 'Lý Thị Đào'];
    expect([...names].sort((a, b) => compareVietnamese(givenNameKey(a), givenNameKey(b)))).toEqual([
      'Đặng Văn An',
      'Hoàng Thị An',
      'Nguyễn Văn Bình',
      'Lý Thị Đào',
    ]);
  });
});

describe('ethnic names', () => {
  it('finds a group by name, spelling without diacritics, other name or code', () => {
    expect(matchEthnicity('Tày', groups)).toEqual({ kind: 'found', code: '02', via: 'name' });
    expect(matchEthnicity('tay', groups)).toMatchObject({ code: '02' });
    expect(matchEthnicity('Cao Lan', groups)).toEqual({ kind: 'found', code: '15', via: 'alias' });
    expect(matchEthnicity('San Chi', groups)).toMatchObject({ code: '15' });
    expect(matchEthnicity("H'Mông", groups)).toMatchObject({ code: '08' });
    expect(matchEthnicity('Mông', groups)).toMatchObject({ code: '08' });
    expect(matchEthnicity('Khmer', groups)).toMatchObject({ code: '05' });
    expect(matchEthnicity('7', groups)).toEqual({ kind: 'found', code: '07', via: 'code' });
  });

  it('takes every official name as that group, in any case, with or without "dân tộc"', () => {
    for (const group of groups) {
      for (const written of [
        group.name,
        group.displayName,
        group.name.toUpperCase(),
        `dân tộc ${group.displayName}`,
        `Dân tộc ${group.name}`,
      ]) {
        expect({ written, code: matchEthnicity(written, groups) }).toMatchObject({ written, code: { kind: 'found', code: group.code } });
      }
    }
    // Thổ is also an old name of Tày and Khmer: the match says so, for the preview to mention it.
    expect(matchEthnicity('tho', groups)).toEqual({ kind: 'found', code: '24', via: 'name', alsoWrittenFor: ['02', '05'] });
    expect(matchEthnicity('DÂN TỘC THỔ', groups)).toMatchObject({ code: '24' });
  });

  it('never guesses any other name that can mean several groups', () => {
    expect(matchEthnicity('Mán', groups).kind).toBe('ambiguous');
    expect(matchEthnicity('Trại', groups).kind).toBe('ambiguous');
    expect(matchEthnicity('Martian', groups).kind).toBe('unknown');
  });
});

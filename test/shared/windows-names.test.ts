import { describe, expect, it } from 'vitest';
import { windowsFileName, windowsName } from '../../shared/text/windows-names.ts';

describe('names Windows accepts', () => {
  it('keeps the Vietnamese letters in NFC and removes what Windows refuses', () => {
    expect(windowsName('Ly\u0301 Thi\u0323 Sen')).toBe('Lý Thị Sen');
    expect(windowsName('HTX <An Lạc>: "na" / bưởi \\ cam | quýt? *')).toBe('HTX An Lạc na bưởi cam quýt');
    expect(windowsName('Tổ hợp tác\tsố\n2')).toBe('Tổ hợp tác số 2');
    expect(windowsName('Câu lạc bộ then...  ')).toBe('Câu lạc bộ then');
    expect(windowsName('???')).toBe('_');
  });

  it('never gives a reserved device name, with or without an extension', () => {
    for (const reserved of ['CON', 'prn', 'Aux', 'NUL', 'COM1', 'lpt9']) expect(windowsName(reserved)).toBe(`_${reserved}`);
    expect(windowsFileName('CON', 'docx')).toBe('_CON.docx');
    expect(windowsName('Console')).toBe('Console');
    expect(windowsName('COM10')).toBe('COM10');
  });

  it('cuts long names so that a path stays well under 260 characters', () => {
    const long = 'Hợp tác xã dịch vụ nông nghiệp tổng hợp '.repeat(6);
    expect(windowsName(long).length).toBeLessThanOrEqual(80);
    expect(windowsName(long)).not.toMatch(/[. ]$/u);
    const file = windowsFileName(`01 - ${long}`, 'docx');
    expect(file.length).toBeLessThanOrEqual(100);
    expect(file.endsWith('.docx')).toBe(true);
  });
});

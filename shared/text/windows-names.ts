/**
 * File and folder names that Windows accepts, keeping the Vietnamese letters: NTFS stores any
 * Unicode name and Explorer shows it, so "Lý Thị Sen" stays readable (NFC, so one name is one
 * spelling). What Windows refuses is removed: the characters < > : " / \ | ? * and control
 * characters, a dot or space at the end, the reserved device names (CON, PRN, AUX, NUL, COM1–9,
 * LPT1–9, with or without an extension), and lengths that would push a path near 260 characters.
 */

// Control characters (below U+0020, and U+007F) are refused by Windows too.
// eslint-disable-next-line no-control-regex -- the control characters are exactly what is matched
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/gu;
const RESERVED = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/iu;

/** One path component: forbidden characters become spaces, spaces collapse, at most `maxLength` characters. */
export function windowsName(value: string, maxLength = 80): string {
  let name = value.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/gu, ' ').trim();
  if (name.length > maxLength) name = name.slice(0, maxLength);
  name = name.replace(/[. ]+$/u, '');
  if (name === '') return '_';
  const stem = name.split('.')[0] ?? name;
  return RESERVED.test(stem) ? `_${name}` : name;
}

/** A file name with its extension, the stem cut so that the whole stays within `maxLength`. */
export function windowsFileName(stem: string, extension: string, maxLength = 100): string {
  const ext = extension.replace(/^\./u, '');
  return `${windowsName(stem, Math.max(1, maxLength - ext.length - 1))}.${ext}`;
}

/**
 * A sort key that orders Vietnamese text as a dictionary does (a < ă < â < b … d < đ …, tones
 * after letters: a, à, ả, ã, á, ạ), so SQLite can sort and page with a plain index.
 */
const LETTERS = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
const TONES: Record<string, number> = { '\u0300': 1, '\u0309': 2, '\u0303': 3, '\u0301': 4, '\u0323': 5 };

export function vietnameseSortKey(text: string): string {
  let primary = '';
  let secondary = '';
  for (const char of text.normalize('NFC').toLowerCase()) {
    const parts = char.normalize('NFD');
    let tone = 0;
    let base = '';
    for (const part of parts) {
      const mark = TONES[part];
      if (mark !== undefined) tone = mark;
      else base += part;
    }
    const letter = base.normalize('NFC');
    const index = LETTERS.indexOf(letter);
    if (index >= 0) {
      primary += String.fromCharCode(0x41 + index);
      secondary += String.fromCharCode(0x30 + tone);
    } else if (/\s/u.test(letter)) {
      primary += ' ';
    } else if (/\d/u.test(letter)) {
      primary += `!${letter}`;
    }
  }
  return `${primary}\u0001${secondary}`;
}

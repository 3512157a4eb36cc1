import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allChunks, firstLoadChunks } from '../support/renderer-chunks.ts';
import { repoPath } from '../support/paths.ts';

const contains = (file: string, marker: string) => fs.readFileSync(path.join(repoPath('dist/renderer'), file), 'utf8').includes(marker);

describe('the built renderer', () => {
  it('starts with the shell only: the screens, the editors and their libraries load when first opened', () => {
    const first = firstLoadChunks();
    expect(first.length).toBeGreaterThan(0);
    const firstBytes = first.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
    const allBytes = allChunks().reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
    expect(firstBytes).toBeLessThanOrEqual(400 * 1024);
    expect(firstBytes).toBeLessThan(allBytes * 0.6);
    // The rich-text editor (ProseMirror) and the nominee list are not in what the page loads first.
    for (const chunk of first) {
      expect(contains(chunk.file, 'ProseMirror'), chunk.file).toBe(false);
      expect(contains(chunk.file, 'Tìm theo tên (gõ không dấu'), chunk.file).toBe(false);
    }
    expect(allChunks().some((chunk) => contains(chunk.file, 'ProseMirror'))).toBe(true);
  });
});

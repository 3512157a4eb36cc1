import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStale, writeRecord } from '../../electron/build/freshness.cjs';
import { makeTempDir } from '../support/temp.ts';

function touch(file: string, at: number) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, '');
  fs.utimesSync(file, at / 1000, at / 1000);
}

describe('rebuilding only what changed', () => {
  it('is fresh after a build and stale once one of its files, the lock file, or a deleted file says so', () => {
    const { dir, cleanup } = makeTempDir();
    try {
      const built = Date.now() - 60_000;
      for (const file of ['package.json', 'package-lock.json', 'src/a.ts', 'src/b.ts', 'src/unused.ts'])
        touch(path.join(dir, file), built - 1_000);
      const record = path.join(dir, 'dist/.build/part.json');
      expect(isStale(dir, record)).toBe(true);
      writeRecord(dir, record, ['src/a.ts', path.join(dir, 'src/b.ts'), 'node_modules/x/index.js', '\0virtual'], built);
      expect(JSON.parse(fs.readFileSync(record, 'utf8')).inputs).toEqual(['src/a.ts', 'src/b.ts']);
      expect(isStale(dir, record)).toBe(false);
      touch(path.join(dir, 'src/unused.ts'), built + 5_000);
      expect(isStale(dir, record)).toBe(false);
      touch(path.join(dir, 'src/b.ts'), built + 5_000);
      expect(isStale(dir, record)).toBe(true);
      touch(path.join(dir, 'src/b.ts'), built - 1_000);
      touch(path.join(dir, 'package-lock.json'), built + 5_000);
      expect(isStale(dir, record)).toBe(true);
      touch(path.join(dir, 'package-lock.json'), built - 1_000);
      fs.rmSync(path.join(dir, 'src/a.ts'));
      expect(isStale(dir, record)).toBe(true);
      fs.writeFileSync(record, 'pas du json');
      expect(isStale(dir, record)).toBe(true);
    } finally {
      cleanup();
    }
  });
});

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { repoPath } from './paths.ts';

const RENDERER_DIST = repoPath('dist/renderer');

/** A built script and its size as served compressed. */
export interface Chunk {
  file: string;
  gzipBytes: number;
}

const gzipped = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(RENDERER_DIST, file))).length;

/** What the page loads before anything is shown: the entry script and the chunks it preloads. */
export function firstLoadChunks(): Chunk[] {
  const html = fs.readFileSync(path.join(RENDERER_DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\.\/([^"]+\.js)"/gu)].map(
    (m) => m[1] ?? '',
  );
  return files.map((file) => ({ file, gzipBytes: gzipped(file) }));
}

export function allChunks(): Chunk[] {
  return fs
    .readdirSync(path.join(RENDERER_DIST, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ file: `assets/${name}`, gzipBytes: gzipped(`assets/${name}`) }));
}

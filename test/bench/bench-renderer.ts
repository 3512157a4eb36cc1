import { allChunks, firstLoadChunks } from '../support/renderer-chunks.ts';
import { heading, record } from './timing.ts';

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

/** The size of what the page loads before it shows anything, beside the whole renderer (gzip). */
export function benchRenderer(): void {
  heading('Giao diện (gzip)');
  const first = firstLoadChunks().reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
  const all = allChunks();
  const total = all.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
  record('Phần tải lúc mở (gzip)', first / 1024, 'kB', '≤ 400 kB');
  record('Toàn bộ giao diện (gzip)', total / 1024, 'kB');
  console.log(`${'Phần tải lúc mở (tệp vào và các phần nạp sẵn)'.padEnd(64)} ${kilobytes(first).padStart(9)}      (mục tiêu ≤ 400 kB)`);
  console.log(`${`  toàn bộ giao diện (${all.length} phần)`.padEnd(64)} ${kilobytes(total).padStart(9)}`);
}

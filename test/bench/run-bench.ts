import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSession } from '../../electron/session.ts';
import { makeTempDir } from '../support/temp.ts';
import { benchDocuments } from './bench-documents.ts';
import { benchNominations } from './bench-nominations.ts';

/**
 * `npm run bench`: prints the speed figures the issues name (never asserted in tests).
 * Each figure is the median of several runs on this machine.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function time(runs: number, action: () => unknown | Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await action();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function report(label: string, ms: number, target?: string): void {
  console.log(`${label.padEnd(58)} ${ms.toFixed(1).padStart(8)} ms${target ? `   (mục tiêu ${target})` : ''}`);
}

const temp = makeTempDir('dhtt-bench-');
try {
  let n = 0;
  report(
    'Tạo cơ sở dữ liệu mới (migrations + dữ liệu 2024)',
    await time(5, () => openSession({ databasePath: path.join(temp.dir, `new-${n++}.sqlite`) }).close()),
  );
  const session = openSession({ databasePath: path.join(temp.dir, 'bench.sqlite') });
  report('Mở cơ sở dữ liệu đã có', await time(10, () => openSession({ databasePath: path.join(temp.dir, 'bench.sqlite') }).close()));
  report('overview.get (Tổng quan)', await time(50, () => session.dispatch('overview.get', { campaignId: 1 })));
  report('campaigns.get', await time(50, () => session.dispatch('campaigns.get', { campaignId: 1 })));
  report(
    'units.update (một giao dịch + nhật ký)',
    await time(50, () => session.dispatch('units.update', { id: 1, fields: { email: `a${n++}@b.vn` } })),
  );
  session.close();
  const cli = path.join(root, 'electron/build/run-cli.mjs');
  spawnSync(process.execPath, [cli, 'campaigns', '--db', path.join(temp.dir, 'bench.sqlite')]);
  await benchDocuments(temp.dir, time, report);
  await benchNominations(temp.dir, time, report);
  report(
    'Dòng lệnh: campaigns (cả khởi động Node)',
    await time(5, () => spawnSync(process.execPath, [cli, 'campaigns', '--db', path.join(temp.dir, 'bench.sqlite')])),
    'dưới 1 giây',
  );
} finally {
  temp.cleanup();
}

import path from 'node:path';
import { openSession } from '../../electron/session/open-session.ts';
import { makeTempDir } from '../support/temp.ts';
import { benchAwards } from './bench-awards.ts';
import { benchDocuments } from './bench-documents.ts';
import { benchImport } from './bench-import.ts';
import { benchScale } from './bench-scale.ts';
import { benchStartup } from './bench-startup.ts';
import { benchRenderer } from './bench-renderer.ts';
import { benchHistory } from './bench-history.ts';
import fs from 'node:fs';
import { heading, recordedFigures, report, time } from './timing.ts';

/**
 * `npm run bench`: prints the speed figures the issues name, each beside its target (never
 * asserted in tests). Figures are medians of several runs on this machine. With `--out FILE`
 * they are also written there as JSON (one entry per figure: section, label, value, unit, target).
 */
const outIndex = process.argv.indexOf('--out');
const outFile = outIndex >= 0 ? process.argv[outIndex + 1] : undefined;
if (outIndex >= 0 && !outFile) throw new Error('--out cần tên tệp JSON.');
const temp = makeTempDir('dhtt-bench-');
try {
  benchRenderer();
  heading('Cơ sở dữ liệu');
  let n = 0;
  report(
    'Tạo cơ sở dữ liệu mới (migrations + dữ liệu 2024)',
    await time(5, () => openSession({ databasePath: path.join(temp.dir, `new-${n++}.sqlite`) }).close()),
  );
  const session = openSession({ databasePath: path.join(temp.dir, 'bench.sqlite') });
  report('Mở cơ sở dữ liệu đã có', await time(10, () => openSession({ databasePath: path.join(temp.dir, 'bench.sqlite') }).close()));
  report(
    'units.update (một giao dịch + nhật ký)',
    await time(50, () => session.dispatch('units.update', { id: 1, fields: { email: `a${n++}@b.vn` } })),
  );
  session.close();
  await benchDocuments(temp.dir, time, report);
  await benchAwards(temp.dir);
  const districtFile = await benchImport(temp.dir);
  const only = process.argv.includes('--quick') ? [50_000] : [50_000, 200_000];
  for (const count of only) await benchScale(temp.dir, count);
  await benchHistory(temp.dir, districtFile);
  benchStartup(temp.dir, districtFile);
  if (outFile) {
    const measured = {
      measuredAt: new Date().toISOString(),
      node: process.version,
      cpus: (await import('node:os')).cpus().length,
      figures: recordedFigures(),
    };
    fs.writeFileSync(outFile, `${JSON.stringify(measured, null, 2)}\n`);
    console.log(`\nĐã ghi ${recordedFigures().length} số đo vào ${outFile}.`);
  }
} finally {
  temp.cleanup();
}

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openSession } from '../../electron/session/open-session.ts';
import { bigDistrictFile } from './district-file.ts';
import { heading, report, time } from './timing.ts';

const PYTHON = '/usr/bin/python3';

/** A district file of 5,000 rows: its preview beside openpyxl's plain read (in process), and its import. */
export async function benchImport(dir: string): Promise<string> {
  heading('Nhập tệp đề cử của đơn vị (trong tiến trình)');
  const file = path.join(dir, 'luc-ngan-5000.xlsx');
  await bigDistrictFile(file, 5000);
  const session = openSession({ databasePath: path.join(dir, 'import.sqlite') });
  const request = { campaignId: 1, fileName: 'luc-ngan-5000.xlsx', contentBase64: fs.readFileSync(file).toString('base64') };
  const preview = await time(5, () => session.dispatch('imports.preview', request));
  const openpyxl = Number(
    execFileSync(
      PYTHON,
      [
        '-c',
        `
import sys, time
from openpyxl import load_workbook
best = []
for _ in range(5):
    t = time.perf_counter()
    wb = load_workbook(sys.argv[1], read_only=True)
    for row in wb.worksheets[0].iter_rows(values_only=True):
        for value in row:
            pass
    best.append((time.perf_counter() - t) * 1000)
best.sort()
print(best[len(best) // 2])
`,
        file,
      ],
      { encoding: 'utf8' },
    ).trim(),
  );
  report('Xem trước tệp 5.000 dòng', preview);
  report('  openpyxl đọc thuần cùng tệp (read_only)', openpyxl);
  console.log(`${'  tỉ lệ xem trước / openpyxl'.padEnd(64)} ${(preview / openpyxl).toFixed(2).padStart(9)}      (mục tiêu ≤ 1,00)`);
  // Each import into a database of its own, as a district's first file arrives; the median of three.
  const fresh = [1, 2, 3].map((n) => openSession({ databasePath: path.join(dir, `import-${n}.sqlite`) }));
  let next = 0;
  const commit = await time(3, () => fresh[next++]?.dispatch('imports.commit', request));
  fresh.forEach((other) => other.close());
  report('Nhập 5.000 dòng (đọc + ghi, một giao dịch)', commit);
  report('  trong đó phần ghi (trừ thời gian xem trước)', commit - preview, 'dưới 500 ms');
  session.close();
  return file;
}

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoPath } from '../support/paths.ts';
import { compareProcesses, heading, median, report } from './timing.ts';

const PYTHON = '/usr/bin/python3';

/**
 * Whole processes, each beside its yardstick and timed in turn: the command line's start-up
 * against a bare Node script doing the same query, a whole-file preview against openpyxl, a real
 * import against the dry run, and a start of the app when nothing changed against a full build.
 */
export function benchStartup(dir: string, districtFile: string): void {
  heading('Khởi động (cả tiến trình; so với thước đo, chạy xen kẽ A B A B …)');
  const node = process.execPath;
  const cli = repoPath('electron/build/run-cli.cjs');
  const db = path.join(dir, 'startup.sqlite');
  spawnSync(node, [cli, 'init', '--db', db]);
  compareProcesses(
    { label: 'Dòng lệnh: campaigns', command: node, args: [cli, 'campaigns', '--db', db] },
    {
      label: 'script Node thuần mở tệp bằng better-sqlite3, cùng truy vấn',
      command: node,
      args: [repoPath('test/bench/bare-campaigns.mjs'), db],
    },
    9,
    '≤ 1,5',
  );
  const importArgs = ['import', 'nominations', '--campaign', '2024', '--db', db, '--file', districtFile];
  compareProcesses(
    { label: 'Dòng lệnh: xem trước tệp 5.000 dòng (--dry-run)', command: node, args: [cli, ...importArgs, '--dry-run'] },
    {
      label: 'openpyxl đọc thuần cùng tệp (read_only), cả tiến trình',
      command: PYTHON,
      args: [repoPath('test/bench/openpyxl-read.py'), districtFile],
    },
    7,
    '≤ 1,0',
  );
  const fresh = path.join(dir, 'import-target.sqlite');
  compareProcesses(
    {
      label: 'Dòng lệnh: nhập thật tệp 5.000 dòng (vào tệp mới)',
      command: node,
      args: [cli, ...importArgs.map((arg) => (arg === db ? fresh : arg))],
      before: () => fs.copyFileSync(db, fresh),
    },
    { label: 'xem trước (--dry-run) cùng tệp', command: node, args: [cli, ...importArgs, '--dry-run'] },
    5,
    'đọc tệp một lần: gần 1 cộng phần ghi',
  );
  const tsx = repoPath('node_modules/tsx/dist/cli.mjs');
  const build = (flag: string[]) => {
    const start = performance.now();
    const result = spawnSync(node, [tsx, repoPath('electron/build/build.ts'), ...flag], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(result.stderr);
    return performance.now() - start;
  };
  build([]);
  report('Khởi động start:browser/npm start khi không đổi gì (--if-changed)', median([1, 2, 3].map(() => build(['--if-changed']))));
  report('  so với: đóng gói lại toàn bộ (npm run build)', median([1, 2].map(() => build([]))));
}

import fs from 'node:fs';
import path from 'node:path';
import type { Session } from '../../electron/session/open-session.ts';
import { automaticBackup } from '../../electron/services/backups/automatic-backup.ts';
import { report, time } from './timing.ts';

/** A copy of the whole database with the online backup API, a restore of it, and the start-up check that skips an unchanged one. */
export async function benchBackups(session: Session, count: number): Promise<void> {
  const call = async (method: string, input: unknown) => {
    const result = await session.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as { name: string; size: number; folder: string } | null;
  };
  let last: { name: string; size: number; folder: string } | null = null;
  report(
    `Sao lưu ngay (${count.toLocaleString('vi-VN')} đề cử, API sao lưu của SQLite, kiểm tra lại bản sao)`,
    await time(3, async () => {
      last = await call('backups.create', {});
    }),
  );
  if (!last) return;
  const copy: { name: string; size: number; folder: string } = last;
  console.log(`    kích thước bản sao: ${(copy.size / 1024 / 1024).toFixed(1)} MB`);
  const inspection = (await session.dispatch('backups.inspect', { name: copy.name, from: 'folder' })) as {
    ok: boolean;
    value?: { contents: { nominees: number } | null };
  };
  const expectedNominees = inspection.value?.contents?.nominees ?? 0;
  report(
    'Khôi phục bản sao đó (xem trước, bản sao dữ liệu hiện có, ghi vào tệp đang mở)',
    await time(1, () => call('backups.restore', { name: copy.name, from: 'folder', expectedNominees })),
  );
  await automaticBackup(session.ctx);
  report('Sao lưu tự động khi không có thay đổi (bỏ qua)', await time(5, () => automaticBackup(session.ctx)));
  fs.rmSync(path.join(copy.folder), { recursive: true, force: true });
}

import fs from 'node:fs';
import path from 'node:path';
import { openSession } from '../../electron/session/open-session.ts';
import { historyDatabase } from './history-database.ts';
import { heading, report, time } from './timing.ts';

/**
 * The app after twenty years: 20 campaigns × 5,000 nominees, each with 5 activities and an
 * evaluation. Each screen's main query on the latest campaign, the history search across all,
 * opening the file (with its migration check) and the first query, an import preview and the exports.
 */
export async function benchHistory(dir: string, districtPath: string): Promise<void> {
  const districtFile = { fileName: path.basename(districtPath), contentBase64: fs.readFileSync(districtPath).toString('base64') };
  const { session, file, buildMs } = await historyDatabase(dir);
  heading('Hai mươi năm: 20 chiến dịch × 5.000 đề cử, mỗi đề cử 5 hoạt động và một đánh giá');
  report('  (dựng cơ sở dữ liệu thử, không tính vào mục tiêu)', buildMs);
  const call = async (method: string, input: unknown) => {
    const result = await session.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
  const campaignId = session.db.prepare('SELECT id FROM campaigns WHERE year = 2024').pluck().get() as number;
  const unitId = session.db.prepare('SELECT unit_id FROM campaign_quotas WHERE campaign_id = ? ORDER BY position').pluck().get(campaignId);
  const screen = async (label: string, method: string, input: Record<string, unknown>) =>
    report(label, await time(7, () => call(method, input)), 'dưới 20 ms');
  await screen('Tổng quan (overview.get)', 'overview.get', { campaignId });
  await screen('Đề cử: trang đầu (nominees.list)', 'nominees.list', { campaignId });
  await screen('Đề cử: thẻ đơn vị (submissions.list)', 'submissions.list', { campaignId });
  await screen('Bồi dưỡng: bảng theo quý của một đơn vị (nurturing.coverage)', 'nurturing.coverage', { campaignId, unitId });
  await screen('Đánh giá: so sánh một đơn vị (evaluations.proposals)', 'evaluations.proposals', { campaignId, unitId });
  await screen('Khen thưởng (awards.state)', 'awards.state', { campaignId });
  await screen('Báo cáo: số liệu (reports.statistics)', 'reports.statistics', { campaignId });
  await screen('Sổ vàng: tìm "trieu kim long" trong 20 năm', 'reports.history', { search: 'trieu kim long' });
  await screen('Sổ vàng: tìm "hoang" trong 20 năm', 'reports.history', { search: 'hoang' });
  session.close();
  report(
    'Mở tệp, kiểm tra lược đồ và truy vấn đầu tiên (campaigns.list)',
    await time(5, async () => {
      const opened = openSession({ databasePath: file });
      await opened.dispatch('campaigns.list', {});
      opened.close();
    }),
    'dưới 300 ms',
  );
  const again = openSession({ databasePath: file });
  const run = async (method: string, input: unknown) => {
    const result = await again.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  };
  report('Xem trước tệp 5.000 dòng vào chiến dịch 2024', await time(3, () => run('imports.preview', { campaignId, ...districtFile })));
  report('Xuất danh sách đề cử 5.000 dòng (.xlsx, dựng tệp)', await time(3, () => run('nominees.export', { campaignId })));
  report('Xuất danh sách khen thưởng (.xlsx, dựng tệp)', await time(3, () => run('awards.exportList', { campaignId })));
  report('Xuất một bảng thống kê (.xlsx, dựng tệp)', await time(3, () => run('reports.exportTable', { campaignId, dimension: 'unit' })));
  report('Xuất báo cáo kết quả (.docx, dựng tệp)', await time(3, () => run('reports.exportResult', { campaignId, draft: true })));
  again.close();
}

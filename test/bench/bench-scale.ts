import { setNomineeStatuses } from '../../electron/services/nominations/nominees.ts';
import { scaleDatabase } from './scale-database.ts';
import { heading, report, time } from './timing.ts';
import { benchNurturingEvaluation } from './bench-nurturing-evaluation.ts';
import { benchBackups } from './bench-backups.ts';

/**
 * The Đề cử list and the writes that move stored figures, at 50,000 nominees (the targets) and at
 * 200,000 (how the cost grows): every list query, a plan save, the unit cards after it, status
 * changes one at a time and a thousand in one action.
 */
export async function benchScale(dir: string, count: number): Promise<void> {
  const { session, recomputeMs } = scaleDatabase(dir, count);
  const n = count.toLocaleString('vi-VN');
  heading(`Danh sách Đề cử và các thao tác ghi, ${n} đề cử`);
  report('Tính lại cảnh báo của mọi đề cử (chỉ khi luật cảnh báo đổi)', recomputeMs);
  const call = async (method: string, input: unknown) => {
    const result = await session.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
  const units = session.db.prepare('SELECT unit_id FROM campaign_quotas WHERE campaign_id = 1 ORDER BY position').pluck().all() as number[];
  const list = async (label: string, query: Record<string, unknown>) =>
    report(label, await time(9, () => call('nominees.list', { campaignId: 1, ...query })), 'dưới 10 ms');
  await list('Trang đầu, theo đơn vị', {});
  await list('Trang đầu, theo tên', { sort: 'name' });
  await list('Trang thứ 200, theo tên', { sort: 'name', offset: 10_000 });
  await list('Tìm "hoang thi mai"', { search: 'hoang thi mai' });
  await list('Tìm "dang" (một họ)', { search: 'dang' });
  await list('Tìm "oang" (giữa tên)', { search: 'oang' });
  await list('Tìm "ha" (hai chữ: đầu từ)', { search: 'ha' });
  await list('Tìm "ly" (hai chữ: đầu từ)', { search: 'ly' });
  await list('Lọc một đơn vị, chỉ cá nhân', { unitId: units[1], kind: 'individual' });
  await list('Lọc trạng thái hiếm ("Đã khen thưởng")', { status: 'awarded' });
  await list('Lọc trạng thái phổ biến ("Đã đề cử")', { status: 'nominated' });
  await list('Lọc "còn cảnh báo"', { withWarnings: true });
  await list('Tìm "dang" trong một đơn vị, còn cảnh báo', { search: 'dang', unitId: units[0], withWarnings: true });
  report('Thẻ đơn vị (submissions.list)', await time(9, () => call('submissions.list', { campaignId: 1 })));
  report('Tổng quan (overview.get)', await time(9, () => call('overview.get', { campaignId: 1 })));
  report(
    'Báo cáo: số liệu mọi bảng (reports.statistics)',
    await time(9, () => call('reports.statistics', { campaignId: 1 })),
    'dưới 20 ms',
  );
  const history = async (label: string, search: string) =>
    report(label, await time(9, () => call('reports.history', { search })), 'dưới 20 ms');
  // The generated names repeat (20 family names): "ha" finds thousands of rows of a few people, more than real data would.
  await history('Sổ vàng: tìm "hoang thi mai" trong mọi chiến dịch', 'hoang thi mai');
  await history('Sổ vàng: tìm "ha" (hai chữ: đầu từ)', 'ha');
  report(
    'Báo cáo kết quả: dự thảo từ số liệu (reports.resultDocument)',
    await time(5, () => call('reports.resultDocument', { campaignId: 1 })),
  );

  const { draft } = (await call('plans.get', { campaignId: 1 })) as {
    draft: { quotas: { unitId: number; individual: number }[]; nominationDeadline: string };
  };
  report('Lưu kế hoạch, không đổi gì', await time(5, () => call('plans.save', { campaignId: 1, draft })), 'dưới 100 ms');
  let cards = 0;
  for (let i = 0; i < 3; i += 1) {
    await call('plans.save', { campaignId: 1, draft });
    const start = performance.now();
    await call('submissions.list', { campaignId: 1 });
    cards += (performance.now() - start) / 3;
  }
  report('Thẻ đơn vị ngay sau khi lưu kế hoạch', cards, 'dưới 50 ms');
  let quota = 0;
  const changeQuota = () => {
    quota += 1;
    const quotas = draft.quotas.map((q, index) => (index === 0 ? { ...q, individual: 1 + (quota % 3) * 400 } : q));
    return call('plans.save', { campaignId: 1, draft: { ...draft, quotas } });
  };
  report('Lưu kế hoạch, đổi chỉ tiêu một đơn vị', await time(5, changeQuota), 'dưới 100 ms');
  let deadline = 0;
  const moveDeadline = () => {
    deadline += 1;
    return call('plans.save', { campaignId: 1, draft: { ...draft, nominationDeadline: deadline % 2 ? '2024-03-20' : '2024-03-28' } });
  };
  report('Lưu kế hoạch, dời hạn nộp (tính lại "nộp muộn" cả chiến dịch)', await time(5, moveDeadline), 'dưới 100 ms');
  await call('plans.save', { campaignId: 1, draft });

  const ids = session.db
    .prepare("SELECT id FROM nominees WHERE deleted_at IS NULL AND status = 'nominated' ORDER BY id LIMIT 1000")
    .pluck()
    .all() as number[];
  const { ctx, db } = session;
  let flip = 0;
  const one = () => {
    flip += 1;
    db.transaction(() => setNomineeStatuses(ctx, [ids[0] ?? 0], flip % 2 ? 'withdrawn' : 'nominated'))();
  };
  report('Đổi trạng thái một đề cử (rút, và lại)', await time(21, one), 'dưới 5 ms');
  let bulk = 0;
  const thousand = () => {
    bulk += 1;
    db.transaction(() => setNomineeStatuses(ctx, ids, bulk % 2 ? 'withdrawn' : 'nominated'))();
  };
  report('Đổi trạng thái 1.000 đề cử trong một thao tác', await time(5, thousand), 'dưới 1 giây');
  const sample = (await call('nominees.list', { campaignId: 1, limit: 1 })) as { items: { id: number; unitId: number }[] };
  const nominee = sample.items[0];
  if (nominee) {
    const { fields } = { fields: await fieldsOf(nominee.id) };
    report('Sửa một đề cử (nominees.save)', await time(9, () => call('nominees.save', { campaignId: 1, id: nominee.id, fields })));
    report(
      'Xóa rồi khôi phục một đề cử',
      await time(9, async () => {
        await call('nominees.delete', { id: nominee.id });
        await call('nominees.restore', { id: nominee.id });
      }),
    );
  }
  await benchNurturingEvaluation(session, count);
  await benchBackups(session, count);
  session.close();

  async function fieldsOf(id: number) {
    const row = session.db.prepare('SELECT * FROM nominees WHERE id = ?').get(id) as Record<string, string | number | null>;
    return {
      unitId: row.unit_id as number,
      kind: row.kind as 'individual' | 'collective',
      name: `${String(row.name)} `,
      collectiveForm: row.collective_form as string | null,
      representative: row.representative as string | null,
      gender: row.gender as 'male' | 'female' | null,
      birthYear: row.birth_year as number | null,
      ethnicCode: row.ethnic_code as string | null,
      position: '',
      village: '',
      commune: '',
      district: '',
      phone: '',
      achievementField: String(row.achievement_field),
      achievementSummary: String(row.achievement_summary),
      priorAwards: '',
    };
  }
}

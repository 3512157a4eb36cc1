import path from 'node:path';
import { browserPlatform } from '../../electron/bridge/browser-platform.ts';
import { saveNominees } from '../../electron/services/nominations/nominees.ts';
import { openSession } from '../../electron/session/open-session.ts';
import { collective, person } from '../support/nominees.ts';
import { heading, report, time } from './timing.ts';

/**
 * The award package of a campaign of 1,000 awards (Giấy khen): the decision issued with its
 * list, the .docx, the Excel list and every unit's summary — the target is under 5 s in all.
 */
export async function benchAwards(dir: string, count = 1000): Promise<void> {
  heading(`Khen thưởng, ${count.toLocaleString('vi-VN')} tập thể, cá nhân`);
  const session = openSession({
    databasePath: path.join(dir, 'awards.sqlite'),
    now: () => new Date('2024-12-12T09:00:00+07:00'),
    platform: browserPlatform(path.join(dir, 'awards-out'), 'test'),
  });
  const call = async (method: string, input: unknown) => {
    const result = await session.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
  try {
    await call('plans.issue', { campaignId: 1, number: 15, date: '2024-02-05' });
    await call('evaluations.setDecisionDate', { campaignId: 1, date: '2024-12-10' });
    const units = session.db
      .prepare('SELECT unit_id FROM campaign_quotas WHERE campaign_id = 1 ORDER BY position')
      .pluck()
      .all() as number[];
    const ids = session.db.transaction(() =>
      saveNominees(
        session.ctx,
        1,
        Array.from({ length: count }, (_, i) => {
          const unit = units[i % units.length] ?? 1;
          const fields =
            i % 4 === 0 ? collective(unit, `Hợp tác xã số ${i + 1}`) : person(unit, `Người thứ ${i + 1}`, { position: 'Trưởng thôn' });
          return { fields };
        }),
      ),
    )();
    const meeting = (await call('council.saveMeeting', {
      campaignId: 1,
      fields: { heldOn: '2024-11-25', place: '', chairedBy: '', membersTotal: 7, present: 7, writtenOpinions: 0 },
    })) as { id: number };
    for (const nomineeId of ids) {
      await call('evaluations.save', {
        nomineeId,
        fields: { criteria: [], result: 'pass', note: '', evaluatedOn: '2024-11-20', awardCode: 'giay-khen' },
      });
    }
    const vote = session.db.prepare('INSERT INTO council_votes (meeting_id, nominee_id, votes_for, votes_against) VALUES (?, ?, 7, 0)');
    session.db.transaction(() => ids.forEach((id) => vote.run(meeting.id, id)))();
    const state = (await call('awards.state', { campaignId: 1 })) as { papers: Record<string, unknown> };
    await call('awards.savePapers', {
      campaignId: 1,
      papers: { ...state.papers, functionsBasis: 'Quyết định số 12/2024/QĐ-UBND của UBND tỉnh' },
    });

    report('Màn hình Khen thưởng (awards.state)', await time(5, () => call('awards.state', { campaignId: 1 })));
    report('Dự thảo quyết định (awards.decisionDocument)', await time(3, () => call('awards.decisionDocument', { campaignId: 1 })));
    const started = performance.now();
    await call('awards.decide', { campaignId: 1, number: 3, date: '2024-12-10' });
    const decided = performance.now() - started;
    await call('awards.exportDecision', { campaignId: 1 });
    await call('awards.exportList', { campaignId: 1 });
    await call('awards.exportSummaries', { campaignId: 1 });
    report('Cả bộ: ban hành + Word + Excel + tổng hợp mọi đơn vị', performance.now() - started, 'dưới 5 giây');
    report('  trong đó ban hành quyết định (awards.decide)', decided);
    report('  Quyết định kèm danh sách (.docx)', await time(3, () => call('awards.exportDecision', { campaignId: 1 })));
    report('  Danh sách khen thưởng (.xlsx)', await time(3, () => call('awards.exportList', { campaignId: 1 })));
    report('  Tổng hợp gửi các đơn vị (.xlsx mỗi đơn vị)', await time(3, () => call('awards.exportSummaries', { campaignId: 1 })));
    const decision = session.db.prepare("SELECT id FROM issued_documents WHERE kind = 'award-decision'").pluck().get() as number;
    report(
      'Lời của mọi Giấy khen (awards.certificates)',
      await time(3, () => call('awards.certificates', { campaignId: 1, issuedId: decision })),
    );
    for (const unitId of units) await call('units.update', { id: unitId, fields: { email: `don-vi-${unitId}@bacgiang.gov.vn` } });
    report(
      'Thư tổng hợp mọi đơn vị thành bản nháp .eml (mail.send)',
      await time(3, () => call('mail.send', { campaignId: 1, kind: 'summary', via: 'eml' })),
    );
    // Each report's shape is rendered once by the docx library, each report then filled and zipped (8.9 s one by one).
    const dossiersStarted = performance.now();
    await call('dossiers.export', { campaignId: 1 });
    report('Hồ sơ điển hình: trích ngang + 1 báo cáo mỗi đề cử (dossiers.export)', performance.now() - dossiersStarted, 'dưới 5 giây');
  } finally {
    session.close();
  }
}

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, expectOneLineFailure, tempDb } from '../support/run-cli.ts';
import { repoPath } from '../support/paths.ts';

interface ListedNominee {
  id: number;
  name: string;
  status: string;
  result: string | null;
  award: string | null;
  prize: number | null;
}

/** `council vote` on the 2024 campaign with the counts given. */
function vote(db: string, counts: Record<'date' | 'members' | 'present' | 'written' | 'nominee' | 'for' | 'against', string>) {
  return cli(
    'council',
    'vote',
    '--db',
    db,
    '--campaign',
    '2024',
    ...Object.entries(counts).flatMap(([option, value]) => [`--${option}`, value]),
  );
}

describe('the command line for Bồi dưỡng and Đánh giá', () => {
  it('logs an activity for two nominees, evaluates, votes in council, and lists status, result, award and prize', () => {
    const db = tempDb();
    expect(cli('init', '--db', db).code).toBe(0);
    const messy = path.join(path.dirname(db), 'messy.xlsx');
    spawnSync('/usr/bin/python3', [repoPath('test/fixtures/messy_nominations.py'), messy]);
    expect(cli('import', 'nominations', '--db', db, '--campaign', '2024', '--file', messy).code).toBe(0);
    const list = () => JSON.parse(cli('nominees', '--db', db, '--campaign', '2024', '--json').stdout) as ListedNominee[];
    const [first, second] = list();
    expect(first && second).toBeTruthy();
    const ids = `${first?.id},${second?.id}`;

    const added = cli(
      'activity',
      'add',
      '--db',
      db,
      '--campaign',
      '2024',
      '--nominees',
      ids,
      '--date',
      '2024-05-20',
      '--kind',
      'tap huan',
      '--note',
      'Tập huấn',
    );
    expect(added).toMatchObject({ code: 0 });
    expect(added.stdout).toContain('Đã ghi hoạt động "Tập huấn, hội nghị" ngày 2024-05-20');
    expect(
      list()
        .slice(0, 2)
        .map((n) => n.status),
    ).toEqual(['nurturing', 'nurturing']);
    expectOneLineFailure(
      cli('activity', 'add', '--db', db, '--campaign', '2024', '--nominees', ids, '--date', '2024-05-20', '--kind', 'bay'),
      'Không rõ loại hoạt động "bay"',
    );
    expectOneLineFailure(
      cli('activity', 'add', '--db', db, '--campaign', '2024', '--nominees', '1;2', '--date', '2024-05-20', '--kind', 'visit'),
      '--nominees',
    );

    const evaluated = cli('evaluate', '--db', db, '--nominee', String(first?.id), '--result', 'pass', '--award', 'Giấy khen');
    expect(evaluated).toMatchObject({ code: 0 });
    expectOneLineFailure(
      cli('evaluate', '--db', db, '--nominee', String(second?.id), '--result', 'fail', '--award', 'giay-khen', '--note', 'Thiếu'),
      'Chỉ đề nghị khen thưởng khi kết quả đánh giá là "Đạt"',
    );
    expectOneLineFailure(
      cli('evaluate', '--db', db, '--nominee', String(second?.id), '--result', 'pass', '--award', 'huan chuong'),
      'Không có hình thức khen thưởng "huan chuong"',
    );
    expectOneLineFailure(cli('evaluate', '--db', db, '--nominee', String(second?.id), '--result', 'maybe'), '--result');
    cli('campaign', 'copy', '--db', db, '--from', '2024', '--year', '2026');
    expectOneLineFailure(
      cli('evaluate', '--db', db, '--nominee', String(second?.id), '--result', 'pass', '--campaign', '2026'),
      'không thuộc chiến dịch 2026',
    );
    expect(list()[1]).toMatchObject({ status: 'nurturing', result: null });

    const voted = vote(db, {
      date: '2024-11-25',
      members: '7',
      present: '6',
      written: '1',
      nominee: String(first?.id),
      for: '5',
      against: '2',
    });
    expect(voted.stdout).toContain('5/7 thành viên đồng ý, 71,4 % > 50 % — đề nghị khen thưởng');
    expectOneLineFailure(
      vote(db, { date: '2024-11-26', members: '7', present: '4', written: '0', nominee: String(first?.id), for: '4', against: '0' }),
      'Chưa đủ số thành viên để họp: 4/7',
    );
    expectOneLineFailure(
      vote(db, { date: '2024-11-25', members: '7', present: '6', written: '1', nominee: String(second?.id), for: '6', against: '2' }),
      '6 đồng ý + 2 không đồng ý + 0 không biểu quyết = 8 phiếu, nhiều hơn 7 thành viên tham gia',
    );
    const [awarded, other] = list();
    expect(awarded).toMatchObject({ status: 'proposed', result: 'pass', award: 'Giấy khen của người đứng đầu cơ quan' });
    expect([710_000, 1_410_000]).toContain(awarded?.prize);
    expect(other).toMatchObject({ result: null, award: null, prize: null });
  });
});

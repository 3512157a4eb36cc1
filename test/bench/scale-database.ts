import path from 'node:path';
import { openSession, type Session } from '../../electron/session/open-session.ts';
import { recomputeAllWarnings } from '../../electron/services/nominations/warning-figures.ts';
import { foldText } from '../../shared/text/normalize.ts';
import { nomineeSortKey } from '../../shared/domain/nominee-fields.ts';

/** Names as the generated districts write them; shared by the bench databases. */
export const FAMILY = [
  'Hoàng',
  'Nông',
  'Lý',
  'Đặng',
  'Triệu',
  'Lương',
  'Vi',
  'Hà',
  'Nguyễn',
  'Trần',
  'Phạm',
  'Lục',
  'Hứa',
  'Ninh',
  'Chu',
  'Mã',
  'Dương',
  'La',
  'Đàm',
  'Bế',
];
export const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Ngọc', 'Thanh', 'Hữu', 'Kim', 'Quang'];
export const GIVEN = [
  'Mai',
  'Dền',
  'Sen',
  'Hương',
  'Long',
  'An',
  'Bình',
  'Đào',
  'Kiên',
  'Hoa',
  'Tài',
  'Sáu',
  'Hải',
  'Hạnh',
  'Thắng',
  'Lan',
  'Tuấn',
  'Dũng',
  'Phúc',
  'Vân',
];

/**
 * A database of `count` nominees in the 2024 campaign, spread over its units as districts send
 * them: mostly people, some collectives, a few withdrawn and a handful awarded, received on time or
 * late, with the warnings worked out as an update of the app does (how long that takes is returned).
 */
export function scaleDatabase(dir: string, count: number): { session: Session; recomputeMs: number } {
  const session = openSession({ databasePath: path.join(dir, `scale-${count}.sqlite`) });
  const { db } = session;
  const units = db.prepare('SELECT unit_id FROM campaign_quotas WHERE campaign_id = 1 ORDER BY position').pluck().all() as number[];
  const others = db.prepare('SELECT id FROM units WHERE id NOT IN (SELECT unit_id FROM campaign_quotas) LIMIT 2').pluck().all() as number[];
  const allUnits = [...units, ...units, ...others];
  const insertSubmission = db.prepare(
    "INSERT INTO submissions (campaign_id, unit_id, received_on, channel, created_at) VALUES (1, ?, ?, 'email', '')",
  );
  const insert = db.prepare(
    `INSERT INTO nominees (campaign_id, unit_id, submission_id, kind, name, name_folded, name_words, sort_key, collective_form, representative, gender,
       birth_year, ethnic_code, district, achievement_field, achievement_summary, status, created_at, updated_at)
     VALUES (1, @unit, @submission, @kind, @name, @folded, ' ' || @folded, @sortKey, @form, @representative, @gender, @birthYear, @ethnic, '', @field,
       'Trồng vải thiều, giúp hộ nghèo', @status, '', '')`,
  );
  db.transaction(() => {
    const submissions = new Map(
      allUnits.map((unit, index) => [unit, Number(insertSubmission.run(unit, index % 3 ? '2024-03-15' : '2024-03-25').lastInsertRowid)]),
    );
    for (let i = 0; i < count; i += 1) {
      const unit = allUnits[i % allUnits.length] ?? 1;
      const collective = i % 5 === 0;
      const name = collective ? `Hợp tác xã ${GIVEN[i % 20]} ${i}` : `${FAMILY[i % 20]} ${MIDDLE[(i * 3) % 10]} ${GIVEN[(i * 7) % 20]}`;
      insert.run({
        unit,
        submission: submissions.get(unit) ?? null,
        kind: collective ? 'collective' : 'individual',
        name,
        folded: foldText(name),
        sortKey: nomineeSortKey(collective ? 'collective' : 'individual', name),
        form: collective ? 'Hợp tác xã' : null,
        representative: collective ? 'Hoàng Văn Thụ' : null,
        gender: collective ? null : i % 2 ? 'female' : 'male',
        birthYear: collective || i % 97 === 0 ? null : 1950 + (i % 50),
        ethnic: collective ? null : i % 41 === 0 ? '01' : '02',
        field: i % 53 === 0 ? 'Buôn bán' : 'Lao động sản xuất',
        status: i % 1000 === 7 ? 'awarded' : i % 50 === 3 ? 'withdrawn' : 'nominated',
      });
    }
  })();
  const start = performance.now();
  db.transaction(() => recomputeAllWarnings(session.ctx))();
  return { session, recomputeMs: performance.now() - start };
}

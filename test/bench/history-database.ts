import path from 'node:path';
import { openSession, type Session } from '../../electron/session/open-session.ts';
import { recomputeAllWarnings } from '../../electron/services/nominations/warning-figures.ts';
import { nomineeSortKey } from '../../shared/domain/nominee-fields.ts';
import { foldText } from '../../shared/text/normalize.ts';
import { FAMILY, GIVEN, MIDDLE } from './scale-database.ts';

const ACTIVITIES_PER_CAMPAIGN = 500;
const ACTIVITIES_PER_NOMINEE = 5;

/**
 * Twenty campaigns (2005–2024) of 5,000 nominees each — 100,000 in all, the same people often
 * nominated in several years —, each nominee in 5 nurturing activities and evaluated, one in a
 * hundred awarded: an office's records after twenty years.
 */
export async function historyDatabase(
  dir: string,
  perCampaign = 5_000,
  years = 20,
): Promise<{ session: Session; file: string; buildMs: number }> {
  const start = performance.now();
  const file = path.join(dir, 'lich-su-20-nam.sqlite');
  const session = openSession({ databasePath: file });
  for (let year = 2024 - years + 1; year < 2024; year += 1) {
    const copied = await session.dispatch('campaigns.copy', { fromCampaignId: 1, year });
    if (!copied.ok) throw new Error(copied.error.message);
  }
  const { db } = session;
  const campaigns = db.prepare('SELECT id, year FROM campaigns ORDER BY year').all() as { id: number; year: number }[];
  const kinds = db.prepare('SELECT code FROM activity_kinds ORDER BY position').pluck().all() as string[];
  const insertNominee = db.prepare(
    `INSERT INTO nominees (campaign_id, unit_id, kind, name, name_folded, name_words, sort_key, gender, birth_year, ethnic_code, district,
       achievement_field, achievement_summary, status, created_at, updated_at)
     VALUES (@campaign, @unit, 'individual', @name, @folded, ' ' || @folded, @sortKey, @gender, @birthYear, @ethnic, '', 'Lao động sản xuất',
       'Trồng quế, giúp hộ nghèo', @status, '', '')`,
  );
  const insertActivity = db.prepare(
    "INSERT INTO activities (campaign_id, kind, happened_on, carried_by, note, created_at, updated_at) VALUES (?, ?, ?, '', '', '', '')",
  );
  const link = db.prepare('INSERT INTO activity_nominees (activity_id, nominee_id) VALUES (?, ?)');
  const evaluate = db.prepare("INSERT INTO evaluations (nominee_id, result, note, evaluated_on, award_code) VALUES (?, ?, '', ?, ?)");
  for (const campaign of campaigns) {
    const units = db
      .prepare('SELECT unit_id FROM campaign_quotas WHERE campaign_id = ? ORDER BY position')
      .pluck()
      .all(campaign.id) as number[];
    db.transaction(() => {
      const activities = Array.from({ length: ACTIVITIES_PER_CAMPAIGN }, (_, a) =>
        Number(
          insertActivity.run(
            campaign.id,
            kinds[a % kinds.length] ?? 'visit',
            `${campaign.year}-${String((a % 12) + 1).padStart(2, '0')}-15`,
          ).lastInsertRowid,
        ),
      );
      for (let i = 0; i < perCampaign; i += 1) {
        // 4,000 names, the same name and birth year coming back in other years (the history has
        // people to find), a name borne by one to three people of a year, as in a real province.
        const name = `${FAMILY[i % FAMILY.length]} ${MIDDLE[Math.floor(i / FAMILY.length) % MIDDLE.length]} ${
          GIVEN[Math.floor(i / (FAMILY.length * MIDDLE.length)) % GIVEN.length]
        }`;
        const folded = foldText(name);
        const awarded = i % 100 === 7;
        const id = Number(
          insertNominee.run({
            campaign: campaign.id,
            unit: units[i % units.length] ?? 1,
            name,
            folded,
            sortKey: nomineeSortKey('individual', name),
            gender: i % 2 ? 'female' : 'male',
            birthYear: 1950 + (i % 50),
            ethnic: i % 41 === 0 ? '01' : '02',
            status: awarded ? 'awarded' : i % 3 ? 'passed' : 'nurturing',
          }).lastInsertRowid,
        );
        for (let k = 0; k < ACTIVITIES_PER_NOMINEE; k += 1) link.run(activities[(i + k * 97) % ACTIVITIES_PER_CAMPAIGN], id);
        evaluate.run(id, i % 3 ? 'pass' : 'fail', `${campaign.year}-11-20`, awarded ? 'giay-khen' : null);
      }
    })();
  }
  db.transaction(() => recomputeAllWarnings(session.ctx))();
  return { session, file, buildMs: performance.now() - start };
}

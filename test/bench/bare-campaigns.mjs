// The yardstick of the command line's start-up: a bare Node script that opens the database with
// better-sqlite3 and prints the same list as `campaigns` (campaigns with their phases).
import Database from 'better-sqlite3';

const db = new Database(process.argv[2]);
const campaigns = db.prepare('SELECT id, year, title, status FROM campaigns ORDER BY year DESC, id DESC').all();
const phases = db.prepare('SELECT key, name, starts_on, ends_on FROM campaign_phases WHERE campaign_id = ? ORDER BY position');
for (const campaign of campaigns) {
  const running = phases.all(campaign.id).find((phase) => phase.starts_on !== null);
  process.stdout.write(`${campaign.id}  ${campaign.year}  ${campaign.status}  ${running?.name ?? ''}  ${campaign.title}\n`);
}
db.close();

import { NOT_RECORDED, type CampaignStatistics, type StatisticDimension, type StatisticRow } from '../../../shared/domain/statistics.ts';
import { GENDER_LABELS, WITHDRAWN, type Gender } from '../../../shared/domain/nominees.ts';
import { unitTitle } from '../../../shared/domain/units.ts';
import { compareVietnamese } from '../../../shared/text/normalize.ts';
import { prepared } from '../../db/statements.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import type { ServiceContext } from '../core/context.ts';

/**
 * A campaign's figures: counted are the nominees not withdrawn, and among them those awarded by an
 * issued decision (status "awarded"). The campaign's rows are read once, through its index, and
 * counted by each dimension here, so the cost follows the campaign's size, not the database's.
 */

type Counted = { key: string | null; nominated: number; awarded: number };

const LIVE = `n.campaign_id = ? AND n.deleted_at IS NULL AND n.status <> '${WITHDRAWN}'`;

/**
 * Live nominees alike in every value a dimension groups by, and how many of them there are:
 * [unit, kind, gender, ethnic code, field, nominated, awarded].
 */
type Facts = [number, string, string | null, string | null, string, number, number];

/** Counts by one of a nominee's values, in one pass over the facts already read. */
function tally(facts: readonly Facts[], key: (fact: Facts) => string | null): Counted[] {
  const counts = new Map<string | null, Counted>();
  for (const fact of facts) {
    const value = key(fact);
    const entry = counts.get(value) ?? { key: value, nominated: 0, awarded: 0 };
    entry.nominated += fact[5];
    entry.awarded += fact[6];
    counts.set(value, entry);
  }
  return [...counts.values()];
}

/** Largest first, then in dictionary order; the empty value last, under its own label. */
function rows(counted: readonly Counted[], label: (key: string) => string): StatisticRow[] {
  return counted
    .map((row) => ({
      label: row.key === null || row.key === '' ? NOT_RECORDED : label(row.key),
      nominated: row.nominated,
      awarded: row.awarded ?? 0,
    }))
    .sort((a, b) =>
      a.label === NOT_RECORDED ? 1 : b.label === NOT_RECORDED ? -1 : b.nominated - a.nominated || compareVietnamese(a.label, b.label),
    );
}

function byUnit(ctx: ServiceContext, facts: readonly Facts[]): StatisticRow[] {
  const titles = new Map(
    (prepared(ctx.db, 'SELECT id, name, kind FROM units').all() as { id: number; name: string; kind: string }[]).map((unit) => [
      String(unit.id),
      unitTitle({ name: unit.name, kind: unit.kind as never }),
    ]),
  );
  return rows(
    tally(facts, (fact) => String(fact[0])),
    (id) => titles.get(id) ?? id,
  );
}

/** By the form proposed at evaluation (nominated) and the form of the award decided (awarded). */
function byAwardForm(ctx: ServiceContext, campaignId: number): StatisticRow[] {
  const names = new Map(
    (prepared(ctx.db, 'SELECT code, name FROM award_forms ORDER BY valid_from').all() as { code: string; name: string }[]).map((form) => [
      form.code,
      form.name,
    ]),
  );
  const proposed = prepared(
    ctx.db,
    `SELECT e.award_code AS key, count(*) AS count FROM nominees n JOIN evaluations e ON e.nominee_id = n.id
      WHERE ${LIVE} AND e.award_code IS NOT NULL GROUP BY e.award_code`,
  ).all(campaignId) as { key: string; count: number }[];
  const awarded = prepared(
    ctx.db,
    `SELECT f.code AS key, count(*) AS count FROM nominees n JOIN awards a ON a.nominee_id = n.id JOIN award_forms f ON f.id = a.award_form_id
      WHERE ${LIVE} GROUP BY f.code`,
  ).all(campaignId) as { key: string; count: number }[];
  const merged = new Map<string, Counted>();
  for (const row of proposed) merged.set(row.key, { key: row.key, nominated: row.count, awarded: 0 });
  for (const row of awarded) {
    // A form awarded that nobody was proposed for (a decision from before the app) counts none proposed.
    const entry = merged.get(row.key) ?? { key: row.key, nominated: 0, awarded: 0 };
    merged.set(row.key, { ...entry, awarded: row.count });
  }
  return rows([...merged.values()], (code) => names.get(code) ?? code);
}

function byYear(ctx: ServiceContext): StatisticRow[] {
  const counted = prepared(
    ctx.db,
    `SELECT c.year AS year, count(n.id) AS nominated, coalesce(sum(n.status = 'awarded'), 0) AS awarded
       FROM campaigns c LEFT JOIN nominees n ON n.campaign_id = c.id AND n.deleted_at IS NULL AND n.status <> '${WITHDRAWN}'
      GROUP BY c.id ORDER BY c.year`,
  ).all() as { year: number; nominated: number; awarded: number }[];
  return counted.map((row) => ({ label: String(row.year), nominated: row.nominated, awarded: row.awarded }));
}

const KIND_LABELS: Record<string, string> = { individual: 'Cá nhân', collective: 'Tập thể' };

export function campaignStatistics(ctx: ServiceContext, campaignId: number): CampaignStatistics {
  const campaign = getCampaign(ctx, campaignId);
  const ethnicNames = new Map(
    (prepared(ctx.db, 'SELECT code, name FROM ethnic_groups').all() as { code: string; name: string }[]).map((group) => [
      group.code,
      group.name,
    ]),
  );
  // One pass along the index of the campaign's live nominees, grouped in the index's own order
  // (no sorting), serves every dimension of their own values.
  const facts = prepared(
    ctx.db,
    `SELECT n.unit_id, n.kind, n.gender, n.ethnic_code, n.achievement_field, count(*), sum(n.status = 'awarded')
       FROM nominees n WHERE ${LIVE} GROUP BY n.unit_id, n.kind, n.gender, n.ethnic_code, n.achievement_field`,
  )
    .raw()
    .all(campaignId) as Facts[];
  const tables: Record<StatisticDimension, StatisticRow[]> = {
    unit: byUnit(ctx, facts),
    kind: rows(
      tally(facts, (fact) => fact[1]),
      (kind) => KIND_LABELS[kind] ?? kind,
    ),
    ethnicity: rows(
      tally(facts, (fact) => fact[3]),
      (code) => ethnicNames.get(code) ?? code,
    ),
    // Gender is a person's: collectives are not counted there.
    gender: rows(
      tally(
        facts.filter((fact) => fact[1] === 'individual'),
        (fact) => fact[2],
      ),
      (gender) => GENDER_LABELS[gender as Gender] ?? gender,
    ),
    field: rows(
      tally(facts, (fact) => fact[4]),
      (field) => field,
    ),
    awardForm: byAwardForm(ctx, campaignId),
    years: byYear(ctx),
  };
  const nominated = facts.reduce((sum, fact) => sum + fact[5], 0);
  const awarded = facts.reduce((sum, fact) => sum + fact[6], 0);
  return { campaignId, year: campaign.year, nominated, awarded, tables };
}

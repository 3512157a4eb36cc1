import { NOT_RECORDED, type CampaignStatistics, type StatisticDimension, type StatisticRow } from '../../../shared/domain/statistics.ts';
import { GENDER_LABELS, WITHDRAWN, type Gender } from '../../../shared/domain/nominees.ts';
import { unitTitle } from '../../../shared/domain/units.ts';
import { compareVietnamese } from '../../../shared/text/normalize.ts';
import { prepared } from '../../db/statements.ts';
import { getCampaign } from '../campaigns/campaigns.ts';
import type { ServiceContext } from '../core/context.ts';

/**
 * A campaign's figures, one grouped query per dimension over its live nominees: counted are the
 * nominees not withdrawn, and among them those awarded by an issued decision (status "awarded").
 * Each query reads the campaign's rows once through its index, so the cost follows the campaign's
 * size, not the database's.
 */

type Counted = { key: string | null; nominated: number; awarded: number };

const LIVE = `n.campaign_id = ? AND n.deleted_at IS NULL AND n.status <> '${WITHDRAWN}'`;
const COUNTS = `count(*) AS nominated, sum(n.status = 'awarded') AS awarded`;

function grouped(ctx: ServiceContext, campaignId: number, key: string, join = '', where = ''): Counted[] {
  return prepared(ctx.db, `SELECT ${key} AS key, ${COUNTS} FROM nominees n ${join} WHERE ${LIVE} ${where} GROUP BY ${key}`).all(
    campaignId,
  ) as Counted[];
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

function byUnit(ctx: ServiceContext, campaignId: number): StatisticRow[] {
  const counted = prepared(
    ctx.db,
    `SELECT u.name AS name, u.kind AS kind, ${COUNTS} FROM nominees n JOIN units u ON u.id = n.unit_id WHERE ${LIVE} GROUP BY n.unit_id`,
  ).all(campaignId) as { name: string; kind: string; nominated: number; awarded: number }[];
  return rows(
    counted.map((row) => ({ key: unitTitle({ name: row.name, kind: row.kind as never }), nominated: row.nominated, awarded: row.awarded })),
    (key) => key,
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
    const entry = merged.get(row.key) ?? { key: row.key, nominated: row.count, awarded: 0 };
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
  const tables: Record<StatisticDimension, StatisticRow[]> = {
    unit: byUnit(ctx, campaignId),
    kind: rows(grouped(ctx, campaignId, 'n.kind'), (kind) => KIND_LABELS[kind] ?? kind),
    ethnicity: rows(grouped(ctx, campaignId, 'n.ethnic_code'), (code) => ethnicNames.get(code) ?? code),
    gender: rows(
      grouped(ctx, campaignId, 'n.gender', '', "AND n.kind = 'individual'"),
      (gender) => GENDER_LABELS[gender as Gender] ?? gender,
    ),
    field: rows(grouped(ctx, campaignId, 'n.achievement_field'), (field) => field),
    awardForm: byAwardForm(ctx, campaignId),
    years: byYear(ctx),
  };
  const total = tables.kind.reduce((sum, row) => ({ nominated: sum.nominated + row.nominated, awarded: sum.awarded + row.awarded }), {
    nominated: 0,
    awarded: 0,
  });
  return { campaignId, year: campaign.year, ...total, tables };
}

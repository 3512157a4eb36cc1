import { expect } from 'vitest';
import type { Session } from '../../electron/session/open-session.ts';
import { campaignRules, factsOf, SELECT, type NomineeRow } from '../../electron/services/nominations/nominee-rows.ts';
import {
  nomineeWarnings,
  overQuotaIds,
  possibleDuplicateIds,
  RULE_BITS,
  ruleBits,
  type RuleId,
} from '../../shared/domain/nominee-checks.ts';
import type { NomineeKind } from '../../shared/domain/nominees.ts';
import { ok } from './session.ts';
import { awardedBeforeYear, identity } from '../../electron/services/reports/award-history.ts';

/**
 * The truth the stored warnings must agree with: every rule worked out from scratch, in
 * JavaScript, for every live nominee of the campaign (over quota by overQuotaIds over all of them),
 * and the list's warning filter and the unit cards counted from it.
 */
export async function expectWarningFiguresTrue(session: Session, campaignId = 1): Promise<void> {
  const { ctx, db } = session;
  const rows = db.prepare(`${SELECT} WHERE n.campaign_id = ? AND n.deleted_at IS NULL ORDER BY n.id`).all(campaignId) as NomineeRow[];
  const quotas = new Map(
    (
      db.prepare('SELECT unit_id, collective, individual FROM campaign_quotas WHERE campaign_id = ?').all(campaignId) as {
        unit_id: number;
        collective: number;
        individual: number;
      }[]
    ).map((quota) => [quota.unit_id, { collective: quota.collective, individual: quota.individual }]),
  );
  const counting = rows
    .filter((row) => row.status !== 'withdrawn')
    .map((row) => ({ id: row.id, unitId: row.unit_id, kind: row.kind as NomineeKind }));
  const over = overQuotaIds(counting, quotas);
  const duplicates = possibleDuplicateIds(
    rows.map((row) => ({ id: row.id, unitId: row.unit_id, nameFolded: row.name_folded, birthYear: row.birth_year })),
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  const rules = campaignRules(ctx, campaignId);
  // Awarded before: the history's own grouping in JavaScript, beside the stored bit's SQL.
  const year = db.prepare('SELECT year FROM campaigns WHERE id = ?').pluck().get(campaignId) as number;
  const awarded = awardedBeforeYear(ctx, year);
  const accepted = new Map<number, number>();
  for (const row of db.prepare('SELECT nominee_id, rule FROM warning_acceptances').all() as { nominee_id: number; rule: RuleId }[]) {
    accepted.set(row.nominee_id, (accepted.get(row.nominee_id) ?? 0) | RULE_BITS[row.rule]);
  }
  const stored = new Map(
    (
      db.prepare('SELECT id, warning_bits, accepted_bits, open_bits FROM nominees WHERE campaign_id = ?').all(campaignId) as {
        id: number;
        warning_bits: number;
        accepted_bits: number;
        open_bits: number;
      }[]
    ).map((row) => [row.id, row]),
  );
  const truth = rows.map((row) => {
    const others = (duplicates.get(row.id) ?? []).flatMap((id) => {
      const other = byId.get(id);
      return other ? [{ name: other.name, birthYear: other.birth_year }] : [];
    });
    const earlierAwards = awarded.get(identity({ folded: row.name_folded, kind: row.kind, birthYear: row.birth_year })) ?? [];
    const bits = ruleBits(nomineeWarnings({ ...factsOf(row), overQuota: over.has(row.id), duplicates: others, earlierAwards }, rules));
    return { id: row.id, name: row.name, bits, accepted: accepted.get(row.id) ?? 0 };
  });
  expect(
    truth.map((row) => ({
      id: row.id,
      name: row.name,
      bits: stored.get(row.id)?.warning_bits,
      accepted: stored.get(row.id)?.accepted_bits,
      open: stored.get(row.id)?.open_bits,
    })),
  ).toEqual(truth.map((row) => ({ id: row.id, name: row.name, bits: row.bits, accepted: row.accepted, open: row.bits & ~row.accepted })));
  const open = truth.filter((row) => (row.bits & ~row.accepted) !== 0).map((row) => row.id);
  const filtered = await ok(session, 'nominees.list', { campaignId, withWarnings: true, sort: 'name', limit: 100_000 });
  expect(filtered.items.map((nominee) => nominee.id).sort((a, b) => a - b)).toEqual(open);
  expect(filtered.total).toBe(open.length);
  const popcount = (bits: number) => [...bits.toString(2)].filter((digit) => digit === '1').length;
  const cards = await ok(session, 'submissions.list', { campaignId });
  for (const card of cards) {
    const mine = rows.filter((row) => row.unit_id === card.unitId && row.status !== 'withdrawn');
    const openOfMine = mine.reduce((sum, row) => {
      const entry = truth.find((item) => item.id === row.id);
      return sum + (entry ? popcount(entry.bits & ~entry.accepted) : 0);
    }, 0);
    expect({ unit: card.unitTitle, warnings: card.warnings }).toEqual({ unit: card.unitTitle, warnings: openOfMine });
    expect(card.filled.individual).toBe(mine.filter((row) => row.kind === 'individual').length);
    expect(card.filled.collective).toBe(mine.filter((row) => row.kind === 'collective').length);
  }
}

import * as z from 'zod';
import seedJson from '../../../resources/seed/campaign-2024.json' with { type: 'json' };
import ethnicJson from '../../../resources/reference/dan-toc.json' with { type: 'json' };
import awardsJson from '../../../resources/reference/khen-thuong.json' with { type: 'json' };
import { agencyFieldsSchema } from '../../../shared/domain/agencies.ts';
import { awardFormFieldsSchema } from '../../../shared/domain/award-forms.ts';
import { planContentSchema } from '../../../shared/domain/plan.ts';
import { PHASE_KEYS } from '../../../shared/domain/phases.ts';
import { unitKindSchema } from '../../../shared/domain/units.ts';
import { isoDate, text } from '../../../shared/domain/fields.ts';
import { foldText } from '../../../shared/text/normalize.ts';
import type { ServiceContext } from '../core/context.ts';
import { insertAgency } from '../settings/agencies.ts';
import { insertCampaign } from '../campaigns/campaign-copy.ts';
import { createAwardForm } from '../settings/award-forms.ts';
import { createBaseSalary } from '../settings/base-salaries.ts';
import { recordChange } from '../core/audit.ts';
import { getUnit } from '../settings/units.ts';
import { prepared } from '../../db/statements.ts';

/** The embedded default: the 2024 campaign of the seed plan, its agency and units. */
const seedSchema = z.strictObject({
  source: z.string(),
  agency: agencyFieldsSchema,
  units: z.array(
    z.strictObject({
      key: z.string(),
      name: text('Tên đơn vị'),
      kind: unitKindSchema,
      contactOffice: z.string(),
      activeFrom: isoDate('Hoạt động từ').nullable(),
      activeTo: isoDate('Hoạt động đến').nullable(),
    }),
  ),
  campaign: z.strictObject({
    year: z.number().int(),
    title: text('Tên chiến dịch'),
    nominationDeadline: isoDate('Hạn nộp'),
    submitTo: text('Nơi nhận danh sách'),
    totalModels: z.number().int().nonnegative(),
    awardEvent: text('Sự kiện khen thưởng'),
    phases: z.array(
      z.strictObject({
        key: z.enum(PHASE_KEYS),
        name: text('Tên giai đoạn'),
        startsOn: isoDate('Bắt đầu').nullable(),
        endsOn: isoDate('Kết thúc').nullable(),
      }),
    ),
    quotas: z.array(z.strictObject({ unit: z.string(), collective: z.number().int(), individual: z.number().int() })),
    achievementFields: z.array(text('Lĩnh vực')),
    collectiveForms: z.array(text('Hình thức tập thể')),
    plan: planContentSchema,
  }),
});

const ethnicSchema = z.strictObject({
  source: z.string(),
  groups: z.array(
    z.strictObject({
      code: z.string().regex(/^\d{2}$/u),
      name: z.string(),
      displayName: z.string(),
      otherSpellings: z.array(z.string()),
      aliases: z.array(z.string()),
      ambiguousAliases: z.array(z.string()),
      minority: z.boolean(),
      searchKey: z.string(),
      verified: z.string(),
    }),
  ),
});

const awardsReferenceSchema = z.strictObject({
  source: z.string(),
  baseSalaries: z.array(
    z.strictObject({ amount: z.number().int(), validFrom: isoDate('Từ ngày'), decree: z.string(), verified: z.string() }),
  ),
  awardForms: z.array(awardFormFieldsSchema),
  legalTexts: z.array(
    z.strictObject({
      code: z.string(),
      title: z.string(),
      issued: isoDate('Ngày ban hành'),
      effectiveFrom: isoDate('Hiệu lực từ'),
      effectiveTo: isoDate('Hiệu lực đến').nullable(),
    }),
  ),
});

/** Every string of the embedded data in NFC, whatever the editor that saved the JSON did. */
function nfc<T>(data: T): T {
  return JSON.parse(JSON.stringify(data).normalize('NFC')) as T;
}

/** The embedded default campaign, validated when first needed (not when the module loads). */
export function defaultSeed() {
  return seedSchema.parse(nfc(seedJson));
}

function loadEthnicGroups(ctx: ServiceContext): void {
  const insert = prepared(
    ctx.db,
    `INSERT INTO ethnic_groups (code, name, display_name, other_spellings_json, aliases_json, ambiguous_aliases_json,
       minority, search_key, verified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const group of ethnicSchema.parse(nfc(ethnicJson)).groups) {
    insert.run(
      group.code,
      group.name.normalize('NFC'),
      group.displayName.normalize('NFC'),
      JSON.stringify(group.otherSpellings),
      JSON.stringify(group.aliases),
      JSON.stringify(group.ambiguousAliases),
      group.minority ? 1 : 0,
      group.searchKey,
      group.verified,
    );
  }
}

function loadAwardReference(ctx: ServiceContext): void {
  const reference = awardsReferenceSchema.parse(nfc(awardsJson));
  for (const salary of reference.baseSalaries) createBaseSalary(ctx, salary, salary.verified);
  for (const form of reference.awardForms) createAwardForm(ctx, form);
  const insertText = prepared(ctx.db, 'INSERT INTO legal_texts (code, title, issued, effective_from, effective_to) VALUES (?, ?, ?, ?, ?)');
  for (const legal of reference.legalTexts) {
    insertText.run(legal.code, legal.title, legal.issued, legal.effectiveFrom, legal.effectiveTo);
  }
}

/** True when the database holds no data yet (a new file after migrations). */
export function isUnseeded(ctx: ServiceContext): boolean {
  return prepared(ctx.db, 'SELECT count(*) FROM agencies').pluck().get() === 0;
}

/** Loads reference data and the default campaign into a new database, in one transaction. */
export function seedDefaults(ctx: ServiceContext): void {
  ctx.db.transaction(() => {
    if (!isUnseeded(ctx)) return;
    loadEthnicGroups(ctx);
    loadAwardReference(ctx);
    const seed = defaultSeed();
    const agency = insertAgency(ctx, seed.agency, null);
    const unitIds = new Map<string, number>();
    const insertUnit = prepared(
      ctx.db,
      `INSERT INTO units (name, name_folded, kind, contact_office, active_from, active_to)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    for (const unit of seed.units) {
      const info = insertUnit.run(unit.name, foldText(unit.name), unit.kind, unit.contactOffice, unit.activeFrom, unit.activeTo);
      const id = Number(info.lastInsertRowid);
      unitIds.set(unit.key, id);
      recordChange(ctx, { action: 'create', entity: 'unit', entityId: id, after: getUnit(ctx, id) });
    }
    const { campaign } = seed;
    insertCampaign(ctx, {
      ...campaign,
      status: 'draft',
      agencyId: agency.id,
      copiedFromId: null,
      quotas: campaign.quotas.map((quota) => {
        const unitId = unitIds.get(quota.unit);
        if (unitId === undefined) throw new Error(`Seed quota names an unknown unit: ${quota.unit}`);
        return { unitId, collective: quota.collective, individual: quota.individual };
      }),
    });
  })();
}

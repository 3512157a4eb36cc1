import * as z from 'zod';
import type { Agency, agencyFieldsSchema } from '../../../shared/domain/agencies.ts';
import { AppError, notFound } from '../../../shared/api/errors.ts';
import { shiftDays } from '../../../shared/format/dates.ts';
import { recordChange } from '../core/audit.ts';
import type { ServiceContext } from '../core/context.ts';
import { prepared } from '../../db/statements.ts';

type AgencyFields = z.output<typeof agencyFieldsSchema>;

interface AgencyRow {
  id: number;
  name: string;
  full_name: string;
  parent_body: string;
  abbreviation: string;
  place: string;
  head_title: string;
  deputy_title: string;
  signer_authority: string;
  signer_title: string;
  signer_name: string;
  departments_json: string;
  contact_name: string;
  contact_position: string;
  contact_phone: string;
  email: string | null;
  valid_from: string | null;
  valid_to: string | null;
}

const departmentsSchema = z.array(z.object({ name: z.string(), abbreviation: z.string() }));
const authoritySchema = z.enum(['', 'TM.', 'KT.', 'Q.', 'TL.', 'TUQ.']);

function toAgency(row: AgencyRow): Agency {
  return {
    id: row.id,
    name: row.name,
    fullName: row.full_name,
    parentBody: row.parent_body,
    abbreviation: row.abbreviation,
    place: row.place,
    headTitle: row.head_title,
    deputyTitle: row.deputy_title,
    signerAuthority: authoritySchema.parse(row.signer_authority),
    signerTitle: row.signer_title,
    signerName: row.signer_name,
    departments: departmentsSchema.parse(JSON.parse(row.departments_json)),
    contactName: row.contact_name,
    contactPosition: row.contact_position,
    contactPhone: row.contact_phone,
    email: row.email,
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
}

function toParams(fields: AgencyFields) {
  return {
    name: fields.name,
    full_name: fields.fullName,
    parent_body: fields.parentBody,
    abbreviation: fields.abbreviation,
    place: fields.place,
    head_title: fields.headTitle,
    deputy_title: fields.deputyTitle,
    signer_authority: fields.signerAuthority,
    signer_title: fields.signerTitle,
    signer_name: fields.signerName,
    departments_json: JSON.stringify(fields.departments),
    contact_name: fields.contactName,
    contact_position: fields.contactPosition,
    contact_phone: fields.contactPhone,
    email: fields.email,
  };
}

export function getAgency(ctx: ServiceContext, id: number): Agency {
  const row = prepared(ctx.db, 'SELECT * FROM agencies WHERE id = ?').get(id) as AgencyRow | undefined;
  if (!row) throw notFound(`cơ quan mã ${id}`);
  return toAgency(row);
}

export function listAgencies(ctx: ServiceContext): Agency[] {
  const rows = prepared(ctx.db, "SELECT * FROM agencies ORDER BY coalesce(valid_from, ''), id").all() as AgencyRow[];
  return rows.map(toAgency);
}

/** The agency in charge on a date: the last one whose validity covers it. */
export function agencyOn(ctx: ServiceContext, isoDate: string): Agency {
  const row = prepared(
    ctx.db,
    `SELECT * FROM agencies
       WHERE (valid_from IS NULL OR valid_from <= @d) AND (valid_to IS NULL OR valid_to >= @d)
       ORDER BY coalesce(valid_from, '') DESC, id DESC LIMIT 1`,
  ).get({ d: isoDate }) as AgencyRow | undefined;
  if (row) return toAgency(row);
  const latest = prepared(ctx.db, 'SELECT * FROM agencies ORDER BY id DESC LIMIT 1').get() as AgencyRow | undefined;
  if (!latest) throw notFound('cơ quan nào trong cơ sở dữ liệu');
  return toAgency(latest);
}

export function insertAgency(ctx: ServiceContext, fields: AgencyFields, validFrom: string | null): Agency {
  const info = prepared(
    ctx.db,
    `INSERT INTO agencies (name, full_name, parent_body, abbreviation, place, head_title, deputy_title,
         signer_authority, signer_title, signer_name, departments_json, contact_name, contact_position,
         contact_phone, email, valid_from)
       VALUES (@name, @full_name, @parent_body, @abbreviation, @place, @head_title, @deputy_title,
         @signer_authority, @signer_title, @signer_name, @departments_json, @contact_name, @contact_position,
         @contact_phone, @email, @valid_from)`,
  ).run({ ...toParams(fields), valid_from: validFrom });
  const created = getAgency(ctx, Number(info.lastInsertRowid));
  recordChange(ctx, { action: 'create', entity: 'agency', entityId: created.id, after: created });
  return created;
}

export function updateAgency(ctx: ServiceContext, id: number, fields: AgencyFields): Agency {
  const before = getAgency(ctx, id);
  prepared(
    ctx.db,
    `UPDATE agencies SET name = @name, full_name = @full_name, parent_body = @parent_body,
         abbreviation = @abbreviation, place = @place, head_title = @head_title, deputy_title = @deputy_title,
         signer_authority = @signer_authority, signer_title = @signer_title, signer_name = @signer_name,
         departments_json = @departments_json, contact_name = @contact_name,
         contact_position = @contact_position, contact_phone = @contact_phone, email = @email
       WHERE id = @id`,
  ).run({ ...toParams(fields), id });
  const after = getAgency(ctx, id);
  recordChange(ctx, { action: 'update', entity: 'agency', entityId: id, before, after });
  return after;
}

/**
 * A reorganisation: the agency in charge the day before `validFrom` ends then, and a new
 * agency (another name, parent body, place or signer) takes over. Older campaigns keep theirs.
 */
export function createSuccessorAgency(ctx: ServiceContext, fields: AgencyFields, validFrom: string): Agency {
  const dayBefore = shiftDays(validFrom, -1);
  const latest = prepared(ctx.db, "SELECT * FROM agencies ORDER BY coalesce(valid_from, '') DESC, id DESC LIMIT 1").get() as
    AgencyRow | undefined;
  if (latest && ((latest.valid_from && validFrom <= latest.valid_from) || (latest.valid_to && validFrom <= latest.valid_to))) {
    throw new AppError('invalid_input', 'Ngày hiệu lực của cơ quan mới phải sau thời gian của cơ quan hiện tại.', 'validFrom');
  }
  if (latest && latest.valid_to === null) {
    const before = toAgency(latest);
    prepared(ctx.db, 'UPDATE agencies SET valid_to = ? WHERE id = ?').run(dayBefore, latest.id);
    recordChange(ctx, { action: 'update', entity: 'agency', entityId: latest.id, before, after: getAgency(ctx, latest.id) });
  }
  return insertAgency(ctx, fields, validFrom);
}

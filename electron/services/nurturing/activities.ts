import type { Activity, ActivityFields } from '../../../shared/domain/activities.ts';
import type { NomineeAttachment } from '../../../shared/domain/nominees.ts';
import { AppError, notFound } from '../../../shared/api/errors.ts';
import { recordChange } from '../core/audit.ts';
import { storeAttachment } from '../core/attachment-store.ts';
import type { ServiceContext } from '../core/context.ts';
import { liveStatuses, startNurturing } from '../nominations/nominee-status.ts';
import { prepared } from '../../db/statements.ts';

interface ActivityRow {
  id: number;
  campaign_id: number;
  kind: string;
  kind_name: string;
  happened_on: string;
  carried_by: string;
  note: string;
}

const SELECT = `SELECT a.id, a.campaign_id, a.kind, k.name AS kind_name, a.happened_on, a.carried_by, a.note
  FROM activities a JOIN activity_kinds k ON k.code = a.kind`;

/** How many linked nominees an activity shows by name. */
const NAMED = 20;

function linkedNominees(ctx: ServiceContext, ids: readonly number[]): Map<number, { ids: number[]; named: Activity['nominees'] }> {
  const links = new Map<number, { ids: number[]; named: Activity['nominees'] }>();
  const allIds = prepared(
    ctx.db,
    `SELECT l.nominee_id FROM activity_nominees l JOIN nominees n ON n.id = l.nominee_id AND n.deleted_at IS NULL WHERE l.activity_id = ?`,
  ).pluck();
  const named = prepared(
    ctx.db,
    `SELECT n.id, n.name, u.name AS unitName, n.sort_key AS sortKey FROM activity_nominees l
       JOIN nominees n ON n.id = l.nominee_id AND n.deleted_at IS NULL JOIN units u ON u.id = n.unit_id
      WHERE l.activity_id = ? ORDER BY l.nominee_id LIMIT ${NAMED}`,
  );
  for (const id of ids) {
    const rows = named.all(id) as { id: number; name: string; unitName: string; sortKey: string }[];
    rows.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id - b.id));
    links.set(id, {
      ids: allIds.all(id) as number[],
      named: rows.map(({ id: nomineeId, name, unitName }) => ({ id: nomineeId, name, unitName })),
    });
  }
  return links;
}

function activityFiles(ctx: ServiceContext, ids: readonly number[]): Map<number, NomineeAttachment[]> {
  const rows = prepared(
    ctx.db,
    `SELECT aa.activity_id AS activityId, a.hash, a.file_name AS fileName, '' AS label, a.size, a.media_type AS mediaType
       FROM json_each(?) j JOIN activity_attachments aa ON aa.activity_id = j.value
       JOIN attachments a ON a.hash = aa.attachment_hash ORDER BY a.created_at, a.file_name`,
  ).all(JSON.stringify(ids)) as (NomineeAttachment & { activityId: number })[];
  const byActivity = new Map<number, NomineeAttachment[]>();
  for (const { activityId, ...file } of rows) byActivity.set(activityId, [...(byActivity.get(activityId) ?? []), file]);
  return byActivity;
}

function toActivities(ctx: ServiceContext, rows: readonly ActivityRow[]): Activity[] {
  const ids = rows.map((row) => row.id);
  const nominees = linkedNominees(ctx, ids);
  const files = activityFiles(ctx, ids);
  return rows.map((row) => ({
    id: row.id,
    campaignId: row.campaign_id,
    kind: row.kind,
    kindName: row.kind_name,
    happenedOn: row.happened_on,
    carriedBy: row.carried_by,
    note: row.note,
    nomineeIds: nominees.get(row.id)?.ids ?? [],
    nominees: nominees.get(row.id)?.named ?? [],
    attachments: files.get(row.id) ?? [],
  }));
}

export function getActivity(ctx: ServiceContext, id: number, withDeleted = false): Activity {
  const row = prepared(ctx.db, `${SELECT} WHERE a.id = ? ${withDeleted ? '' : 'AND a.deleted_at IS NULL'}`).get(id) as
    ActivityRow | undefined;
  if (!row) throw notFound(`hoạt động bồi dưỡng mã ${id}`);
  const [activity] = toActivities(ctx, [row]);
  if (!activity) throw notFound(`hoạt động bồi dưỡng mã ${id}`);
  return activity;
}

/** The campaign's activities, newest first; only one nominee's when given. */
export function listActivities(ctx: ServiceContext, campaignId: number, nomineeId?: number): Activity[] {
  const rows = (
    nomineeId === undefined
      ? prepared(ctx.db, `${SELECT} WHERE a.campaign_id = ? AND a.deleted_at IS NULL ORDER BY a.happened_on DESC, a.id DESC`).all(
          campaignId,
        )
      : prepared(
          ctx.db,
          `${SELECT} JOIN activity_nominees l ON l.activity_id = a.id
             WHERE l.nominee_id = ? AND a.campaign_id = ? AND a.deleted_at IS NULL ORDER BY a.happened_on DESC, a.id DESC`,
        ).all(nomineeId, campaignId)
  ) as ActivityRow[];
  return toActivities(ctx, rows);
}

function assertKind(ctx: ServiceContext, kind: string, current?: string): void {
  const row = prepared(ctx.db, 'SELECT active FROM activity_kinds WHERE code = ?').get(kind) as { active: number } | undefined;
  if (!row) throw new AppError('invalid_input', `Không có loại hoạt động "${kind}".`, 'fields.kind');
  if (row.active === 0 && kind !== current) throw new AppError('invalid_input', 'Loại hoạt động này đã ngừng dùng.', 'fields.kind');
}

/**
 * Records one activity for the nominees chosen (a training for ten nominees is one activity
 * linked to each), or changes one; nominees not yet nurtured move to "Đang bồi dưỡng".
 */
export function saveActivity(ctx: ServiceContext, campaignId: number, id: number | undefined, fields: ActivityFields): Activity {
  const before = id === undefined ? undefined : getActivity(ctx, id);
  if (before && before.campaignId !== campaignId) throw new AppError('invalid_input', 'Hoạt động này thuộc chiến dịch khác.', 'id');
  assertKind(ctx, fields.kind, before?.kind);
  liveStatuses(ctx, fields.nomineeIds, campaignId);
  const now = ctx.now().toISOString();
  const params = { campaignId, kind: fields.kind, happenedOn: fields.happenedOn, carriedBy: fields.carriedBy, note: fields.note, now };
  let activityId: number;
  if (before) {
    activityId = before.id;
    prepared(
      ctx.db,
      'UPDATE activities SET kind = @kind, happened_on = @happenedOn, carried_by = @carriedBy, note = @note, updated_at = @now WHERE id = @id',
    ).run({ ...params, id: activityId });
    prepared(ctx.db, 'DELETE FROM activity_nominees WHERE activity_id = ? AND nominee_id NOT IN (SELECT value FROM json_each(?))').run(
      activityId,
      JSON.stringify(fields.nomineeIds),
    );
  } else {
    activityId = Number(
      prepared(
        ctx.db,
        `INSERT INTO activities (campaign_id, kind, happened_on, carried_by, note, created_at, updated_at)
         VALUES (@campaignId, @kind, @happenedOn, @carriedBy, @note, @now, @now)`,
      ).run(params).lastInsertRowid,
    );
  }
  prepared(ctx.db, 'INSERT OR IGNORE INTO activity_nominees (activity_id, nominee_id) SELECT ?, value FROM json_each(?)').run(
    activityId,
    JSON.stringify(fields.nomineeIds),
  );
  startNurturing(ctx, fields.nomineeIds);
  const after = getActivity(ctx, activityId);
  recordChange(ctx, { action: before ? 'update' : 'create', entity: 'activity', entityId: activityId, before, after });
  return after;
}

/** Deleted softly, so undo and "Đã xóa" can bring it back with its links and files. */
export function deleteActivity(ctx: ServiceContext, id: number): { id: number } {
  const before = getActivity(ctx, id);
  prepared(ctx.db, 'UPDATE activities SET deleted_at = ? WHERE id = ?').run(ctx.now().toISOString(), id);
  recordChange(ctx, { action: 'delete', entity: 'activity', entityId: id, before });
  return { id };
}

export function restoreActivity(ctx: ServiceContext, id: number): Activity {
  const row = prepared(ctx.db, 'SELECT deleted_at FROM activities WHERE id = ?').get(id) as { deleted_at: string | null } | undefined;
  if (!row) throw notFound(`hoạt động bồi dưỡng mã ${id}`);
  if (row.deleted_at === null) throw new AppError('conflict', 'Hoạt động này chưa bị xóa.');
  prepared(ctx.db, 'UPDATE activities SET deleted_at = NULL WHERE id = ?').run(id);
  const after = getActivity(ctx, id);
  recordChange(ctx, { action: 'create', entity: 'activity', entityId: id, after });
  return after;
}

export function attachToActivity(ctx: ServiceContext, id: number, fileName: string, contentBase64: string): Activity {
  getActivity(ctx, id);
  const hash = storeAttachment(ctx, fileName, Buffer.from(contentBase64, 'base64'));
  prepared(ctx.db, 'INSERT OR IGNORE INTO activity_attachments (activity_id, attachment_hash) VALUES (?, ?)').run(id, hash);
  recordChange(ctx, { action: 'create', entity: 'activity_attachment', entityId: `${id}:${hash}`, after: { activityId: id, fileName } });
  return getActivity(ctx, id);
}

/** Unlinks a file from an activity; the file itself stays (another record may use it). */
export function detachFromActivity(ctx: ServiceContext, id: number, hash: string): Activity {
  const before = getActivity(ctx, id).attachments.find((file) => file.hash === hash);
  prepared(ctx.db, 'DELETE FROM activity_attachments WHERE activity_id = ? AND attachment_hash = ?').run(id, hash);
  if (before) recordChange(ctx, { action: 'delete', entity: 'activity_attachment', entityId: `${id}:${hash}`, before });
  return getActivity(ctx, id);
}

import * as z from 'zod';
import { CliError } from './errors.ts';
import { call, parseOption, resolveCampaign, type AreaCommands, type Command } from './command.ts';
import { printJson } from './output.ts';
import { foldText } from '../../shared/text/normalize.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'cần ngày dạng YYYY-MM-DD');
const idList = z
  .string()
  .regex(/^\d+(,\d+)*$/u, 'cần các mã đề cử cách nhau bằng dấu phẩy, ví dụ 12,15,20')
  .transform((value) => value.split(',').map(Number));

/** `activity add --campaign C --nominees ID,ID,… --date YYYY-MM-DD --kind K [--note T] [--by WHO]` */
const activityAddCommand: Command['run'] = async (session, args) => {
  const campaign = await resolveCampaign(session, args.values.campaign);
  const nomineeIds = parseOption(idList, args.values.nominees, 'nominees');
  const happenedOn = parseOption(isoDate, args.values.date, 'date');
  if (typeof args.values.kind !== 'string') throw new CliError('Thiếu --kind (loại hoạt động).', 2);
  // The kind by its code or the start of its name, accents optional ("tap huan").
  const wanted = foldText(args.values.kind.replace(/-/gu, ' '));
  const kinds = await call(session, 'activityKinds.list', {});
  const matching = kinds.filter((kind) => foldText(kind.code.replace(/-/gu, ' ')) === wanted || foldText(kind.name).startsWith(wanted));
  const kind = matching.length === 1 ? matching[0] : kinds.find((item) => item.code === args.values.kind);
  if (!kind) {
    throw new CliError(
      `Không rõ loại hoạt động "${args.values.kind}". Có: ${kinds.map((item) => `${item.code} (${item.name})`).join(', ')}.`,
    );
  }
  const activity = await call(session, 'activities.save', {
    campaignId: campaign.id,
    fields: {
      kind: kind.code,
      happenedOn,
      carriedBy: typeof args.values.by === 'string' ? args.values.by : '',
      note: typeof args.values.note === 'string' ? args.values.note : '',
      nomineeIds,
    },
  });
  if (args.values.json) return printJson(activity);
  return `Đã ghi hoạt động "${activity.kindName}" ngày ${happenedOn} (mã ${activity.id}) cho ${activity.nomineeIds.length} đề cử: ${activity.nominees.map((n) => n.name).join(', ')}${activity.nomineeIds.length > activity.nominees.length ? ', …' : ''}.`;
};

export const commands: AreaCommands = {
  'activity add': { run: activityAddCommand },
};

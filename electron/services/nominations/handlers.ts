import { moveNominees } from './nominee-status.ts';
import type { AreaHandlers } from '../../ipc/handler-types.ts';
import { readAttachment } from '../core/attachment-store.ts';
import { commitImport, previewImport } from './imports.ts';
import { attachToNominee, detachFromNominee, nomineeAttachments } from './nominee-attachments.ts';
import { listNominees } from './nominee-list.ts';
import { exportNominees } from './nominee-export.ts';
import { acceptWarning, deleteNominee, listDeletedNominees, restoreNominee, saveNominee } from './nominees.ts';
import { listSubmissions, setReceived } from './submissions.ts';
import { exportAllTemplates, exportTemplate } from './templates.ts';

export const nominationsHandlers = {
  'nominees.list': (ctx, input) => listNominees(ctx, input),
  'nominees.export': { async: (ctx, input) => exportNominees(ctx, input) },
  'nominees.save': (ctx, input) => saveNominee(ctx, input.campaignId, input.id, input.fields),
  'nominees.delete': (ctx, input) => deleteNominee(ctx, input.id),
  'nominees.restore': (ctx, input) => restoreNominee(ctx, input.id),
  'nominees.setStatus': (ctx, input) => {
    moveNominees(ctx, input.ids, input.status, 'manual', input.reason);
    return { moved: input.ids.length };
  },
  'nominees.deleted': (ctx, input) => listDeletedNominees(ctx, input.campaignId),
  'nominees.acceptWarning': (ctx, input) => acceptWarning(ctx, input.id, input.rule, input.reason),
  'nominees.attachments': (ctx, input) => nomineeAttachments(ctx, input.id),
  'nominees.attach': (ctx, input) => attachToNominee(ctx, input.id, input.fileName, input.contentBase64, input.label),
  'nominees.detach': (ctx, input) => detachFromNominee(ctx, input.id, input.hash),
  'attachments.content': (ctx, input) => readAttachment(ctx, input.hash),
  'submissions.list': (ctx, input) => listSubmissions(ctx, input.campaignId, input.today),
  'submissions.setReceived': (ctx, input) => setReceived(ctx, input),
  'imports.preview': { async: (ctx, input) => previewImport(ctx, input) },
  'imports.commit': { async: (ctx, input) => commitImport(ctx, input) },
  'templates.export': { async: (ctx, input) => exportTemplate(ctx, input.campaignId, input.unitId) },
  'templates.exportAll': { async: (ctx, input) => exportAllTemplates(ctx, input.campaignId) },
} satisfies AreaHandlers<'nominations'>;

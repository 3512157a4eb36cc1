import type { AreaHandlers } from '../../ipc/handler-types.ts';
import { saveDocx } from '../awards/award-exports.ts';
import { getNominee } from '../nominations/nominee-rows.ts';
import { windowsName } from '../../../shared/text/windows-names.ts';
import { exportDossiers, writeDossiers } from './dossier-export.ts';
import { startJob } from '../core/jobs.ts';
import { dossierChecklist } from './dossier-checklist.ts';
import { achievementReport } from './dossier-report.ts';
import { achievementText, saveAchievementText, startingText } from './achievement-text.ts';

export const dossiersHandlers = {
  'dossiers.report': (ctx, input) => ({ document: achievementReport(ctx, input.nomineeId, input.content) }),
  'dossiers.achievement': (ctx, input) => {
    const saved = achievementText(ctx, input.nomineeId);
    return { content: saved ?? startingText(getNominee(ctx, input.nomineeId).achievementSummary), saved: saved !== null };
  },
  'dossiers.saveAchievement': (ctx, input) => saveAchievementText(ctx, input.nomineeId, input.content),
  'dossiers.exportReport': {
    async: (ctx, input) =>
      saveDocx(ctx, achievementReport(ctx, input.nomineeId), windowsName(`Báo cáo thành tích - ${getNominee(ctx, input.nomineeId).name}`)),
  },
  'dossiers.checklist': (ctx, input) => dossierChecklist(ctx, input.campaignId, input.nomineeId ? [input.nomineeId] : undefined),
  'dossiers.startExport': {
    async: async (ctx, input) => {
      const parent = await ctx.platform.chooseFolder?.();
      if (!parent) return null;
      return startJob('Ghi hồ sơ điển hình', async (control) => {
        const written = await writeDossiers(ctx, input.campaignId, parent, control);
        return {
          message: `Đã ghi hồ sơ của ${written.reports} tập thể, cá nhân (${written.units} đơn vị) vào ${written.folder ?? ''}`,
          saved: written.folder,
        };
      });
    },
  },
  'dossiers.export': { async: (ctx, input) => exportDossiers(ctx, input.campaignId) },
} satisfies AreaHandlers<'dossiers'>;

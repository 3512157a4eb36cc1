import { useState } from 'react';
import { App } from 'antd';
import type { PlanDraft } from '../../../shared/document/builders/plan-inputs.ts';
import type { FormatProblem } from '../../../shared/document/check.ts';
import { call, errorMessage } from '../../app/api.ts';
import { ProblemList, useFormatGate } from './PlanChecks.tsx';
import { forgetDraft } from './planDraftStore.ts';

interface PlanActionInputs {
  campaignId: number;
  /** Unsaved edits, or null when the draft on screen is the saved one. */
  edited: PlanDraft | null;
  setEdited: (draft: PlanDraft | null) => void;
  /** The issued version on screen, or null for the draft. */
  issuedId: number | null;
  /** The format check of what is on screen, and of the draft. */
  problems: readonly FormatProblem[];
  draftProblems: readonly FormatProblem[];
  host: string | undefined;
  reload: () => void;
  startIssuing: () => void;
}

/** What the Kế hoạch toolbar does: save, discard, export, print and start issuing, each after the format check. */
export function usePlanActions(inputs: PlanActionInputs) {
  const { campaignId, edited, setEdited, issuedId, problems, draftProblems, host, reload, startIssuing } = inputs;
  const { message, modal } = App.useApp();
  const gate = useFormatGate();
  const [busy, setBusy] = useState(false);

  const save = async (): Promise<boolean> => {
    if (!edited) return true;
    setBusy(true);
    try {
      await call('plans.save', { campaignId, draft: edited });
      forgetDraft(campaignId);
      setEdited(null);
      reload();
      message.success('Đã lưu kế hoạch.');
      return true;
    } catch (failure) {
      modal.error({ title: 'Chưa lưu được kế hoạch', content: errorMessage(failure) });
      return false;
    } finally {
      setBusy(false);
    }
  };
  const discard = () =>
    modal.confirm({
      title: 'Bỏ các thay đổi chưa lưu?',
      content: 'Kế hoạch trở lại như lần lưu gần nhất.',
      okText: 'Bỏ thay đổi',
      okButtonProps: { danger: true },
      cancelText: 'Giữ lại',
      onOk: () => {
        forgetDraft(campaignId);
        setEdited(null);
      },
    });
  const which = issuedId !== null ? { campaignId, issuedId } : { campaignId };
  const ready = async (action: string) => (issuedId !== null || (await save())) && (await gate(problems, action));
  const exportWord = async () => {
    if (!(await ready('xuất Word'))) return;
    try {
      const result = await call('plans.exportDocx', which);
      if (result.saved) message.success(`Đã lưu tệp Word: ${result.saved}`, 6);
    } catch (failure) {
      message.error(errorMessage(failure));
    }
  };
  const exportPdf = async () => {
    if (!(await ready('xuất PDF'))) return;
    if (host !== 'electron') {
      message.info('Trong hộp thoại In, chọn "Lưu dưới dạng PDF".', 6);
      window.print();
      return;
    }
    try {
      const result = await call('plans.exportPdf', which);
      if (result.saved) message.success(`Đã lưu tệp PDF: ${result.saved}`, 6);
    } catch (failure) {
      message.error(errorMessage(failure));
    }
  };
  const print = async () => {
    if (await ready('in')) window.print();
  };
  const startIssue = async () => {
    const blocking = draftProblems.filter((problem) => problem.level === 'error');
    if ((await save()) && (await gate(blocking, 'ban hành'))) startIssuing();
  };
  const showProblems = () =>
    problems.length === 0
      ? message.success('Không phát hiện lỗi thể thức.')
      : modal.info({ title: 'Kết quả kiểm tra thể thức', width: 620, content: <ProblemList problems={problems} />, okText: 'Đóng' });

  return { busy, save, discard, exportWord, exportPdf, print, startIssue, showProblems };
}

import { App, Input } from 'antd';
import { isBackward } from '../../../shared/domain/nominee-status.ts';
import { NOMINEE_STATUS_LABELS, type Nominee, type NomineeStatus } from '../../../shared/domain/nominees.ts';
import { call, errorMessage } from '../../app/api.ts';

/**
 * Moves a nominee by hand from the list's status menu: forward at once (hợp lệ, đang bồi dưỡng),
 * a step back or a withdrawal only with a written reason, asked for before anything changes.
 */
export function useStatusMove(reload: () => void) {
  const { message, modal } = App.useApp();
  const send = async (nominee: Nominee, status: NomineeStatus, reason: string) => {
    try {
      await call('nominees.setStatus', { ids: [nominee.id], status, reason });
      message.success(`${nominee.name}: ${NOMINEE_STATUS_LABELS[status]}.`);
      reload();
    } catch (failure) {
      message.error(errorMessage(failure));
    }
  };
  return (nominee: Nominee, status: NomineeStatus) => {
    if (status !== 'withdrawn' && !isBackward(nominee.status, status)) {
      void send(nominee, status, '');
      return;
    }
    let reason = '';
    // "Chuyển" stays disabled until a reason is written: nothing is sent without one.
    const dialog = modal.confirm({
      title: `Chuyển ${nominee.name} từ "${NOMINEE_STATUS_LABELS[nominee.status]}" sang "${NOMINEE_STATUS_LABELS[status]}"?`,
      content: (
        <Input.TextArea
          autoFocus
          aria-label="Lý do chuyển trạng thái"
          placeholder="Lý do (bắt buộc, ghi vào nhật ký)"
          autoSize={{ minRows: 2, maxRows: 5 }}
          onChange={(e) => {
            reason = e.target.value;
            dialog.update({ okButtonProps: { disabled: !reason.trim() } });
          }}
        />
      ),
      okText: 'Chuyển',
      okButtonProps: { disabled: true },
      cancelText: 'Hủy',
      onOk: () => send(nominee, status, reason),
    });
  };
}

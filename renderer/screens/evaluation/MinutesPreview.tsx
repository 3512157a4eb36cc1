import { App } from 'antd';
import { call, errorMessage } from '../../app/api.ts';
import { useQuery } from '../../app/useQuery.ts';
import { PaperModal } from '../../preview/PaperModal.tsx';

/** The Biên bản of a meeting on A4 as it will print, with the format check, and its Word export. */
export function MinutesPreview({ meetingId, onClose }: { meetingId: number; onClose: () => void }) {
  const { message } = App.useApp();
  const minutes = useQuery('council.minutes', { meetingId });
  const exportWord = async () => {
    try {
      const saved = await call('council.exportMinutes', { meetingId });
      if (saved.saved) message.success(`Đã lưu biên bản: ${saved.saved}`, 6);
    } catch (failure) {
      message.error(errorMessage(failure));
    }
  };
  const errors = minutes.data?.problems.filter((problem) => problem.level === 'error') ?? [];
  return (
    <PaperModal
      title="Biên bản họp Hội đồng Thi đua - Khen thưởng"
      paper={minutes.data}
      error={minutes.error}
      exportDisabled={!minutes.data || errors.length > 0}
      onExport={() => void exportWord()}
      onClose={onClose}
    />
  );
}

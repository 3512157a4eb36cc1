import { Alert, App, Button, Modal, Skeleton, Space } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import { call, errorMessage } from '../../app/api.ts';
import { useQuery } from '../../app/useQuery.ts';
import { DocumentPreview } from '../../preview/DocumentPreview.tsx';

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
    <Modal
      open
      width={900}
      title="Biên bản họp Hội đồng Thi đua - Khen thưởng"
      onCancel={onClose}
      footer={
        <Space>
          <Button onClick={onClose}>Đóng</Button>
          <Button
            type="primary"
            icon={<FileWordOutlined />}
            disabled={!minutes.data || errors.length > 0}
            onClick={() => void exportWord()}
          >
            Xuất Word
          </Button>
        </Space>
      }
    >
      {minutes.error && <Alert type="error" showIcon title={minutes.error} />}
      {minutes.data?.problems.map((problem) => (
        <Alert
          key={problem.message}
          type={problem.level === 'error' ? 'error' : 'warning'}
          showIcon
          title={problem.message}
          style={{ marginBottom: 8 }}
        />
      ))}
      <div className="minutes-preview">
        {minutes.data ? <DocumentPreview document={minutes.data.document} scale={0.8} /> : <Skeleton active />}
      </div>
    </Modal>
  );
}

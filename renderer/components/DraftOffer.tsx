import { Alert, Button, Space } from 'antd';
import { draftTime, type FormDraft } from '../app/formDrafts.ts';

/** In a form opened again: what was typed and not saved last time, to take back or drop. */
export function DraftOffer({ draft, onRestore, onDrop }: { draft: FormDraft<unknown>; onRestore: () => void; onDrop: () => void }) {
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={`Có nội dung đã gõ mà chưa lưu lúc ${draftTime(draft.savedAt)} (màn hình bị tải lại hoặc ứng dụng đóng bất ngờ).`}
      action={
        <Space>
          <Button size="small" type="primary" onClick={onRestore}>
            Khôi phục
          </Button>
          <Button size="small" onClick={onDrop}>
            Bỏ
          </Button>
        </Space>
      }
    />
  );
}

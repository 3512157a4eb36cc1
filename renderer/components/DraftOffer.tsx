import { Alert, Button, Space } from 'antd';
import { draftTime, type FormDraft } from '../app/formDrafts.ts';

/** In a form opened again: what was typed and not saved last time, to take back or drop. */
export function DraftOffer({
  draft,
  stale,
  onRestore,
  onDrop,
}: {
  draft: FormDraft<unknown>;
  /** The record was changed after the typing began: restoring would put back older values. */
  stale: boolean;
  onRestore: () => void;
  onDrop: () => void;
}) {
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={`${draft.label}: có nội dung đã gõ mà chưa lưu lúc ${draftTime(draft.savedAt)} (màn hình bị tải lại hoặc ứng dụng đóng bất ngờ).`}
      description={
        stale
          ? 'Bản ghi này đã được sửa sau lúc đó (ở nơi khác, hoặc dữ liệu đã được khôi phục): khôi phục sẽ thay các giá trị hiện có bằng những gì đã gõ.'
          : undefined
      }
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

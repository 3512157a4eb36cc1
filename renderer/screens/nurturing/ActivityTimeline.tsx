import { App, Button, Drawer, Empty, Space, Tag, Timeline, Upload } from 'antd';
import { DeleteOutlined, EditOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { Activity } from '../../../shared/domain/activities.ts';
import { formatDateVi } from '../../../shared/format/dates.ts';
import { call, errorMessage } from '../../app/api.ts';
import { useQuery } from '../../app/useQuery.ts';
import { downloadAttachment } from '../../components/downloadAttachment.ts';
import { fileToBase64 } from '../../components/fileToBase64.ts';

/** The activities a nominee received, newest first, as a timeline (used on Bồi dưỡng and beside the evaluation). */
export function ActivityList({
  campaignId,
  nomineeId,
  onEdit,
  onChanged,
}: {
  campaignId: number;
  nomineeId: number;
  onEdit?: (activity: Activity) => void;
  onChanged?: () => void;
}) {
  const { message, modal } = App.useApp();
  const activities = useQuery('activities.list', { campaignId, nomineeId });
  const changed = () => {
    activities.reload();
    onChanged?.();
  };
  const remove = (activity: Activity) =>
    modal.confirm({
      title: `Xóa hoạt động "${activity.kindName}" ngày ${formatDateVi(activity.happenedOn)}?`,
      content:
        activity.nomineeIds.length > 1 ? `Hoạt động này ghi cho ${activity.nomineeIds.length} đề cử; xóa là xóa cho tất cả.` : undefined,
      okText: 'Xóa',
      okButtonProps: { danger: true },
      cancelText: 'Hủy',
      onOk: async () => {
        try {
          await call('activities.delete', { id: activity.id });
        } catch (failure) {
          message.error(errorMessage(failure));
          return;
        }
        changed();
        const key = `activity-${activity.id}`;
        message.success({
          key,
          duration: 10,
          content: (
            <span>
              Đã xóa hoạt động.{' '}
              <Button
                size="small"
                type="link"
                onClick={() => {
                  message.destroy(key);
                  void call('activities.restore', { id: activity.id }).then(changed, (failure: unknown) =>
                    message.error(errorMessage(failure)),
                  );
                }}
              >
                Hoàn tác
              </Button>
            </span>
          ),
        });
      },
    });
  const attach = async (activity: Activity, file: File) => {
    try {
      await call('activities.attach', { id: activity.id, fileName: file.name, contentBase64: await fileToBase64(file) });
      changed();
    } catch (failure) {
      message.error(`${file.name}: ${errorMessage(failure)}`);
    }
  };
  const items = activities.data ?? [];
  if (!activities.loading && items.length === 0) return <Empty description="Chưa có hoạt động bồi dưỡng nào" />;
  return (
    <Timeline
      items={items.map((activity) => ({
        key: activity.id,
        children: (
          <div className="activity-item">
            <Space wrap size={6}>
              <strong>{formatDateVi(activity.happenedOn)}</strong>
              <Tag color="blue">{activity.kindName}</Tag>
              {activity.nomineeIds.length > 1 && <Tag>cùng {activity.nomineeIds.length - 1} đề cử khác</Tag>}
            </Space>
            {activity.carriedBy && <div className="muted">Thực hiện: {activity.carriedBy}</div>}
            {activity.note && <div className="wrap-text">{activity.note}</div>}
            {activity.attachments.map((file) => (
              <Button
                key={file.hash}
                size="small"
                type="link"
                icon={<PaperClipOutlined />}
                onClick={() => void downloadAttachment(file.hash)}
              >
                {file.fileName}
              </Button>
            ))}
            {onEdit && (
              <Space size={4}>
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  aria-label={`Sửa hoạt động ngày ${formatDateVi(activity.happenedOn)}`}
                  onClick={() => onEdit(activity)}
                >
                  Sửa
                </Button>
                <Upload showUploadList={false} beforeUpload={(file) => (void attach(activity, file), false)}>
                  <Button size="small" icon={<UploadOutlined />}>
                    Ảnh, tài liệu
                  </Button>
                </Upload>
                <Button
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={`Xóa hoạt động ngày ${formatDateVi(activity.happenedOn)}`}
                  onClick={() => remove(activity)}
                >
                  Xóa
                </Button>
              </Space>
            )}
          </div>
        ),
      }))}
    />
  );
}

/** One nominee's nurturing, in a side panel of the coverage view. */
export function ActivityTimeline(props: {
  campaignId: number;
  nominee: { id: number; name: string; unitName: string };
  onEdit: (activity: Activity) => void;
  onChanged: () => void;
  onClose: () => void;
  version: number;
}) {
  return (
    <Drawer open width={520} title={`Bồi dưỡng: ${props.nominee.name} (${props.nominee.unitName})`} onClose={props.onClose}>
      <ActivityList
        key={props.version}
        campaignId={props.campaignId}
        nomineeId={props.nominee.id}
        onEdit={props.onEdit}
        onChanged={props.onChanged}
      />
    </Drawer>
  );
}

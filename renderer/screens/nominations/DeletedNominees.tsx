import { Button, Drawer, Empty, List } from 'antd';
import { UndoOutlined } from '@ant-design/icons';
import { NOMINEE_KIND_LABELS } from '../../../shared/domain/nominees.ts';
import type { MethodOutput } from '../../../shared/api/contract.ts';

type Deleted = MethodOutput<'nominees.deleted'>[number];

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('vi-VN', { dateStyle: 'short', timeStyle: 'short' });
}

/** "Đã xóa": every deleted nominee of the campaign, each restored with one button, at any time. */
export function DeletedNominees({
  items,
  onRestore,
  onClose,
}: {
  items: Deleted[];
  onRestore: (nominee: Deleted) => void;
  onClose: () => void;
}) {
  return (
    <Drawer open title={`Đề cử đã xóa (${items.length})`} size="large" onClose={onClose}>
      {items.length === 0 ? (
        <Empty description="Chưa xóa đề cử nào" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          dataSource={items}
          renderItem={(nominee) => (
            <List.Item
              actions={[
                <Button key="restore" icon={<UndoOutlined />} aria-label={`Khôi phục ${nominee.name}`} onClick={() => onRestore(nominee)}>
                  Khôi phục
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={nominee.name}
                description={`${NOMINEE_KIND_LABELS[nominee.kind]} · ${nominee.unitName} · xóa lúc ${when(nominee.deletedAt)}`}
              />
            </List.Item>
          )}
        />
      )}
    </Drawer>
  );
}

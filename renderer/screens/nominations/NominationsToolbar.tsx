import { Badge, Button, Space, Tooltip } from 'antd';
import { DeleteOutlined, DownloadOutlined, FileExcelOutlined, PlusOutlined, PrinterOutlined, UndoOutlined } from '@ant-design/icons';
import type { UndoableAction } from './useUndo.ts';

/** What the Đề cử screen offers above its lists: templates, a nominee by hand, the list out, what was deleted, undo. */
export function NominationsToolbar({
  deletedCount,
  lastAction,
  onExportTemplates,
  onAdd,
  onExportList,
  onPrintList,
  onShowDeleted,
  onUndo,
}: {
  deletedCount: number;
  lastAction: UndoableAction | null;
  onExportTemplates: () => void;
  onAdd: () => void;
  onExportList: () => void;
  onPrintList: () => void;
  onShowDeleted: () => void;
  onUndo: () => void;
}) {
  return (
    <Space style={{ marginBottom: 12 }} wrap>
      <Button icon={<DownloadOutlined />} onClick={onExportTemplates}>
        Tải mẫu của tất cả đơn vị
      </Button>
      <Button type="primary" icon={<PlusOutlined />} onClick={onAdd}>
        Thêm đề cử
      </Button>
      <Tooltip title="Danh sách đang lọc ra tệp Excel (A4 ngang)">
        <Button icon={<FileExcelOutlined />} onClick={onExportList}>
          Xuất danh sách
        </Button>
      </Tooltip>
      <Button icon={<PrinterOutlined />} onClick={onPrintList}>
        In danh sách
      </Button>
      <Badge count={deletedCount} size="small" color="#8c8c8c">
        <Button icon={<DeleteOutlined />} onClick={onShowDeleted}>
          Đã xóa
        </Button>
      </Badge>
      <Tooltip title={lastAction ? `Hoàn tác: ${lastAction.label} (Ctrl+Z)` : 'Chưa có thao tác để hoàn tác (Ctrl+Z)'}>
        <Button icon={<UndoOutlined />} disabled={!lastAction} onClick={onUndo} aria-label="Hoàn tác (Ctrl+Z)">
          Hoàn tác
        </Button>
      </Tooltip>
    </Space>
  );
}

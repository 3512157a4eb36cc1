import type { MenuItemConstructorOptions } from 'electron';

/** The window's menus, in Vietnamese; the standard roles keep the OS shortcuts (Ctrl+C, Ctrl+Z …). */
export function menuTemplate(actions: { showAbout: () => void; openDataFolder: () => void }): MenuItemConstructorOptions[] {
  return [
    {
      label: 'Tệp',
      submenu: [
        { label: 'Mở thư mục dữ liệu', click: actions.openDataFolder },
        { type: 'separator' },
        { label: 'Thoát', role: 'quit', accelerator: 'Alt+F4' },
      ],
    },
    {
      label: 'Chỉnh sửa',
      submenu: [
        { label: 'Hoàn tác', role: 'undo' },
        { label: 'Làm lại', role: 'redo' },
        { type: 'separator' },
        { label: 'Cắt', role: 'cut' },
        { label: 'Sao chép', role: 'copy' },
        { label: 'Dán', role: 'paste' },
        { label: 'Chọn tất cả', role: 'selectAll' },
      ],
    },
    {
      label: 'Xem',
      submenu: [
        { label: 'Tải lại', role: 'reload' },
        { type: 'separator' },
        { label: 'Phóng to', role: 'zoomIn' },
        { label: 'Thu nhỏ', role: 'zoomOut' },
        { label: 'Cỡ chữ mặc định', role: 'resetZoom' },
        { type: 'separator' },
        { label: 'Toàn màn hình', role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Trợ giúp',
      submenu: [{ label: 'Giới thiệu', click: actions.showAbout }],
    },
  ];
}

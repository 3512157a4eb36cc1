import fs from 'node:fs';
import { app, dialog, protocol, session as electronSession, type BrowserWindow } from 'electron';
import { APP_SCHEME, appFileFor, CONTENT_SECURITY_POLICY, isAppUrl } from './security.ts';
import { isServableFile, mediaTypeOf } from './static-files.ts';

// Electron's security checklist beyond the window's own settings: the app's pages from app://
// (never file://), no permission and no device for the page, no navigation out, a crashed or
// hung page reported and reloaded.

/** Before the app is ready: app:// behaves as a secure, standard origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** app://renderer/… serves the built renderer's files only, with the CSP as a header. */
export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = appFileFor(request.url, rendererDir);
    if (!file || !isServableFile(file)) return new Response('Không tìm thấy', { status: 404 });
    return new Response(await fs.promises.readFile(file), {
      headers: {
        'Content-Type': mediaTypeOf(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}

/** Every page: no navigation out of the app, no new windows, no webviews, no permissions or devices. */
export function hardenContents(rendererDir: string): void {
  app.on('web-contents-created', (_event, contents) => {
    const stayInApp = (event: { url: string; preventDefault: () => void }) => {
      if (!isAppUrl(event.url, rendererDir)) event.preventDefault();
    };
    contents.on('will-navigate', stayInApp);
    contents.on('will-frame-navigate', stayInApp);
    contents.on('will-redirect', stayInApp);
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  const session = electronSession.defaultSession;
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
}

/**
 * A page that crashes is reloaded with a word to the user (saved data is in the database; the
 * plan's unsaved edits are kept by the page itself); a page that hangs offers to wait or reload.
 * Three crashes within a minute stop the reloading, so a page that cannot start does not loop.
 */
export function recoverFromCrashes(window: BrowserWindow): void {
  const crashes: number[] = [];
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    const now = Date.now();
    crashes.push(now);
    const recent = crashes.filter((at) => now - at < 60_000).length;
    if (recent >= 3) {
      dialog.showErrorBox(
        'Màn hình của ứng dụng bị lỗi',
        `Màn hình bị lỗi ${recent} lần trong một phút (${details.reason}); hãy đóng và mở lại ứng dụng.`,
      );
      return;
    }
    window.webContents.reload();
    void dialog.showMessageBox(window, {
      type: 'warning',
      title: 'Đã mở lại màn hình',
      message: 'Màn hình của ứng dụng bị lỗi và đã được mở lại.',
      detail: `Lý do: ${details.reason}. Mọi dữ liệu đã lưu vẫn còn nguyên; nội dung kế hoạch đang sửa dở được giữ lại.`,
    });
  });
  window.on('unresponsive', () => {
    void dialog
      .showMessageBox(window, {
        type: 'warning',
        title: 'Màn hình không phản hồi',
        message: 'Màn hình của ứng dụng đang không phản hồi.',
        detail: 'Có thể nó đang làm một việc dài. Chờ thêm, hoặc tải lại màn hình (những gì đã lưu không mất).',
        buttons: ['Chờ thêm', 'Tải lại màn hình'],
        defaultId: 0,
        cancelId: 0,
      })
      .then(({ response }) => {
        if (response === 1 && !window.isDestroyed()) window.webContents.reload();
      });
  });
}

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, Menu, app, dialog, ipcMain, session as electronSession, shell } from 'electron';
import { AppError } from '../shared/api/errors.ts';
import { registerIpc } from './ipc/register-ipc.ts';
import { menuTemplate } from './menu.ts';
import { defaultDataFolder, defaultDatabasePath } from './paths.ts';
import { CONTENT_SECURITY_POLICY } from './security.ts';
import { ensureDefaultFolder, openSession, type Session } from './session.ts';
import type { Platform } from './services/context.ts';

// Thin shell: windows, security settings, menus and start-up order. Everything else is in services.
app.setPath('userData', defaultDataFolder());
const rendererDir = path.join(__dirname, '..', 'renderer');
const rendererUrlPrefix = `${pathToFileURL(rendererDir).href}/`;
let current: Session | null = null;
let mainWindow: BrowserWindow | null = null;

const FILE_KINDS = { docx: 'Tài liệu Word', pdf: 'Tệp PDF', xlsx: 'Bảng tính Excel' } as const;

/** Save dialogs and PDF printing: the only things the services need from Electron. */
const platform: Platform = {
  host: 'electron',
  chooseSavePath: async ({ suggestedName, extension }) => {
    const options = {
      title: 'Lưu tệp',
      defaultPath: path.join(app.getPath('documents'), suggestedName),
      filters: [{ name: FILE_KINDS[extension], extensions: [extension] }],
    };
    const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  chooseFolder: async () => {
    const options = { title: 'Chọn thư mục lưu', properties: ['openDirectory' as const, 'createDirectory' as const] };
    const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  saveWindowPdf: async (target) => {
    if (!mainWindow) throw new Error('Không có cửa sổ để in.');
    const data = await mainWindow.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    fs.writeFileSync(target, data);
  },
};

function hardenContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  electronSession.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  electronSession.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: 'Điển hình tiên tiến',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  void window.loadFile(path.join(rendererDir, 'index.html'));
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        openDataFolder: () => void shell.openPath(defaultDataFolder()),
        showAbout: () =>
          void dialog.showMessageBox(window, {
            title: 'Giới thiệu',
            message: `Điển hình tiên tiến ${app.getVersion()}`,
            detail: `Cơ sở dữ liệu: ${current?.ctx.databasePath ?? ''}`,
          }),
      }),
    ),
  );
}

void app.whenReady().then(() => {
  try {
    const databasePath = process.env.DHTT_DB ?? defaultDatabasePath();
    ensureDefaultFolder(databasePath);
    const nativeBinding = process.env.DHTT_SQLITE_BINDING;
    current = openSession({ databasePath, platform, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (error) {
    dialog.showErrorBox('Không mở được dữ liệu', error instanceof AppError ? error.message : (String(error).split('\n')[0] ?? ''));
    app.quit();
    return;
  }
  hardenContents();
  registerIpc(ipcMain, current.dispatch, rendererUrlPrefix);
  createWindow();
});

app.on('window-all-closed', () => {
  current?.close();
  app.quit();
});

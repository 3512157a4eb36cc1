import fs from 'node:fs';
import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, safeStorage, shell } from 'electron';
import { AppError } from '../shared/api/errors.ts';
import { registerIpc } from './ipc/register-ipc.ts';
import { menuTemplate } from './menu.ts';
import { defaultDataFolder, defaultDatabasePath } from './paths.ts';
import { hardenContents, recoverFromCrashes, registerAppScheme, serveAppScheme } from './hardening.ts';
import { APP_PAGE_URL } from './security.ts';
import { ensureDefaultFolder, openSession, type Session } from './session/open-session.ts';
import type { Platform } from './services/core/context.ts';
import { automaticBackup } from './services/backups/automatic-backup.ts';

// Thin shell: windows, security settings, menus and start-up order. Everything else is in services.
app.setPath('userData', defaultDataFolder());
const rendererDir = path.join(__dirname, '..', 'renderer');
let current: Session | null = null;
let mainWindow: BrowserWindow | null = null;

// One app per Windows user: a second launch brings the first window to the front and ends.
const isFirstInstance = app.requestSingleInstanceLock();
if (!isFirstInstance) app.quit();
let backedUpOnQuit = false;
// A launch while the first is closing (its copy on quit under way) is not dropped: it reopens after.
let reopenAfterQuit = false;
app.on('second-instance', () => {
  if (backedUpOnQuit) reopenAfterQuit = true;
  if (!mainWindow || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
});
registerAppScheme();

const FILE_KINDS = { docx: 'Tài liệu Word', pdf: 'Tệp PDF', xlsx: 'Bảng tính Excel', sqlite: 'Bản sao lưu' } as const;

/** Save dialogs, PDF printing and the secure store: the only things the services need from Electron. */
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
  // The SMTP password is stored sealed by Windows (DPAPI), readable by this Windows user alone.
  secrets: {
    seal: (plain) => {
      if (!safeStorage.isEncryptionAvailable()) throw new Error('Máy này không có kho bảo mật để lưu mật khẩu.');
      return safeStorage.encryptString(plain).toString('base64');
    },
    unseal: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
  },
};

/** The frame IPC answers: the main frame of the app's window, while it exists. */
function appFrame() {
  return mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents.mainFrame : null;
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
  recoverFromCrashes(window);
  void window.loadURL(APP_PAGE_URL);
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
  if (!isFirstInstance) return;
  try {
    const databasePath = process.env.DHTT_DB ?? defaultDatabasePath();
    ensureDefaultFolder(databasePath);
    current = openSession({ databasePath, platform, holder: 'electron' });
  } catch (error) {
    dialog.showErrorBox('Không mở được dữ liệu', error instanceof AppError ? error.message : (String(error).split('\n')[0] ?? ''));
    app.quit();
    return;
  }
  serveAppScheme(rendererDir);
  hardenContents(rendererDir);
  registerIpc(ipcMain, current.dispatch, appFrame);
  createWindow();
  void automaticBackup(current.ctx);
});

app.on('window-all-closed', () => app.quit());

// A copy on quit (unless nothing changed), then the real quit; an unreachable folder never blocks it.
app.on('before-quit', (event) => {
  if (backedUpOnQuit || !current) return;
  backedUpOnQuit = true;
  event.preventDefault();
  void automaticBackup(current.ctx).finally(() => {
    if (reopenAfterQuit) app.relaunch();
    app.quit();
  });
});

// Quitting from the menu (role "quit") skips window-all-closed: the database closes here, once.
app.on('will-quit', () => {
  current?.close();
  current = null;
});

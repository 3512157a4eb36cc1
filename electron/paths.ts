import os from 'node:os';
import path from 'node:path';

/** The folder name under the OS's per-user application data folder (Electron's userData). */
export const APP_FOLDER_NAME = 'Dien hinh tien tien';
export const DATABASE_FILE_NAME = 'dien-hinh-tien-tien.sqlite';

/** %APPDATA% on Windows, ~/Library/Application Support on macOS, $XDG_CONFIG_HOME or ~/.config elsewhere. */
export function defaultDataFolder(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', APP_FOLDER_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), APP_FOLDER_NAME);
}

export function defaultDatabasePath(): string {
  return path.join(defaultDataFolder(), DATABASE_FILE_NAME);
}

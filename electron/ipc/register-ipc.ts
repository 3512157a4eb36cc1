import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { INVOKE_CHANNEL } from '../../shared/api/window-api.ts';
import { isSameFrame } from '../security.ts';
import type { Dispatch } from './dispatcher.ts';

/**
 * The Electron door to the dispatcher: one channel, answered only when the sender is the main
 * frame of the app's window (the frame itself, not its URL, which Chromium spells its own way).
 * Validation happens in the dispatcher, as for every door.
 */
export function registerIpc(ipcMain: IpcMain, dispatch: Dispatch, appFrame: () => WebFrameMain | null): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event: IpcMainInvokeEvent, message: unknown) => {
    if (!isSameFrame(event.senderFrame, appFrame())) {
      return { ok: false, error: { code: 'forbidden', message: 'Yêu cầu không đến từ cửa sổ của ứng dụng.' } };
    }
    const { method, input } = (typeof message === 'object' && message !== null ? message : {}) as {
      method?: unknown;
      input?: unknown;
    };
    return dispatch(typeof method === 'string' ? method : '', input);
  });
}

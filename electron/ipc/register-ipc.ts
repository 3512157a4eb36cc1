import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNEL } from '../../shared/api/window-api.ts';
import type { Dispatch } from './dispatcher.ts';

/**
 * The Electron door to the dispatcher: one channel; the sender must be the app's own top
 * frame loaded from its own files. Validation happens in the dispatcher, as for every door.
 */
export function registerIpc(ipcMain: IpcMain, dispatch: Dispatch, rendererUrlPrefix: string): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event: IpcMainInvokeEvent, message: unknown) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !frame.url.startsWith(rendererUrlPrefix)) {
      return { ok: false, error: { code: 'forbidden', message: 'Yêu cầu không đến từ cửa sổ của ứng dụng.' } };
    }
    const { method, input } = (typeof message === 'object' && message !== null ? message : {}) as {
      method?: unknown;
      input?: unknown;
    };
    return dispatch(typeof method === 'string' ? method : '', input);
  });
}

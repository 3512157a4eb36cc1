import { contextBridge, ipcRenderer } from 'electron';
import { isMethodName } from '../shared/api/contract.ts';
import { INVOKE_CHANNEL, type WindowApi } from '../shared/api/window-api.ts';

/** Exposes exactly one function to the page: invoke a method of the contract by name. */
const api: WindowApi = {
  invoke: (method, input) => {
    if (!isMethodName(method)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown_method', message: `Không có chức năng "${String(method)}".` } });
    }
    return ipcRenderer.invoke(INVOKE_CHANNEL, { method, input });
  },
};

contextBridge.exposeInMainWorld('api', api);

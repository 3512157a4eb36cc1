import { contextBridge, ipcRenderer } from 'electron';
import { INVOKE_CHANNEL, type WindowApi } from '../shared/api/window-api.ts';

/**
 * Exposes exactly one function to the page: invoke a method by name over one channel. The main
 * process checks the sender, the method name and the input; nothing is checked twice here.
 */
const api: WindowApi = {
  invoke: (method, input) => ipcRenderer.invoke(INVOKE_CHANNEL, { method, input }),
};

contextBridge.exposeInMainWorld('api', api);

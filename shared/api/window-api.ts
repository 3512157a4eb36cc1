import type { ApiResult } from './errors.ts';
import type { MethodInput, MethodName, MethodOutput } from './contract.ts';

/** What the preload (Electron) or the loopback bridge (browser) gives the renderer. */
export interface WindowApi {
  invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<ApiResult<MethodOutput<M>>>;
}

/** The single IPC channel; the method name travels inside the message. */
export const INVOKE_CHANNEL = 'dhtt:invoke';

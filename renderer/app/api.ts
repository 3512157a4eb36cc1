import type { ApiError, ApiResult } from '../../shared/api/errors.ts';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract.ts';
import type { WindowApi } from '../../shared/api/window-api.ts';
import { callEnded, callStarted } from './pendingCalls.ts';

declare global {
  interface Window {
    api?: WindowApi;
  }
}

/** Thrown in the UI when a call fails; `path` names the field, for forms. */
export class CallError extends Error {
  readonly error: ApiError;

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'CallError';
    this.error = error;
  }
}

/** The loopback bridge of `npm run start:browser`: same methods, over HTTP with the page's token. */
function bridgeApi(token: string): WindowApi {
  return {
    async invoke(method, input) {
      try {
        const response = await fetch('./api/invoke', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ method, input }),
        });
        return (await response.json()) as ApiResult<never>;
      } catch {
        return {
          ok: false,
          error: { code: 'internal', message: 'Mất kết nối với máy chủ của ứng dụng. Hãy chạy lại npm run start:browser.' },
        };
      }
    },
  };
}

function resolveApi(): WindowApi | null {
  if (window.api) return window.api;
  // The bridge's token is only in the address that opened the page, never in the page itself.
  const token = new URLSearchParams(window.location.search).get('token');
  return token ? bridgeApi(token) : null;
}

const transport = resolveApi();

export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  if (!transport) throw new CallError({ code: 'internal', message: 'Không kết nối được với phần xử lý của ứng dụng.' });
  const id = callStarted();
  try {
    const result = await transport.invoke(method, input);
    if (!result.ok) throw new CallError(result.error);
    return result.value;
  } finally {
    callEnded(id);
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof CallError) return error.message;
  return 'Đã xảy ra lỗi không mong đợi.';
}

/** Error codes every caller (UI, command line, tests) can rely on. */
export type ErrorCode = 'invalid_input' | 'unknown_method' | 'not_found' | 'conflict' | 'database' | 'forbidden' | 'internal';

export interface ApiError {
  code: ErrorCode;
  /** A plain Vietnamese sentence a user can act on; never a stack trace. */
  message: string;
  /** The input field the message is about, e.g. "email" or "quotas.2.collective". */
  path?: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by services for expected failures; the dispatcher turns it into an ApiError. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly path: string | undefined;

  constructor(code: ErrorCode, message: string, path?: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.path = path;
  }
}

export function notFound(what: string): AppError {
  return new AppError('not_found', `Không tìm thấy ${what}.`);
}

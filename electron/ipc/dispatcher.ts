import { config as configureZod } from 'zod';
import type * as z from 'zod';
import vi from 'zod/v4/locales/vi.js';
import { areaOfMethod } from '../../shared/api/method-areas.ts';
import { AppError, type ApiError, type ApiResult } from '../../shared/api/errors.ts';
import { cleanText } from '../../shared/text/normalize.ts';
import type { MethodName } from '../../shared/api/contract.ts';
import type { ServiceContext } from '../services/core/context.ts';
import type { Handler } from './handler-types.ts';
import { loadArea } from './areas.ts';
import { describeSqliteError, sqliteCode } from '../db/sqlite-errors.ts';

function issuePath(issue: z.core.$ZodIssue): string | undefined {
  return issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
}

/** The first problem of an input, as one Vietnamese sentence and the field it is about. */
export function describeZodError(error: z.ZodError): ApiError {
  const issue = error.issues[0];
  if (!issue) return { code: 'invalid_input', message: 'Dữ liệu nhập không hợp lệ.' };
  const path = issuePath(issue);
  const message = issue.code === 'unrecognized_keys' ? `Trường không được phép: ${issue.keys.join(', ')}.` : issue.message;
  return path ? { code: 'invalid_input', message, path } : { code: 'invalid_input', message };
}

function isZodError(error: unknown): error is z.ZodError {
  return error instanceof Error && error.name === 'ZodError' && Array.isArray((error as { issues?: unknown }).issues);
}

export type Dispatch = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

export interface DispatcherOptions {
  /** Where unexpected errors go with their stack; the caller only sees a plain sentence. */
  logError?: (error: unknown, method: string) => void;
}

function toApiError(error: unknown, method: string, options: DispatcherOptions): ApiError {
  if (error instanceof AppError) {
    return error.path ? { code: error.code, message: error.message, path: error.path } : { code: error.code, message: error.message };
  }
  if (isZodError(error)) return describeZodError(error);
  (options.logError ?? ((e) => console.error(`[${method}]`, e)))(error, method);
  if (sqliteCode(error) !== null) {
    return { code: 'database', message: describeSqliteError(error) ?? 'Cơ sở dữ liệu từ chối thao tác này; không có gì bị thay đổi.' };
  }
  return { code: 'internal', message: 'Đã xảy ra lỗi không mong đợi; không có gì bị thay đổi. Chi tiết đã được ghi vào nhật ký.' };
}

// zod's own messages (a wrong type, a missing field) in Vietnamese.
configureZod(vi());

/**
 * The single entry for every caller (Electron IPC, the loopback bridge, the command line, tests):
 * finds the method's area (loaded on its first call), validates the input, runs the service in one
 * transaction, and always answers with { ok, value } or { ok: false, error } — never throws.
 */
export function createDispatcher(ctx: ServiceContext, options: DispatcherOptions = {}): Dispatch {
  const running = new Set<Promise<unknown>>();
  let exclusive: Promise<void> | null = null;
  const run = async (handler: Handler<MethodName>, input: never): Promise<unknown> => {
    while (exclusive) await exclusive;
    if (typeof handler === 'function') {
      // Immediate: a writer takes the lock at once and waits its turn (busy_timeout) instead of
      // failing when it upgrades from a read while another process writes.
      return ctx.db.transaction(() => handler(ctx, input)).immediate();
    }
    if (!handler.exclusive) {
      const call = handler.async(ctx, input);
      running.add(call);
      return call.finally(() => running.delete(call));
    }
    let release = () => undefined as void;
    exclusive = new Promise((resolve) => (release = resolve));
    try {
      await Promise.allSettled([...running]);
      return await handler.async(ctx, input);
    } finally {
      exclusive = null;
      release();
    }
  };
  return async (method, input) => {
    // The name is shown cut short and without control characters: a caller's garbage is not echoed whole.
    const shown = cleanText(String(method)).slice(0, 60);
    const unknown = {
      ok: false as const,
      error: { code: 'unknown_method' as const, message: `Không có chức năng "${shown}${String(method).length > 60 ? '…' : ''}".` },
    };
    const area = areaOfMethod(method);
    if (!area) return unknown;
    try {
      const { methods, handlers } = await loadArea(area);
      if (!Object.hasOwn(methods, method)) return unknown;
      const entry = methods[method as keyof typeof methods] as { input: z.ZodType };
      const parsed = entry.input.safeParse(input ?? {});
      if (!parsed.success) return { ok: false, error: describeZodError(parsed.error) };
      const value = await run(handlers[method as keyof typeof handlers] as Handler<MethodName>, parsed.data as never);
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: toApiError(error, method, options) };
    }
  };
}

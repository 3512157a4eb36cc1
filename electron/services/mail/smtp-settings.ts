import { AppError } from '../../../shared/api/errors.ts';
import { SMTP_PASSWORD_VARIABLE, type MailSettings, type SmtpSecurity, type SmtpSettings } from '../../../shared/domain/mail.ts';
import type { SmtpServer } from '../../mail/outgoing.ts';
import type { ServiceContext } from '../core/context.ts';
import { recordChange } from '../core/audit.ts';
import { prepared } from '../../db/statements.ts';

/**
 * The office's SMTP server (Cài đặt → Email). The password is stored only sealed by the
 * operating system's store; where the host has none it is read from DHTT_SMTP_PASSWORD.
 */

const SETTINGS_KEY = 'mail.smtp';
const PASSWORD_KEY = 'mail.smtp-password-sealed';

function readSetting(ctx: ServiceContext, key: string): unknown {
  const stored = prepared(ctx.db, 'SELECT value_json FROM app_settings WHERE key = ?').pluck().get(key) as string | undefined;
  return stored === undefined ? undefined : (JSON.parse(stored) as unknown);
}

function writeSetting(ctx: ServiceContext, key: string, value: unknown): void {
  prepared(
    ctx.db,
    'INSERT INTO app_settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json',
  ).run(key, JSON.stringify(value));
}

export function smtpSettings(ctx: ServiceContext): SmtpSettings | null {
  return (readSetting(ctx, SETTINGS_KEY) as SmtpSettings | undefined) ?? null;
}

export function mailSettings(ctx: ServiceContext): MailSettings {
  const sealed = readSetting(ctx, PASSWORD_KEY);
  const environment = Boolean(process.env[SMTP_PASSWORD_VARIABLE]);
  return {
    smtp: smtpSettings(ctx),
    passwordStorage: ctx.platform.secrets ? 'os' : 'environment',
    passwordSaved: ctx.platform.secrets ? typeof sealed === 'string' : environment,
  };
}

/**
 * Saves the server; a password given is sealed first (refused where no store exists, so it is
 * never written in plain text), an empty one removes the saved one, none keeps it.
 */
export function saveMailSettings(ctx: ServiceContext, smtp: SmtpSettings, password: string | undefined): MailSettings {
  const before = smtpSettings(ctx);
  if (password !== undefined && password !== '' && !ctx.platform.secrets) {
    throw new AppError(
      'invalid_input',
      `Máy này không có kho bảo mật để lưu mật khẩu; hãy đặt mật khẩu trong biến môi trường ${SMTP_PASSWORD_VARIABLE}.`,
      'password',
    );
  }
  writeSetting(ctx, SETTINGS_KEY, smtp);
  if (password === '') prepared(ctx.db, 'DELETE FROM app_settings WHERE key = ?').run(PASSWORD_KEY);
  else if (password !== undefined && ctx.platform.secrets) writeSetting(ctx, PASSWORD_KEY, ctx.platform.secrets.seal(password));
  recordChange(ctx, {
    action: before ? 'update' : 'create',
    entity: 'mail_settings',
    entityId: 'smtp',
    before: before ?? undefined,
    after: { ...smtp, password: password === undefined ? 'giữ nguyên' : password === '' ? 'đã xóa' : 'đã thay' },
  });
  return mailSettings(ctx);
}

function smtpPassword(ctx: ServiceContext): string | null {
  const sealed = readSetting(ctx, PASSWORD_KEY);
  if (ctx.platform.secrets && typeof sealed === 'string') {
    try {
      return ctx.platform.secrets.unseal(sealed);
    } catch {
      throw new AppError(
        'invalid_input',
        'Không mở được mật khẩu email đã lưu (đổi người dùng Windows?): hãy nhập lại mật khẩu ở Cài đặt.',
      );
    }
  }
  return process.env[SMTP_PASSWORD_VARIABLE] ?? null;
}

export interface ServerOverride {
  host: string;
  port: number;
  security: SmtpSecurity;
  user?: string | undefined;
}

/** The server to send through: the saved one, or the command line's --smtp over it. */
export function smtpServer(
  ctx: ServiceContext,
  override?: ServerOverride,
): { server: SmtpServer; from: SmtpSettings['fromAddress']; fromName: string } {
  const saved = smtpSettings(ctx);
  if (!override && !saved) throw new AppError('invalid_input', 'Chưa cài đặt máy chủ email: vào Cài đặt → Email để nhập máy chủ SMTP.');
  const from = saved?.fromAddress ?? (override?.user?.includes('@') ? override.user : null);
  if (!from) throw new AppError('invalid_input', 'Chưa có địa chỉ gửi đi: vào Cài đặt → Email để nhập địa chỉ người gửi.');
  const host = override?.host ?? saved?.host ?? '';
  return {
    server: {
      host,
      port: override?.port ?? saved?.port ?? 587,
      security: override?.security ?? saved?.security ?? 'starttls',
      user: override?.user ?? saved?.user ?? '',
      password: smtpPassword(ctx),
    },
    from,
    fromName: saved?.fromName ?? '',
  };
}

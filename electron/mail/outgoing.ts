import fs from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { SmtpSecurity } from '../../shared/domain/mail.ts';
import { freeFileName } from '../services/core/file-names.ts';

/**
 * The two ways a message leaves: through the office's SMTP server, or as an .eml draft the
 * user opens in Outlook or Thunderbird. Each attempt answers with what happened, never throws,
 * so one refused recipient does not stop the others.
 */

export interface OutgoingMessage {
  from: { name: string; address: string };
  to: string;
  subject: string;
  text: string;
  attachments: { filename: string; content: Buffer }[];
}

export type Delivery = { outcome: 'sent' | 'draft'; answer: string } | { outcome: 'failed'; answer: string };

export interface SmtpServer {
  host: string;
  port: number;
  security: SmtpSecurity;
  user: string;
  password: string | null;
}

export interface Outbox {
  deliver: (message: OutgoingMessage, draftName: string) => Promise<Delivery>;
  close: () => void;
}

/** The server's own words for a failure (its reply line when it gave one). */
function reasonOf(error: unknown): string {
  if (error && typeof error === 'object') {
    const { response, message } = error as { response?: unknown; message?: unknown };
    if (typeof response === 'string' && response.trim()) return response.trim();
    if (typeof message === 'string' && message.trim()) return message.trim().split('\n')[0] ?? '';
  }
  return String(error);
}

function smtpTransport(server: SmtpServer) {
  return nodemailer.createTransport({
    host: server.host,
    port: server.port,
    secure: server.security === 'tls',
    // 'none' still upgrades when the server offers STARTTLS; it only does not insist.
    requireTLS: server.security === 'starttls',
    ...(server.user ? { auth: { user: server.user, pass: server.password ?? '' } } : {}),
    // A wrong host or a silent firewall fails in seconds, not after minutes.
    connectionTimeout: 15_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
}

export function smtpOutbox(server: SmtpServer): Outbox {
  const transport = smtpTransport(server);
  return {
    deliver: async (message) => {
      try {
        const info = await transport.sendMail(message);
        if (info.rejected.length > 0) return { outcome: 'failed', answer: `Máy chủ từ chối người nhận: ${info.response}` };
        return { outcome: 'sent', answer: info.response };
      } catch (error) {
        return { outcome: 'failed', answer: reasonOf(error) };
      }
    },
    close: () => transport.close(),
  };
}

/** Checks the login and the connection without sending anything. */
export async function verifySmtp(server: SmtpServer): Promise<{ ok: boolean; answer: string }> {
  const outbox = smtpTransport(server);
  try {
    await outbox.verify();
    return { ok: true, answer: 'Kết nối và đăng nhập máy chủ thành công.' };
  } catch (error) {
    return { ok: false, answer: reasonOf(error) };
  } finally {
    outbox.close();
  }
}

/** Drafts in one folder; "X-Unsent: 1" makes Outlook open each as a message ready to send. */
export function emlOutbox(folder: string): Outbox {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    deliver: async (message, draftName) => {
      try {
        const info = await transport.sendMail({ ...message, headers: { 'X-Unsent': '1' } });
        const target = freeFileName(folder, `${draftName}.eml`);
        fs.writeFileSync(target, info.message as Buffer);
        return { outcome: 'draft', answer: path.basename(target) };
      } catch (error) {
        return { outcome: 'failed', answer: reasonOf(error) };
      }
    },
    close: () => transport.close(),
  };
}

import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The renderer's Content Security Policy: only the app's own scripts, no remote content.
 * Inline styles are allowed because Ant Design writes its styles at run time. The build writes
 * it into index.html as a meta tag (the only way it reaches a file:// page in Electron); the
 * loopback bridge also sends it as a header, which can carry frame-ancestors as well.
 */
export const CONTENT_SECURITY_POLICY_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
] as const;

/** As a meta tag: browsers ignore frame-ancestors there. */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY_DIRECTIVES.join('; ');
export const CONTENT_SECURITY_POLICY = [...CONTENT_SECURITY_POLICY_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/**
 * Whether a URL is one of the app's own files (the built renderer folder), so that reloading the
 * page is allowed and leaving the app is not. Chromium writes a Windows path with an upper-case
 * drive letter and its own escapes ("file:///C:/Users/An%20Nguyen/…"), so the URL is turned back
 * into a path and compared as the platform compares paths, never as a string prefix.
 */
export function isAppUrl(url: string, rendererDir: string, platform: NodeJS.Platform = process.platform): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'file:') return false;
  const windows = platform === 'win32';
  const paths = windows ? path.win32 : path.posix;
  let file: string;
  try {
    file = fileURLToPath(parsed, { windows });
  } catch {
    return false;
  }
  const relative = paths.relative(paths.resolve(rendererDir), paths.resolve(file));
  return relative !== '' && !relative.startsWith('..') && !paths.isAbsolute(relative);
}

/** What identifies a frame of Electron's main process (WebFrameMain), whatever its URL. */
export interface FrameIdentity {
  readonly processId: number;
  readonly frameToken: string;
  readonly detached?: boolean;
}

/** The sender is the app window's own main frame: same renderer process and same frame. */
export function isSameFrame(sender: FrameIdentity | null | undefined, appFrame: FrameIdentity | null | undefined): boolean {
  if (!sender || !appFrame || sender.detached) return false;
  return sender.processId === appFrame.processId && sender.frameToken === appFrame.frameToken;
}

import path from 'node:path';

/**
 * The renderer's Content Security Policy: only the app's own scripts, no remote content.
 * Inline styles are allowed because Ant Design writes its styles at run time. The build writes
 * it into index.html as a meta tag; the app:// protocol and the loopback bridge also send it as a
 * header, which can carry frame-ancestors as well.
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

/** The app's own pages are served from this origin (a custom protocol, never file://). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * The file of the built renderer an app:// URL names, or null for anything else: another scheme,
 * another host, or a path that escapes the folder (also when written with escapes such as %2e%2e
 * or %5c). The folder is compared as the platform compares paths, never as a string prefix.
 */
export function appFileFor(url: string, rendererDir: string, platform: NodeJS.Platform = process.platform): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username || parsed.password || parsed.port) return null;
  let relativePath: string;
  try {
    relativePath = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (relativePath.includes('\0')) return null;
  const paths = platform === 'win32' ? path.win32 : path.posix;
  const root = paths.resolve(rendererDir);
  const file = paths.resolve(root, `.${relativePath === '/' ? '/index.html' : relativePath}`);
  const relative = paths.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !paths.isAbsolute(relative) ? file : null;
}

/** Whether a URL is one of the app's own pages, so reloading is allowed and leaving the app is not. */
export function isAppUrl(url: string, rendererDir: string, platform: NodeJS.Platform = process.platform): boolean {
  return appFileFor(url, rendererDir, platform) !== null;
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

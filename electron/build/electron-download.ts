import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The Electron binary for `npm start`: the npm package has no install step, so the binary is
 * fetched on first use. The download shows its progress, and a failure says its real reason
 * (no network, a proxy, a timeout, a damaged file, a blocked extractor) and how to set a proxy.
 * The path itself is what the electron package's own entry returns.
 */
const require = createRequire(import.meta.url);
const electronPackage = require.resolve('electron/package.json');
const electronDir = path.dirname(electronPackage);

export const PROXY_HINT = [
  'Nếu cơ quan đi Internet qua proxy, đặt biến môi trường rồi chạy lại, ví dụ trong cmd của Windows:',
  '  set HTTPS_PROXY=http://may-proxy:8080',
  '  set NODE_USE_ENV_PROXY=1',
  '  npm start',
  'Nếu có máy chủ chứa sẵn bản Electron trong mạng nội bộ: set ELECTRON_MIRROR=http://may-chu/electron/',
].join('\n');

export class ElectronUnavailable extends Error {
  override readonly name = 'ElectronUnavailable';
}

/** The errors and codes along an error's chain of causes (fetch wraps the socket's error). */
function chain(error: unknown): { codes: string[]; messages: string[]; status: number | null } {
  const codes: string[] = [];
  const messages: string[] = [];
  let status: number | null = null;
  for (let current = error, depth = 0; current && depth < 6; depth += 1) {
    if (typeof current !== 'object') {
      messages.push(String(current));
      break;
    }
    const item = current as {
      code?: unknown;
      name?: unknown;
      message?: unknown;
      response?: { status?: unknown };
      cause?: unknown;
      errors?: unknown;
    };
    if (typeof item.code === 'string') codes.push(item.code);
    if (typeof item.name === 'string') codes.push(item.name);
    if (typeof item.message === 'string') messages.push(item.message);
    if (typeof item.response?.status === 'number') status = item.response.status;
    current = item.cause ?? (Array.isArray(item.errors) ? item.errors[0] : undefined);
  }
  return { codes, messages, status };
}

/** One Vietnamese sentence for why the download failed. */
export function downloadFailureReason(error: unknown): string {
  const { codes, messages, status } = chain(error);
  const has = (...wanted: string[]) => wanted.some((code) => codes.includes(code));
  const said = (pattern: RegExp) => messages.some((message) => pattern.test(message));
  if (status === 407 || said(/proxy/iu)) return 'proxy từ chối yêu cầu (cần đúng địa chỉ proxy hoặc tài khoản proxy)';
  if (has('ENOTFOUND', 'EAI_AGAIN')) return 'không tìm thấy máy chủ tải về: máy chưa có mạng Internet, hoặc tên miền bị chặn';
  if (has('ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'TimeoutError')) {
    return 'quá thời gian chờ máy chủ tải về (mạng chậm hoặc bị chặn)';
  }
  if (has('ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'UND_ERR_SOCKET')) {
    return 'kết nối tới máy chủ tải về bị từ chối hoặc bị ngắt (tường lửa hoặc proxy của cơ quan?)';
  }
  if (status !== null) return `máy chủ tải về trả lời mã ${status}`;
  if (said(/checksum/iu)) return 'tệp tải về bị hỏng hoặc bị thay đổi (mã kiểm tra không khớp); hãy chạy lại';
  return (messages[0] ?? String(error)).split('\n')[0] ?? 'lỗi không rõ';
}

/** Whether the electron package's entry already has a binary to return (then it downloads nothing). */
function installed(): boolean {
  const pathFile = path.join(electronDir, 'path.txt');
  return fs.existsSync(pathFile) && fs.existsSync(path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8')));
}

function megabytes(bytes: number): string {
  return (bytes / 1_048_576).toFixed(0);
}

/** Downloads Electron's zip into @electron/get's cache (as the package's own install does), with progress. */
export async function downloadElectronZip(
  version: string,
  write: (text: string) => void = (text) => process.stdout.write(text),
): Promise<string> {
  const getEntry = createRequire(electronPackage).resolve('@electron/get');
  const get = (await import(pathToFileURL(getEntry).href)) as typeof import('@electron/get');
  let shown = -1;
  try {
    const zip = await get.downloadArtifact({
      version,
      artifactName: 'electron',
      platform: process.platform,
      arch: process.arch,
      checksums: require(path.join(electronDir, 'checksums.json')) as Record<string, string>,
      ...(process.env.electron_config_cache ? { cacheRoot: process.env.electron_config_cache } : {}),
      downloadOptions: {
        quiet: true,
        getProgressCallback: async ({ transferred, total, percent }: { transferred: number; total: number; percent: number }) => {
          const step = Math.floor(percent * 20);
          if (step === shown) return;
          shown = step;
          write(`\rĐang tải Electron ${version}: ${Math.round(percent * 100)} % (${megabytes(transferred)}/${megabytes(total)} MB)`);
        },
      },
    });
    if (shown >= 0) write('\n');
    return zip;
  } catch (error) {
    if (shown >= 0) write('\n');
    throw new ElectronUnavailable(`không tải được Electron ${version}: ${downloadFailureReason(error)}.\n${PROXY_HINT}`);
  }
}

/** The Electron executable, downloading and unpacking it first when it is not there yet. */
export async function electronBinary(): Promise<string> {
  if (!installed()) {
    const { version } = require(electronPackage) as { version: string };
    console.log(`Lần chạy đầu: tải chương trình Electron ${version} (khoảng 110 MB, cần mạng)…`);
    await downloadElectronZip(version);
    // The package's own install step finds the zip in the cache and unpacks it.
    const unpack = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
      stdio: ['ignore', 'inherit', 'pipe'],
      encoding: 'utf8',
    });
    if (unpack.status !== 0 || !installed()) {
      const detail = (unpack.stderr || unpack.error?.message || '').trim().split('\n')[0] ?? '';
      throw new ElectronUnavailable(
        `đã tải Electron nhưng không giải nén được (phần mềm bảo vệ của máy có thể chặn trình giải nén): ${detail}`,
      );
    }
  }
  return require('electron') as string;
}

import { call } from '../app/api.ts';

/** Opens a kept file again: the browser's or Electron's own download/save of the bytes. */
export async function downloadAttachment(hash: string): Promise<void> {
  const file = await call('attachments.content', { hash });
  const bytes = Uint8Array.from(atob(file.contentBase64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

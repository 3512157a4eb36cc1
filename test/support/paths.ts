import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder, so tests name files by their path in the repository. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function repoPath(relative: string): string {
  return path.join(REPO_ROOT, relative);
}

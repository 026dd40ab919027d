/** How input paths are shown in records, messages and links. */
import { relative, resolve, sep, isAbsolute } from 'node:path';

/** The path a record reports: relative to the working folder, with forward slashes. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, path));
  const shown = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? resolve(cwd, path) : rel;
  return shown.split(sep).join('/');
}

/**
 * Walking a folder for bulletins: recursive, sorted byte-wise, skipping dot-folders,
 * `node_modules` and excluded folders (the build's own output). Symbolic links to files are
 * followed once (a file reached twice is read once); links to folders are not followed, so a
 * loop or a link to `/` cannot trap the walk. Problems are warnings; the walk goes on.
 */
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { BULLETIN_EXTENSIONS } from './source.js';

/** A file found, or a problem met. */
export interface WalkResult {
  files: string[];
  warnings: Array<{ path: string; message: string }>;
}

/** Finds bulletin files under `root` (a folder or one file). */
export async function walkBulletins(root: string, exclude: string[] = []): Promise<WalkResult> {
  const files: string[] = [];
  const warnings: WalkResult['warnings'] = [];
  const seen = new Set<string>();
  const excluded = new Set<string>();
  for (const e of exclude) {
    excluded.add(resolve(e));
    try {
      excluded.add(await realpath(e));
    } catch {
      // An output folder that does not exist yet excludes nothing.
    }
  }
  const info = await stat(root);
  if (info.isFile()) return { files: [root], warnings };

  const visit = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      warnings.push({ path: dir, message: `cannot read folder: ${(error as NodeJS.ErrnoException).code ?? 'error'}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // Folder links are not followed, so a plain file's real path is its folder's plus its name.
    let realDir: string;
    try {
      realDir = await realpath(dir);
    } catch {
      realDir = resolve(dir);
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      if (excluded.has(resolve(path))) continue;
      if (entry.isDirectory()) {
        await visit(path);
        continue;
      }
      if (!BULLETIN_EXTENSIONS.has(extname(entry.name).toLowerCase())) continue;
      let real = path;
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(path);
          if (!target.isFile()) {
            warnings.push({ path, message: 'symbolic link to a folder is not followed' });
            continue;
          }
          real = await realpath(path);
        } catch {
          warnings.push({ path, message: 'dangling symbolic link skipped' });
          continue;
        }
      } else if (!entry.isFile()) {
        continue;
      } else {
        real = join(realDir, entry.name);
      }
      if (seen.has(real)) continue;
      seen.add(real);
      files.push(path);
    }
  };
  const rootInfo = await lstat(root);
  if (rootInfo.isSymbolicLink()) warnings.push({ path: root, message: 'input folder is a symbolic link; walking its target' });
  await visit(root);
  return { files, warnings };
}

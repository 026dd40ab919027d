/**
 * The writer: puts planned digest files into the output folder atomically (a temporary file in
 * the same folder, then a rename, as write-file-atomic does), leaves a file untouched when its
 * bytes would not change, removes digests an earlier build wrote and this one does not (listed
 * in a manifest), and refuses symbolic links under the output folder. `checkFiles` says what a
 * build would change without writing.
 */
import { lstat, mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, isAbsolute, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { PlannedFile } from '../build.js';
import { compareBytes } from '../model/aggregate.js';
import { DigestError } from '../model/errors.js';
import { pendingTemporaryFiles } from './pending.js';

/** The manifest of the files a build wrote, kept in the output folder. */
export const MANIFEST = '.digest-manifest.json';

/** What a build changed (or would change). */
export interface WriteReport {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: string[];
}

export { pendingTemporaryFiles } from './pending.js';

function confine(out: string, rel: string): string {
  const abs = resolve(out, rel);
  const back = relative(out, abs);
  if (back === '' || back.startsWith(`..${sep}`) || back === '..' || isAbsolute(back)) {
    throw new DigestError(`refusing to write ${rel}: it is outside the output folder`, { code: 'OUTPUT', exitCode: 2 });
  }
  return abs;
}

async function readManifest(out: string): Promise<string[]> {
  try {
    const data = JSON.parse(await readFile(join(out, MANIFEST), 'utf8')) as unknown;
    if (data && typeof data === 'object' && Array.isArray((data as { files?: unknown }).files)) {
      return ((data as { files: unknown[] }).files).filter((f): f is string => typeof f === 'string');
    }
  } catch {
    // No manifest, or a broken one: nothing is known to be ours.
  }
  return [];
}

async function currentBytes(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Refuses an output folder that is, or contains on the way to `path`, a symbolic link. */
async function refuseLinks(out: string, path: string): Promise<void> {
  const parts = relative(out, path).split(sep);
  let at = out;
  const check = async (p: string): Promise<void> => {
    try {
      if ((await lstat(p)).isSymbolicLink()) throw new DigestError(`refusing to write through the symbolic link ${p}`, { code: 'OUTPUT', exitCode: 2 });
    } catch (error) {
      if (error instanceof DigestError) throw error;
    }
  };
  await check(out);
  for (const part of parts) {
    at = join(at, part);
    await check(at);
  }
}

/** Refuses an output folder that is a symbolic link, before anything is read or written. */
export async function refuseLinkedOutput(out: string): Promise<void> {
  try {
    if ((await lstat(out)).isSymbolicLink()) throw new DigestError(`refusing to write into ${out}: it is a symbolic link`, { code: 'OUTPUT', exitCode: 2 });
  } catch (error) {
    if (error instanceof DigestError) throw error;
  }
}

/** Compares planned files with the output folder. Writes nothing. */
export async function checkFiles(out: string, files: PlannedFile[]): Promise<WriteReport> {
  const report: WriteReport = { added: [], changed: [], removed: [], unchanged: [] };
  const planned = new Set(files.map((f) => f.path));
  for (const f of files) {
    const now = await currentBytes(confine(out, f.path));
    if (now === undefined) report.added.push(f.path);
    else if (now !== f.content) report.changed.push(f.path);
    else report.unchanged.push(f.path);
  }
  for (const old of await readManifest(out)) if (!planned.has(old)) {
    if ((await currentBytes(confine(out, old))) !== undefined) report.removed.push(old);
  }
  report.removed.sort(compareBytes);
  return report;
}

/** Writes one file atomically. */
export async function writeAtomic(path: string, content: string): Promise<void> {
  const tmp = join(dirname(path), `.${path.split(sep).pop() ?? 'file'}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pendingTemporaryFiles.add(tmp);
  try {
    await writeFile(tmp, content, { flag: 'wx' });
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  } finally {
    pendingTemporaryFiles.delete(tmp);
  }
}

/** Writes lines to a file atomically without building one large string. */
export async function writeAtomicLines(path: string, lines: Iterable<string>): Promise<void> {
  const tmp = join(dirname(path), `.${path.split(sep).pop() ?? 'file'}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pendingTemporaryFiles.add(tmp);
  const handle = await open(tmp, 'wx');
  try {
    let buffer = '';
    for (const line of lines) {
      buffer += `${line}\n`;
      if (buffer.length > 1 << 20) {
        await handle.write(buffer);
        buffer = '';
      }
    }
    if (buffer) await handle.write(buffer);
    await handle.close();
    await rename(tmp, path);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw error;
  } finally {
    pendingTemporaryFiles.delete(tmp);
  }
}

/** Writes planned files into `out`; returns what changed. */
export async function writeFiles(out: string, files: PlannedFile[]): Promise<WriteReport> {
  const report = await checkFiles(out, files);
  await mkdir(out, { recursive: true });
  const byPath = new Map(files.map((f) => [f.path, f]));
  for (const rel of [...report.added, ...report.changed]) {
    const file = byPath.get(rel);
    if (!file) continue;
    const abs = confine(out, rel);
    await refuseLinks(out, abs);
    await mkdir(dirname(abs), { recursive: true });
    await writeAtomic(abs, file.content);
  }
  for (const rel of report.removed) {
    const abs = confine(out, rel);
    await refuseLinks(out, abs);
    await rm(abs, { force: true });
  }
  const manifest = JSON.stringify({ generator: 'digest', files: files.map((f) => f.path) }, null, 2) + '\n';
  if ((await currentBytes(join(out, MANIFEST))) !== manifest) await writeAtomic(join(out, MANIFEST), manifest);
  return report;
}

/**
 * The writer: puts planned digest files into the output folder atomically (a temporary file in
 * the same folder, then a rename, as write-file-atomic does), leaves a file untouched when its
 * bytes would not change, removes digests an earlier build wrote and this one does not (listed
 * in a manifest), and refuses symbolic links under the output folder. `checkFiles` says what a
 * build would change without writing.
 */
import { lstat, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, isAbsolute, sep } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
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

/**
 * Takes digests one at a time and compares each with the file in the output folder. When
 * writing, a new or changed digest is staged at once in a temporary file beside the output
 * (so memory holds one digest, not the build); `commit` moves them all into place, removes the
 * digests an earlier build wrote and this one did not, and updates the manifest. `abort` drops
 * the staged files: a build that fails writes nothing.
 */
export class OutputWriter {
  private readonly report: WriteReport = { added: [], changed: [], removed: [], unchanged: [] };
  private readonly staged: Array<[path: string, tmp: string]> = [];
  /** Every digest's path and content hash, in the order given. */
  readonly digests: Array<[path: string, sha256: string]> = [];
  private made = false;

  constructor(private readonly out: string, private readonly check: boolean) {}

  async add(file: PlannedFile): Promise<void> {
    const now = await currentBytes(confine(this.out, file.path));
    this.digests.push([file.path, createHash('sha256').update(file.content).digest('hex')]);
    if (now === file.content) {
      this.report.unchanged.push(file.path);
      return;
    }
    (now === undefined ? this.report.added : this.report.changed).push(file.path);
    if (this.check) return;
    if (!this.made) {
      await mkdir(this.out, { recursive: true });
      this.made = true;
    }
    const tmp = join(this.out, `.digest-staged.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    pendingTemporaryFiles.add(tmp);
    this.staged.push([file.path, tmp]);
    await writeFile(tmp, file.content, { flag: 'wx' });
  }

  /** The digests of an earlier build that this one did not make. */
  private async stale(): Promise<string[]> {
    const planned = new Set(this.digests.map(([p]) => p));
    const removed: string[] = [];
    for (const old of await readManifest(this.out)) {
      if (!planned.has(old) && (await currentBytes(confine(this.out, old))) !== undefined) removed.push(old);
    }
    return removed.sort(compareBytes);
  }

  /** What a build would change, writing nothing (for --check). */
  async differences(): Promise<WriteReport> {
    return this.sorted(await this.stale());
  }

  private sorted(removed: string[]): WriteReport {
    const r = this.report;
    return { added: [...r.added].sort(compareBytes), changed: [...r.changed].sort(compareBytes), removed, unchanged: [...r.unchanged].sort(compareBytes) };
  }

  /** Moves the staged digests into place, removes stale ones, writes the manifest; returns what changed. */
  async commit(): Promise<WriteReport> {
    if (this.check) return this.differences();
    const removed = await this.stale();
    await mkdir(this.out, { recursive: true });
    for (const [rel, tmp] of this.staged) {
      const abs = confine(this.out, rel);
      await refuseLinks(this.out, abs);
      await mkdir(dirname(abs), { recursive: true });
      await rename(tmp, abs);
      pendingTemporaryFiles.delete(tmp);
    }
    this.staged.length = 0;
    for (const rel of removed) {
      const abs = confine(this.out, rel);
      await refuseLinks(this.out, abs);
      await rm(abs, { force: true });
    }
    const paths = this.digests.map(([p]) => p).sort(compareBytes);
    const manifest = JSON.stringify({ generator: 'digest', files: paths }, null, 2) + '\n';
    if ((await currentBytes(join(this.out, MANIFEST))) !== manifest) await writeAtomic(join(this.out, MANIFEST), manifest);
    return this.sorted(removed);
  }

  /** Removes the staged files. */
  async abort(): Promise<void> {
    for (const [, tmp] of this.staged) {
      await rm(tmp, { force: true });
      pendingTemporaryFiles.delete(tmp);
    }
    this.staged.length = 0;
  }
}

async function withWriter(out: string, files: PlannedFile[], check: boolean): Promise<WriteReport> {
  const writer = new OutputWriter(out, check);
  try {
    for (const f of files) await writer.add(f);
    return await writer.commit();
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

/** Compares planned files with the output folder. Writes nothing. */
export function checkFiles(out: string, files: PlannedFile[]): Promise<WriteReport> {
  return withWriter(out, files, true);
}

/** Writes planned files into `out`; returns what changed. */
export function writeFiles(out: string, files: PlannedFile[]): Promise<WriteReport> {
  return withWriter(out, files, false);
}

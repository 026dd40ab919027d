/**
 * Reading bulletins: a path or standard input becomes a `SourceFile` of raw bytes.
 * This folder is the only place that reads input files.
 */
import { readFile, stat } from 'node:fs/promises';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import type { Diagnostic, SourceFormat } from '../model/types.js';
import { getHeapStatistics } from 'node:v8';
import { DigestError } from '../model/errors.js';

/** One input file, as bytes, with the path it is reported under. */
export interface SourceFile {
  path: string;
  bytes: Uint8Array;
  /** Format forced by the caller; otherwise taken from the extension. */
  format?: SourceFormat;
}

/** The default cap on an input's size: larger files are skipped with a diagnostic. */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/** The format a path's extension implies: `.md`/`.markdown` Markdown, `.html`/`.htm` HTML, else text. */
export function formatOfPath(path: string): SourceFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  return 'text';
}

/** Extensions `build` picks up when it walks a folder. */
export const BULLETIN_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml']);

/** Reads one file, refusing files over `maxBytes` before reading them; `shownAs` is the path reported. */
export async function readSource(file: string, maxBytes = DEFAULT_MAX_BYTES, shownAs = file): Promise<SourceFile> {
  let info;
  const path = shownAs;
  try {
    info = await stat(file);
  } catch (error) {
    throw fsError(path, error);
  }
  if (info.isDirectory()) throw new DigestError(`${path}:1:1 error is a folder, expected a file (use \`digest build\` for folders)`, { code: 'EISDIR', place: `${path}:1:1` });
  if (info.size > maxBytes) {
    throw new DigestError(`${path}:1:1 error file is ${info.size} bytes, over the ${maxBytes}-byte limit (raise it with --max-bytes)`, { code: 'ETOOBIG', place: `${path}:1:1` });
  }
  refuseBeyondMemory(info.size, path);
  try {
    const bytes = await readFile(file);
    return { path, bytes };
  } catch (error) {
    throw fsError(path, error);
  }
}

/**
 * Reads one file synchronously: for worker threads, where waiting on the I/O thread pool for
 * each small file costs more than reading it.
 */
export function readSourceSync(file: string, maxBytes = DEFAULT_MAX_BYTES, shownAs = file): SourceFile {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new DigestError(`${shownAs}:1:1 error is a folder, expected a file`, { code: 'EISDIR', place: `${shownAs}:1:1` });
    if (info.size > maxBytes) throw new DigestError(`${shownAs}:1:1 error file is ${info.size} bytes, over the ${maxBytes}-byte limit (raise it with --max-bytes)`, { code: 'ETOOBIG', place: `${shownAs}:1:1` });
    refuseBeyondMemory(info.size, shownAs);
    const bytes = Buffer.allocUnsafe(info.size);
    let off = 0;
    while (off < info.size) {
      const n = readSync(fd, bytes, off, info.size - off, off);
      if (n === 0) break;
      off += n;
    }
    return { path: shownAs, bytes: bytes.subarray(0, off) };
  } catch (error) {
    if (error instanceof DigestError) throw error;
    throw fsError(shownAs, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The warning for a file a build could not read: it is skipped, and the build goes on. */
export function skippedFileWarning(error: DigestError): Diagnostic {
  const message = error.message.replace(/^.*?:1:1 error /, '');
  return { severity: 'warning', message: `${message}; skipped`, line: 1, column: 1, rule: error.code === 'ETOOBIG' ? 'file-too-large' : 'unreadable-file' };
}

/** Reads all of a stream (standard input) into one source file. */
export async function readStream(stream: AsyncIterable<Uint8Array | string>, path = '<stdin>', maxBytes = DEFAULT_MAX_BYTES): Promise<SourceFile> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    size += buf.length;
    if (size > maxBytes) throw new DigestError(`${path}:1:1 error input is over the ${maxBytes}-byte limit`, { code: 'ETOOBIG', place: `${path}:1:1` });
    chunks.push(buf);
  }
  refuseBeyondMemory(size, path);
  return { path, bytes: Buffer.concat(chunks) };
}

/** About how many bytes of memory parsing takes per byte of a bulletin, at most (measured on one-line and real texts). */
export const PARSE_MEMORY_PER_BYTE = 60;

/**
 * Refuses a bulletin that this process could not parse within the memory it may use (its heap
 * limit): it is skipped with a message saying how to allow more, instead of ending the process.
 */
export function refuseBeyondMemory(size: number, shown: string): void {
  const heap = getHeapStatistics();
  const free = heap.heap_size_limit - heap.used_heap_size;
  const need = size * PARSE_MEMORY_PER_BYTE;
  if (need <= free) return;
  const mb = (n: number): number => Math.ceil(n / 1e6);
  throw new DigestError(
    `${shown}:1:1 error file is ${mb(size)} MB: parsing it needs about ${mb(need)} MB, more than the ${mb(free)} MB this process may use (allow more with NODE_OPTIONS=--max-old-space-size=${Math.ceil((need + heap.used_heap_size) / 1048576) + 64})`,
    { code: 'ETOOBIG', place: `${shown}:1:1` },
  );
}

function fsError(path: string, error: unknown): DigestError {
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
  const why: Record<string, string> = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ELOOP: 'too many symbolic links',
    ENOTDIR: 'a part of the path is not a folder',
  };
  return new DigestError(`${path}:1:1 error cannot read file: ${why[code] ?? code}`, { code, place: `${path}:1:1`, cause: error });
}

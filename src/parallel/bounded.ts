/**
 * One big bulletin parsed in a thread of its own whose heap is bounded by the bulletin's size: V8
 * lets garbage pile up to many times what a parse keeps, and a bound makes it collect instead. A
 * parse that needs more than the bound is refused with a message; the process never runs out.
 */
import { Worker } from 'node:worker_threads';
import { DigestError } from '../model/errors.js';
import type { BulletinRecord } from '../model/types.js';
import type { LexiconAdditions } from '../lexicon/index.js';
import type { RegistryBody, RegistryOrganization } from '../registry/index.js';
import type { SourceFile } from '../load/source.js';

/** From this size on, `digest parse` parses a bulletin in a bounded thread. */
export const BOUNDED_FROM = 4 * 1024 * 1024;

/** What the thread needs to parse as the caller would. */
export interface BoundedSetup {
  lexicon: LexiconAdditions;
  registry: { bodies: RegistryBody[]; organizations: RegistryOrganization[]; builtin?: boolean };
  explain: boolean;
}

/** The heap a parse of `size` bytes may use, in MB: eight times its size, and room for the code. */
export function heapBoundMb(size: number): number {
  return Math.ceil((8 * size) / 1048576) + 40;
}

/** The refusal of a bulletin of `size` bytes whose parse needed more than the bound. */
export function tooBig(path: string, size: number): DigestError {
  const mb = Math.ceil(size / 1e6);
  return new DigestError(`${path}:1:1 error file is ${mb} MB: parsing it needs more than the ${heapBoundMb(size)} MB allowed for a bulletin of its size`, { code: 'ETOOBIG', place: `${path}:1:1` });
}

/** Parses one bulletin in a thread whose heap is bounded by `heapBoundMb`. */
export function parseBounded(source: SourceFile, setup: BoundedSetup): Promise<BulletinRecord> {
  // The size is read before the bytes move to the thread (a moved buffer reads as empty).
  const size = source.bytes.length;
  const bound = heapBoundMb(size);
  // The bytes move to the thread (no copy) when they fill their buffer.
  const whole = source.bytes.byteOffset === 0 && source.bytes.byteLength === source.bytes.buffer.byteLength && source.bytes.buffer instanceof ArrayBuffer;
  const bytes = whole ? source.bytes : new Uint8Array(source.bytes);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./bounded-worker.js', import.meta.url), {
      workerData: { path: source.path, bytes, setup },
      transferList: [bytes.buffer as ArrayBuffer],
      resourceLimits: { maxOldGenerationSizeMb: bound, maxYoungGenerationSizeMb: 8 },
    });
    let settled = false;
    worker.once('message', (json: string) => {
      settled = true;
      resolve(JSON.parse(json) as BulletinRecord);
      void worker.terminate();
    });
    worker.once('error', (error: Error & { code?: string }) => {
      if (settled) return;
      settled = true;
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') reject(tooBig(source.path, size));
      else reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the parse of ${source.path} stopped (exit ${code})`));
    });
  });
}

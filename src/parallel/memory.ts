/**
 * A memory valve for long builds. V8 sizes each thread's heap for speed and lets garbage of
 * large strings (a digest of a busy week is hundreds of kilobytes) pile up to hundreds of
 * megabytes before it collects. Between two digests or two batches of files, a thread whose
 * heap has grown by more than a bound since its last collection asks for a full one, so a
 * build's peak memory follows what it holds, not how much it has made. Live data is small
 * there, so a collection is quick.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The garbage (bytes above what was live after the last collection) at which a thread collects. */
export const GARBAGE_BOUND = 24 * 1024 * 1024;

/** What was live after this thread's last collection. */
let live = 0;

let collect: (() => void) | null | undefined;

function collector(): (() => void) | null {
  if (collect !== undefined) return collect;
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    collect = typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    collect = null;
  }
  return collect;
}

/** Collects garbage if this thread has made more than the bound since the last time; cheap when not. */
export function relieveMemory(bound = GARBAGE_BOUND): void {
  if (getHeapStatistics().used_heap_size < live + bound) return;
  const gc = collector();
  if (!gc) return;
  gc();
  live = getHeapStatistics().used_heap_size;
}

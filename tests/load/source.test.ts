// Reading sources: a bulletin too big for the memory this process may use is refused with a
// message that says how to allow more, never parsed into a crash.
import { describe, expect, it } from 'vitest';
import { getHeapStatistics } from 'node:v8';
import { PARSE_MEMORY_PER_BYTE, readStream, refuseBeyondMemory } from '../../src/load/source.js';
import { DigestError } from '../../src/model/errors.js';

describe('memory guard', () => {
  it('refuses a size whose parse would not fit in the heap, with the flag that allows more', () => {
    const tooBig = Math.ceil(getHeapStatistics().heap_size_limit / PARSE_MEMORY_PER_BYTE) + 1_000_000;
    expect(() => refuseBeyondMemory(tooBig, 'huge.txt')).toThrowError(DigestError);
    try {
      refuseBeyondMemory(tooBig, 'huge.txt');
    } catch (error) {
      expect((error as DigestError).code).toBe('ETOOBIG');
      expect((error as Error).message).toMatch(/^huge\.txt:1:1 error file is \d+ MB: parsing it needs about \d+ MB, more than the \d+ MB this process may use \(allow more with NODE_OPTIONS=--max-old-space-size=\d+\)$/);
    }
  });
  it('lets an ordinary bulletin through', async () => {
    expect(() => refuseBeyondMemory(2 * 1024 * 1024, 'a.txt')).not.toThrow();
    async function* one(): AsyncGenerator<string> {
      yield 'The Council met.';
    }
    expect((await readStream(one())).bytes.length).toBe(16);
  });
});

// The memory valve collects once a thread has made enough garbage, and not before.
import { describe, expect, it } from 'vitest';
import { getHeapStatistics } from 'node:v8';
import { GARBAGE_BOUND, relieveMemory } from '../../src/parallel/memory.js';

function makeGarbage(): number {
  // Held long enough to leave the young generation, then dropped.
  let hold: Array<Array<{ j: number; s: string }>> | null = [];
  for (let i = 0; i < 40; i++) hold.push(Array.from({ length: 40_000 }, (_, j) => ({ j, s: `${i}:${j}` })));
  const n = hold.length;
  hold = null;
  return n;
}

describe('relieveMemory', () => {
  it('collects after a burst of garbage, bringing the heap back down', () => {
    relieveMemory();
    expect(makeGarbage()).toBe(40);
    const before = getHeapStatistics().used_heap_size;
    relieveMemory();
    const after = getHeapStatistics().used_heap_size;
    expect(before - after).toBeGreaterThan(GARBAGE_BOUND);
  });
});

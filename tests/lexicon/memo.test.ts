import { describe, expect, it } from 'vitest';
import { WeakMemo } from '../../src/lexicon/memo.js';

describe('WeakMemo', () => {
  it('makes one value per key, whichever key was asked last', () => {
    let made = 0;
    const memo = new WeakMemo<{ n: number }, { twice: number }>((k) => {
      made++;
      return { twice: k.n * 2 };
    });
    const a = { n: 1 };
    const b = { n: 2 };
    const first = memo.get(a);
    expect(first).toEqual({ twice: 2 });
    expect(memo.get(a)).toBe(first);
    expect(memo.get(b)).toEqual({ twice: 4 });
    expect(memo.get(a)).toBe(first);
    expect(memo.get(b)).toBe(memo.get(b));
    expect(made).toBe(2);
  });
});

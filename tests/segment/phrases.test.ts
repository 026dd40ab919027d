import { describe, expect, it } from 'vitest';
import { PhraseIndex } from '../../src/segment/phrases.js';
import { tokenize, type Token } from '../../src/segment/tokens.js';

const words = (t: Token): boolean => t.kind === 'word';

/** The lengths a `lengthsAt` result holds, longest first. */
function lengths(bits: number): number[] {
  const out: number[] = [];
  for (let n = 30; n >= 1; n--) if (bits & (1 << (n - 1))) out.push(n);
  return out;
}

describe('PhraseIndex', () => {
  const index = PhraseIndex.of(['the meeting', 'the working group', 'it', "Côte d'Ivoire", 'Guinea-Bissau']);

  it('gives the lengths of the listed phrases at a token, longest first', () => {
    const tokens = tokenize('The working group met; it agreed.');
    expect(lengths(index.lengthsAt(tokens, 0, 3, words))).toEqual([3]);
    expect(index.starts('the')).toBe(true);
    expect(lengths(index.lengthsAt(tokenize('the meeting of the working group'), 0, 3, words))).toEqual([2]);
    expect(lengths(index.lengthsAt(tokens, 5, 3, words))).toEqual([1]);
  });

  it('matches by tokens, as the text is cut', () => {
    expect(lengths(index.lengthsAt(tokenize("côte d'ivoire and guinea-bissau"), 0, 6, words))).toEqual([2]);
    expect(lengths(index.lengthsAt(tokenize("côte d'ivoire and guinea-bissau"), 3, 6, words))).toEqual([1]);
    expect(index.longest).toBe(3);
  });

  it('stops at the limit and at tokens it may not cross', () => {
    expect(lengths(index.lengthsAt(tokenize('the working group'), 0, 2, words))).toEqual([]);
    expect(lengths(index.lengthsAt(tokenize('the , meeting'), 0, 3, words))).toEqual([]);
  });
});

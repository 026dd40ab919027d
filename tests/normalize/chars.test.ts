import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codeAt } from '../../src/normalize/chars.js';

// Strings of the kinds V8 keeps apart: flat, sliced, concatenated, two-byte, internalised.
const kinds = (s: string): string[] => [s, `x${s}`.slice(1), `${s}|`.slice(0, s.length), [s, ''].join(''), `é${s}`.slice(1), Object.keys({ [s]: 1 })[0] ?? s];

describe('codeAt', () => {
  it('reads what charCodeAt reads, in and out of range, for strings of every kind', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 24 }), fc.integer({ min: -2, max: 30 }), (s, i) => {
      for (const k of kinds(s)) expect(codeAt(k, i)).toBe(s.charCodeAt(i));
    }), { numRuns: 2000 });
  });
});

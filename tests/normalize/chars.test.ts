import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codeAt, hasLooseSpace, internalize, spacedCopy } from '../../src/normalize/chars.js';

// Strings of the kinds V8 keeps apart: flat, sliced, concatenated, two-byte, internalised.
const kinds = (s: string): string[] => [s, `x${s}`.slice(1), `${s}|`.slice(0, s.length), [s, ''].join(''), `é${s}`.slice(1), Object.keys({ [s]: 1 })[0] ?? s];

describe('codeAt', () => {
  it('reads what charCodeAt reads, in and out of range, for strings of every kind', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 24 }), fc.integer({ min: -2, max: 30 }), (s, i) => {
      for (const k of kinds(s)) expect(codeAt(k, i)).toBe(s.charCodeAt(i));
    }), { numRuns: 2000 });
  });
});

describe('internalize', () => {
  it('gives back an equal string for any string, names that are array indices and __proto__ among them', () => {
    for (const s of ['', '0', '12', '4294967294', '4294967295', '012', '-1', '1.5', '__proto__', 'constructor', 'the', '\ud800', 'Œuvre']) expect(internalize(s)).toBe(s);
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 24 }), (s) => {
      for (const k of kinds(s)) expect(internalize(k)).toBe(s);
    }), { numRuns: 2000 });
  });
});

describe('spacedCopy', () => {
  it('is the text and one space, for strings of every kind', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
      for (const k of kinds(s)) expect(spacedCopy(k)).toBe(`${s} `);
    }), { numRuns: 1000 });
  });
});

describe('hasLooseSpace', () => {
  it('says whether collapsing white space changes a string', () => {
    const spaces = fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\ufeff', 'a', 'Bc', '.', '');
    fc.assert(fc.property(fc.array(spaces, { maxLength: 12 }), (parts) => {
      const s = parts.join('');
      expect(hasLooseSpace(s)).toBe(s.replace(/\s+/g, ' ').trim() !== s);
    }), { numRuns: 3000 });
  });
});

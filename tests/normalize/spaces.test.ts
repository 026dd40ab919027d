import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isRegExpSpace, singleSpaced } from '../../src/normalize/lines.js';
import { BLANKED, blankUnprintable, cleanInline, stripUnprintable } from '../../src/normalize/unprintable.js';

// What the helpers with a fast path for clean text must give for any text.
const singleSpacedReference = (s: string): string => s.replace(/\s+/g, ' ');
const cleanInlineReference = (s: string): string => stripUnprintable(s).replace(/\s+/g, ' ').trim();

const parts = fc.constantFrom('a', 'Z', '5', '.', '(', '~', ' ', '  ', '\t', '\n', '\r', '\u00a0', '\u2028', '\u3000', '\u200b', '\u0007', '\u007f', '\u009b', 'é', 'Ж', '𝐀', '\ue000', '\u001b[31m');
const text = fc.array(parts, { maxLength: 16 }).map((list) => list.join(''));

describe('white space read by hand', () => {
  it('isRegExpSpace knows white space as /\\s/ does, for every code unit', () => {
    for (let c = 0; c <= 0xffff; c++) expect(isRegExpSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });
  it('singleSpaced gives what collapsing every run of white space gives', () => {
    expect(singleSpaced('ITU  Council')).toBe('ITU Council');
    expect(singleSpaced('ITU Council')).toBe('ITU Council');
    fc.assert(fc.property(text, (s) => {
      expect(singleSpaced(s)).toBe(singleSpacedReference(s));
    }), { numRuns: 5000 });
  });
  it('cleanInline gives what its patterns give, and leaves clean ASCII as it is', () => {
    expect(cleanInline('adopted the report')).toBe('adopted the report');
    expect(cleanInline(' adopted  the\treport ')).toBe('adopted the report');
    fc.assert(fc.property(text, (s) => {
      expect(cleanInline(s)).toBe(cleanInlineReference(s));
    }), { numRuns: 5000 });
  });
});

describe('blankUnprintable', () => {
  it('looks for exactly the characters it changes, for every code unit', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const s = `a${String.fromCharCode(c)}b`;
      BLANKED.lastIndex = 0;
      expect(BLANKED.test(s), c.toString(16)).toBe(blankUnprintable(s) !== s);
    }
  });
});

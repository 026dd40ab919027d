// The tokenizer scans by hand; it must cut text exactly where the word pattern it stands for does.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isAcronym, isCapitalized, isSeparator, tokenize } from '../../src/segment/tokens.js';
import { registryKey } from '../../src/registry/index.js';
import { createLexicon, defaultLexicon } from '../../src/lexicon/index.js';

const WORD = /[\p{L}\p{N}]+(?:[-.'’/&+][\p{L}\p{N}]+)*/uy;

function reference(text: string): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  let i = 0;
  while (i < text.length) {
    if (isSeparator(text.charCodeAt(i))) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m && m.index === i) {
      out.push([m[0], i]);
      i += m[0].length;
      continue;
    }
    const len = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    out.push([text.slice(i, i + len), i]);
    i += len;
  }
  return out;
}

describe('tokenize', () => {
  it('keeps designators, possessives and numbers whole', () => {
    expect(tokenize('EG-DEC.482 met; Russia’s CWG-FHR (5D) 1.10.').map((t) => t.text)).toEqual(['EG-DEC.482', 'met', ';', 'Russia’s', 'CWG-FHR', '(', '5D', ')', '1.10', '.']);
    expect(tokenize('Œuvre 𝐀𝐁 日本語 a--b')[0]).toMatchObject({ text: 'Œuvre', lower: 'œuvre', start: 0, end: 5 });
  });
  it('cuts any text as the word pattern does', () => {
    const chars = fc.constantFrom('a', 'Z', 'Q', 'İ', 'ẞ', '5', 'é', 'Ж', '日', '𝐀', '\ud800', '-', '.', "'", '’', '/', '&', '+', ' ', '\u00a0', '(', '“', ',', '\n', '\u200b');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }), (list) => {
        const text = list.join('');
        const tokens = tokenize(text);
        expect(tokens.map((t) => [t.text, t.start])).toEqual(reference(text));
        for (const t of tokens) {
          expect(t.lower).toBe(t.text.toLowerCase());
          expect(t.plain).toBe(t.kind === 'word' && /^[A-Za-z0-9]+$/.test(t.text));
          expect(t.cap).toBe(t.kind === 'word' && isCapitalized(t.text));
        }
      }),
      { numRuns: 5000 },
    );
  });
  it('reads words back exactly from its vocabulary, across keys, lengths and restarts', () => {
    const alnum = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split(''));
    // Twenty thousand words in all: more than the vocabulary keeps, so it starts again on the way.
    fc.assert(
      fc.property(fc.array(fc.array(alnum, { minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 40 }), (words) => {
        const text = words.map((w) => w.join('')).join(' ');
        const tokens = tokenize(text);
        expect(tokens.map((t) => t.text)).toEqual(text.split(' '));
        for (const t of tokens) expect(t.lower).toBe(t.text.toLowerCase());
      }),
      { numRuns: 1000 },
    );
    // Keys split at seven code units: words that differ only after it, or only in length, stay apart.
    const near = ['abcdefg', 'abcdefgh', 'abcdefgi', 'abcdefghijklmn', 'abcdefghijklmo', 'abcdefghijklmno', 'Abcdefgh', '0000000', '00000000', '0'];
    for (let round = 0; round < 2; round++) expect(tokenize(near.join(' ')).map((t) => [t.text, t.lower])).toEqual(near.map((w) => [w, w.toLowerCase()]));
  });
  it('gives each word the bits of the lexicon it is asked with, switching between lexicons', () => {
    const plain = defaultLexicon();
    const more = createLexicon({ actionVerbs: { tabulate: ['tabulated'] } });
    const text = 'The group tabulated and adopted the draft; Société générale reviewed it.';
    for (const lexicon of [plain, more, plain, more]) {
      for (const t of tokenize(text, lexicon)) {
        // A word read from the vocabulary has its bits; any other is looked up later (-1).
        if (t.cls >= 0) expect(t.cls).toBe(lexicon.classes.get(t.lower) ?? 0);
        else expect(t.plain).toBe(false);
      }
    }
    expect(tokenize(text, more).find((t) => t.text === 'tabulated')?.cls).toBe(more.classes.get('tabulated'));
    expect(tokenize(text, plain).find((t) => t.text === 'tabulated')?.cls).toBe(0);
    expect(tokenize(text).every((t) => t.cls === -1)).toBe(true);
  });
});

// The patterns isAcronym and registryKey stand for, as they were first written.
function acronymReference(word: string): boolean {
  if (!/^[\p{Lu}\d]/u.test(word)) return false;
  let caps = 0;
  for (let i = 0; i < word.length && caps < 2; i++) {
    const d = word.charCodeAt(i);
    caps = (d >= 65 && d <= 90) || d > 127 ? caps + 1 : 0;
  }
  if (caps < 2) return false;
  return word.split(/[-./]/).some((part) => /^\p{Lu}[\p{Lu}\d&]+$/u.test(part) && /\p{Lu}.*\p{Lu}/u.test(part));
}

describe('word shapes read by hand', () => {
  const chars = fc.constantFrom('A', 'B', 'Z', 'a', 'z', '5', '0', '&', '-', '.', '/', 'É', 'é', 'Ж', 'ж', '𝐀', ' ', "'");
  it('isAcronym says what its patterns say', () => {
    expect(['CWG', 'ITU-T', 'EG-DEC.482', 'SG17', 'AT&T', 'ÉCOLE'].every(isAcronym)).toBe(true);
    expect(['Council', 'Cwg', 'A', 'A-B', '5G', 'x-CWG'].some(isAcronym)).toBe(false);
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }), (list) => {
        const word = list.join('');
        expect(isAcronym(word)).toBe(acronymReference(word));
      }),
      { numRuns: 5000 },
    );
  });
  it('registryKey keeps letters, digits and & in lower case', () => {
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }), (list) => {
        const word = list.join('');
        expect(registryKey(word)).toBe(word.toLowerCase().replace(/[^\p{L}\p{N}&]+/gu, ''));
      }),
      { numRuns: 3000 },
    );
  });
  it('registryKey reads any printable ASCII as the pattern does', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 32, max: 126 }).map((c) => String.fromCharCode(c)), maxLength: 30 }), (word) => {
        expect(registryKey(word)).toBe(word.toLowerCase().replace(/[^a-z\d&]+/g, ''));
      }),
      { numRuns: 3000 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { Sentence } from '../../src/extract/sentence.js';
import { defaultLexicon } from '../../src/lexicon/index.js';
import { tokenize } from '../../src/segment/tokens.js';
import type { Block } from '../../src/segment/blocks.js';

function sentenceOf(text: string): Sentence {
  const lexicon = defaultLexicon();
  const block: Block = { kind: 'paragraph', depth: 0, itemOf: undefined, rank: 0, text, anchors: [], breaks: [] };
  return new Sentence({ text, offset: 0, block, blockIndex: 0, index: 0, tokens: tokenize(text, lexicon), lexicon });
}

describe('word classes', () => {
  it('reads "May" in capitals as the month, "may" as a modal verb', () => {
    const month = sentenceOf('At its meeting on 5 May 2027, the Harbour Board:');
    expect(month.raw(5)).toBe('May');
    expect(month.is(5, 'modalVerbs')).toBe(false);
    const modal = sentenceOf('The Harbour Board may decide in June.');
    expect(modal.raw(3)).toBe('may');
    expect(modal.is(3, 'modalVerbs')).toBe(true);
  });
  it('keeps other modals in capitals', () => {
    const s = sentenceOf('Will the Harbour Board decide?');
    expect(s.is(0, 'modalVerbs')).toBe(true);
  });
});

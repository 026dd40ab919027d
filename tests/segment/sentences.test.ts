import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/sentences.js';
import { tokenize, isAcronym } from '../../src/segment/tokens.js';
import { defaultLexicon } from '../../src/lexicon/index.js';

const split = (s: string): string[] => splitSentences(s, defaultLexicon()).map((x) => x.text);

describe('sentences', () => {
  it('splits at sentence ends', () => {
    expect(split('The group met. It agreed. Was it?')).toEqual(['The group met.', 'It agreed.', 'Was it?']);
  });
  it('does not split after abbreviations, initials or numbered points', () => {
    expect(split('St. Petersburg State University took part.')).toHaveLength(1);
    expect(split('Report by Minkin V.M. on the results. Next.')).toEqual(['Report by Minkin V.M. on the results.', 'Next.']);
    expect(split('On the issue 2.1. Kim T.G. made a report.')).toHaveLength(1);
  });
});

describe('tokens', () => {
  it('keeps designators whole', () => {
    expect(tokenize('EG-DEC.482 and CWG-Internet, WSIS+20.').map((t) => t.text)).toEqual(['EG-DEC.482', 'and', 'CWG-Internet', ',', 'WSIS+20', '.']);
  });
  it('knows acronyms', () => {
    expect(['CWG', 'ITU-T', 'EG-DEC.482', 'SG17'].every(isAcronym)).toBe(true);
    expect(['Council', 'Member-States', 'the'].some(isAcronym)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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
    expect(split('The Chairman, D.Ya. Grishchenko, and Yu. Ivanov spoke. Next.')).toEqual(['The Chairman, D.Ya. Grishchenko, and Yu. Ivanov spoke.', 'Next.']);
    expect(split('On the issue 2.1. Kim T.G. made a report.')).toHaveLength(1);
    expect(split('It adopted Resolution HCC.II/RES. 145 (XLV) on ferries. Next.')).toEqual(['It adopted Resolution HCC.II/RES. 145 (XLV) on ferries.', 'Next.']);
  });
  it('splits after a numbered point when a common noun opens the next sentence', () => {
    expect(split('The team reviewed items 1.1 to 1.7. Contributions were submitted by Norway.')).toEqual(['The team reviewed items 1.1 to 1.7.', 'Contributions were submitted by Norway.']);
  });
  it('splits between lines that both open with a label', () => {
    expect(split('Date: 2026-10-09\nAttendees: Deb Nicholson, Dawn Wages\nRegrets: Cristian Maureira')).toEqual(['Date: 2026-10-09', 'Attendees: Deb Nicholson, Dawn Wages', 'Regrets: Cristian Maureira']);
    expect(split('The Board reviewed\nthe budget: it agreed.')).toHaveLength(1);
    expect(split('The agenda was adopted\nNext meeting: 4 May')).toHaveLength(1);
  });
  it('splits after the number of a body that ends a sentence', () => {
    expect(split('Its projects moved to WG 1. Joint Working Group 4 was asked to report.')).toHaveLength(2);
    expect(split('The report went to Study Group 5. Harbour Group 2 noted it.')).toHaveLength(2);
    expect(split('On the issue 2.1. Kim T.G. made a report.')).toHaveLength(1);
  });
  it('splits after a numbered point when a function word opens the next sentence', () => {
    expect(split('It approved proposals for agenda item 1.1. Following the discussion, it was decided to go on.')).toHaveLength(2);
    expect(split('It approved proposals for agenda item 1.1. The meeting closed.')).toHaveLength(2);
  });
  it('leaves a paragraph number at a line start out of the sentence, keeping offsets', () => {
    const text = '1.2 The agenda was adopted.\n3.2.1 No other business was raised. 2.4 GHz is the band.';
    const parts = splitSentences(text, defaultLexicon());
    expect(parts.map((x) => x.text)).toEqual(['The agenda was adopted.', 'No other business was raised.', '2.4 GHz is the band.']);
    expect(parts.map((x) => text.slice(x.start, x.end))).toEqual(parts.map((x) => x.text));
    expect(split('2.4 GHz band use was reviewed.')).toEqual(['2.4 GHz band use was reviewed.']);
    expect(split('1.5 million people took part.')).toEqual(['1.5 million people took part.']);
  });
});

// The splitter reads character codes by hand; the patterns it stands for are kept here as the oracle.
function reference(text: string): string[] {
  const abbreviations = defaultLexicon().lists.abbreviations;
  const ends = (dot: number): boolean => {
    let j = dot + 1;
    while (j < text.length && /["'”’)\]]/.test(text[j] ?? '')) j++;
    if (j >= text.length) return true;
    if (!/\s/.test(text[j] ?? '')) return false;
    while (j < text.length && /\s/.test(text[j] ?? '')) j++;
    const next = text[j] ?? '';
    if (!/[\p{Lu}\d"“‘'(\[•–-]/u.test(next)) return false;
    if (text[dot] !== '.') return true;
    let i = dot - 1;
    while (i >= 0 && !/\s/.test(text[i] ?? ' ') && text[i] !== '(') i--;
    const before = text.slice(i + 1, dot);
    const bare = before.replace(/^[("'“‘]+/, '').toLowerCase();
    if (abbreviations.has(bare) || abbreviations.has(bare.split('/').pop() ?? '')) return false;
    if (/^\p{Lu}(?:[.-]{1,2}\p{Lu})*$/u.test(before)) return false;
    const digraphs = defaultLexicon().cased.initialDigraphs;
    if (before.length <= 8 && before.split('.').every((p) => (p.length === 1 && /\p{Lu}/u.test(p)) || digraphs.has(p))) return false;
    if (!(/^\d{1,2}(?:\.\d{1,2})*$/.test(before) && before.length <= 5 && /^\p{Lu}/u.test(next))) return true;
    const word = (/^\p{L}{1,20}/u.exec(text.slice(j))?.[0] ?? '').toLowerCase();
    const { lists } = defaultLexicon();
    return [lists.determiners, lists.prepositions, lists.clauseOpeners, lists.clauseLinks, lists.pronounAnaphors, lists.temporalWords].some((list) => list.has(word));
  };
  const out: string[] = [];
  let start = 0;
  const push = (end: number): void => {
    let t = text.slice(start, end).trim();
    const at = start + text.slice(start, end).search(/\S|$/);
    const number = /^\d{1,2}(?:\.\d{1,2}){1,3}\.?[ \t]+(?=\p{Lu}\p{Ll})/u.exec(t.slice(0, 16));
    if (number && (at === 0 || text[at - 1] === '\n')) t = t.slice(number[0].length).trim();
    if (t) out.push(t);
  };
  for (let i = 0; i < text.length; i++) {
    if (!'.!?'.includes(text[i] ?? '') || !ends(i)) continue;
    let end = i + 1;
    while (end < text.length && /["'”’)\]]/.test(text[end] ?? '')) end++;
    push(end);
    start = end;
  }
  push(text.length);
  return out;
}

describe('sentence splitter against its patterns', () => {
  it('splits any text as the patterns do', () => {
    const parts = fc.constantFrom('The', 'group', 'met', 'St', 'V', 'M', '2', '1', '2019', 'É', 'été', 'Ж', '.', '. ', '!', '?', ' ', '\u00a0', '\u2028', '\n', '"', '”', '’', ')', ']', '(', '“', '•', '–', '-', '[', "'");
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 40 }), (list) => {
        const text = list.join('');
        expect(split(text)).toEqual(reference(text));
      }),
      { numRuns: 5000 },
    );
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

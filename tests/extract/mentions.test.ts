import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/mentions.js';
import { collectDefinitions, Definitions } from '../../src/extract/definitions.js';
import { kindOfName, longFormOf } from '../../src/extract/names.js';
import { Sentence } from '../../src/extract/sentence.js';
import { bodyRules } from '../../src/extract/rules/index.js';
import { tokenize } from '../../src/segment/tokens.js';
import { defaultLexicon } from '../../src/lexicon/index.js';
import { defaultRegistry } from '../../src/registry/index.js';
import type { Block } from '../../src/segment/blocks.js';

function sentenceOf(text: string): Sentence {
  const lexicon = defaultLexicon();
  const block: Block = { kind: 'paragraph', depth: 0, itemOf: undefined, rank: 0, text, anchors: [], breaks: [] };
  return new Sentence({ text, offset: 0, block, blockIndex: 0, index: 0, tokens: tokenize(text, lexicon), lexicon });
}

function mentions(text: string): Array<[string, string, string | null]> {
  const lexicon = defaultLexicon();
  const registry = defaultRegistry();
  const s = sentenceOf(text);
  const definitions = new Definitions();
  collectDefinitions(s, lexicon, registry, definitions);
  return findMentions(s, bodyRules, { lexicon, registry, definitions })
    .filter((m) => m.type === 'body')
    .map((m) => [m.id, m.designator, m.name]);
}

describe('kinds', () => {
  it('takes the kind of the last head before the name\'s of, on or for', () => {
    const lexicon = defaultLexicon();
    expect(['Senate Committee on Academic Standards', 'Council for Trade in Goods', 'Council Policy Committee', 'Commission expert group on ports', 'Board of Directors'].map((n) => kindOfName(n, lexicon))).toEqual(['committee', 'council', 'committee', 'expert group', 'council']);
  });
});

describe('definitions', () => {
  it('reads an acronym with its meeting\'s number after "#" as the acronym, and no name that holds the acronym as its long form', () => {
    const definitions = new Definitions();
    collectDefinitions(sentenceOf('The 30th meeting of the Harbour Specification Group Ferry Aspects (HSG FA#30) and the 65th HCC meeting (HCC#65) were held in Oslo.'), defaultLexicon(), defaultRegistry(), definitions);
    expect(definitions.get('HSG FA')?.longForm).toBe('Harbour Specification Group Ferry Aspects');
    expect(definitions.get('HCC')).toBeUndefined();
  });
  it('reads a long form over a colon that parts a name from its subtitle', () => {
    const definitions = new Definitions();
    collectDefinitions(sentenceOf('Meeting of the Consultative Committee II: Radio Services (CC.II)'), defaultLexicon(), defaultRegistry(), definitions);
    expect(definitions.get('CC.II')?.longForm).toBe('Consultative Committee II: Radio Services');
  });
  it('ends a long form at the verb that holds the session the acronym numbers', () => {
    const definitions = new Definitions();
    collectDefinitions(sentenceOf('The Harbour Working Group of the Ferry Convention held its fourth meeting (HWG-4) in Oslo.'), defaultLexicon(), defaultRegistry(), definitions);
    expect(definitions.get('HWG-4')?.longForm).toBe('Harbour Working Group of the Ferry Convention');
  });
});

describe('designators', () => {
  it.each([
    ['CWG FHR (Financial and Human Resources) reviewed', ['CWG-FHR', 'CWG FHR', 'Financial and Human Resources']],
    ['CWG on WSIS and SDGs reviewed the report', ['CWG-WSIS&SDG', 'CWG on WSIS and SDGs', 'WSIS and SDGs']],
    ['IEG-WTPF on the preparation of the Forum has worked', ['IEG-WTPF', 'IEG-WTPF', 'the preparation of the Forum']],
    ['EG-DEC.482 discussed', ['EG-DEC.482', 'EG-DEC.482', 'Expert Group on Council Decision 482']],
    ['SG 7 was formed', ['SG-7', 'SG 7', null]],
    ['ITU-T SG17 approved', ['ITU-T-SG17', 'ITU-T SG17', 'ITU-T Study Group 17']],
    ['WP 5D finalized', ['ITU-R-WP5D', 'WP 5D', 'ITU-R Working Party 5D']],
    ['Committee 4 (Working Methods) reviewed', ['Committee 4', 'Committee 4', 'Working Methods']],
    ['the Standing Committee on Administration and Management reviewed', ['SCAM', 'Standing Committee on Administration and Management', 'Standing Committee on Administration and Management']],
    ['The Telecommunication Development Advisory Group (TDAG) met', ['TDAG', 'TDAG', 'Telecommunication Development Advisory Group']],
    ['Under the Agenda of the Sixth Plenary Meeting of the Council, the', ['Plenary Meeting of the Council', 'Sixth Plenary Meeting of the Council', 'Plenary Meeting of the Council']],
  ])('%s', (text, expected) => {
    expect(mentions(text)[0]).toEqual(expected);
  });
  it('does not take an organisation for a body', () => {
    expect(mentions('The RCC Executive Committee presented a contribution.')).toEqual([]);
    expect(mentions('All CWGs were attended.')).toEqual([]);
  });
  it('finds the long form of an acronym (Schwartz–Hearst)', () => {
    expect(longFormOf('PT ITU-T', 'The project team on Strategic ITU-T Issues')).toBe('project team on Strategic ITU-T Issues');
    expect(longFormOf('APA 1', 'the first meeting of the Ad Hoc Working Group on the Paris Agreement')).toBe('Ad Hoc Working Group on the Paris Agreement');
    expect(longFormOf('XYZ', 'nothing here')).toBeUndefined();
    // Each letter a word's initial, where one exists: not the shorter "Communication Infrastructure" that letters inside words spell.
    expect(longFormOf('CICI', 'the RCC Commission on Information and Communication Infrastructure')).toBe('Commission on Information and Communication Infrastructure');
  });
});

// A megabyte of adversarial text through every stage: nothing may hang or throw. Linear-time
// regular expressions are also enforced statically by eslint-plugin-regexp (npm run lint).
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/text.js';
import { toBlocks } from '../../src/segment/blocks.js';
import { splitSentences } from '../../src/segment/sentences.js';
import { tokenize } from '../../src/segment/tokens.js';
import { findDates } from '../../src/extract/dates.js';
import { findNoiseLines } from '../../src/normalize/lines.js';
import { decode } from '../../src/normalize/decode.js';
import { defaultLexicon } from '../../src/lexicon/index.js';
import { parseString } from '../helpers.js';

const MB = 1 << 20;
const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

const inputs: Record<string, string> = {
  capitals: fill('CWG FHR EG ITU-T SG '),
  parentheses: fill('((((('),
  closing: fill(')))) ('),
  dashes: fill('- -- – — '),
  dots: fill('. .. ... '),
  quotes: fill('“"«» ’\''),
  commas: fill(', , ,,'),
  spaces: fill('     \u00a0'),
  numbers: fill('1. 2.1. 12-13 '),
  oneLine: fill('The group discussed and agreed, '),
  months: fill('May May 21 June 2025 '),
  heads: fill('Committee of the Council on the Group of '),
  capitalRun: fill('Working Group on Alpha Beta '),
  lines: fill('a\n'),
  bullets: fill('- x\n  - y\n1. z\n'),
  markup: fill('**a** _b_ [c](d) <p><b>x</b> '),
};

describe('adversarial input', () => {
  const lexicon = defaultLexicon();
  for (const [name, text] of Object.entries(inputs)) {
    it(`${name}: every stage finishes`, async () => {
      decode(new TextEncoder().encode(text));
      findNoiseLines(text, lexicon);
      const blocks = toBlocks(parseText(text));
      expect(Array.isArray(blocks)).toBe(true);
      splitSentences(text, lexicon);
      tokenize(text);
      findDates(text, lexicon);
      const record = await parseString(text);
      expect(record.schemaVersion).toBe(1);
    });
  }
  for (const name of ['capitals', 'parentheses', 'bullets', 'markup']) {
    for (const ext of ['md', 'html']) {
      it(`${name} as .${ext}: the whole pipeline finishes`, async () => {
        const record = await parseString(inputs[name] ?? '', `x.${ext}`);
        expect(record.schemaVersion).toBe(1);
      });
    }
  }
});

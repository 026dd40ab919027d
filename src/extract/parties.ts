/**
 * What the participant rules share: countries (from the maintained ISO data set, in running-text
 * forms such as `the Republic of Armenia` or `Kyrgyz Republic`) and capitalised name runs, read
 * from a sentence.
 */
import { countryNames } from '../lexicon/countries.js';
import { PhraseIndex } from '../segment/phrases.js';
import type { Sentence } from './sentence.js';

const MAX_COUNTRY_WORDS = 8;

let countryIndex: PhraseIndex | undefined;
/** Country names as token sequences. */
function countryPhrases(): PhraseIndex {
  // Names are indexed with both apostrophes ("People's", "People’s").
  countryIndex ??= PhraseIndex.of([...countryNames().keys()].flatMap((k) => (k.includes("'") ? [k, k.replace(/'/g, '’')] : [k])));
  return countryIndex;
}

/** A country's name at token `i`: its span, with "Republic of" kept as written (`Republic of Belarus`). */
export function countryAt(s: Sentence, i: number): { start: number; end: number } | undefined {
  if (!s.isCap(i)) return undefined;
  const index = countryPhrases();
  if (!index.starts(s.word(i))) return undefined;
  const lengths = s.phraseLengths(i, index, MAX_COUNTRY_WORDS);
  for (let len = MAX_COUNTRY_WORDS; len >= 1; len--) {
    if ((lengths & (1 << (len - 1))) === 0) continue;
    const start = s.word(i - 1) === 'of' && s.isCap(i - 2) && s.inList(i - 2, 'countryHeads') ? i - 2 : i;
    return { start, end: i + len };
  }
  return undefined;
}

/** Whether a text is a country's name. */
export function isCountryName(text: string): boolean {
  return countryNames().has(text.toLowerCase().replace(/^the\s+/, ''));
}

/** Whether "behalf of" (and "the") stands right before token `i`: the name there is spoken for ("on behalf of the Umbrella Group"). */
export function spokenFor(s: Sentence, i: number): boolean {
  const before = s.word(i - 1) === 'the' ? i - 2 : i - 1;
  return s.word(before) === 'of' && s.word(before - 1) === 'behalf';
}

/** The end of a run of capitalised words from `i` (with `St.`, `Co., Ltd.` and connectors before capitals). */
export function capitalRun(s: Sentence, i: number): number {
  let j = i;
  // An element of a list ("Google, Microsoft and IBM", "…, the European Commission and ETSI") ends at "and"
  // unless its name has a connector of its own ("Ministry of Science and Technology").
  const listed = s.isMark(i - 1, ',') || (s.word(i - 1) === 'the' && s.isMark(i - 2, ','));
  let connector = false;
  while (j < s.length) {
    if (s.isWord(j) && (s.isCap(j) || s.isAcronym(j))) {
      j++;
      // "St. Petersburg", "Huawei Technologies Co., Ltd."
      if (s.isMark(j, '.') && s.inList(j - 1, 'abbreviations') && (s.isCap(j + 1) || (s.isMark(j + 1, ',') && s.lexicon.cased.legalSuffixes.has(s.raw(j + 2))))) j++;
      // "Harbour Systems, LLC" ends a name; "FSUE NIIR, LLC Harbour Systems": a legal form before a capitalised name opens the next.
      if (j > i + 1 && s.isMark(j, ',') && s.lexicon.cased.legalSuffixes.has(s.raw(j + 1)) && !(s.lexicon.cased.legalForms.has(s.raw(j + 1)) && s.isCap(j + 2))) {
        j += 2;
        if (s.isMark(j, '.')) j++;
      }
      continue;
    }
    if (j > i && s.is(j, 'nameConnectors') && s.word(j) !== '&') {
      // "the Steering Committee in June": a day or a month is no part of a name.
      if (s.isDayName(j + 1)) break;
      // "the Group of 77", "the Group of 20": a number after "of" ends the name.
      if (s.word(j) === 'of' && s.isNumber(j + 1) && !s.isNumber(j + 2)) {
        j += 2;
        break;
      }
      // "OJSC Kyrgyztelecom and RUE Belpochta", "PJSC X and the Institute for Y": two names.
      if (s.word(j) === 'and' && (s.lexicon.cased.legalForms.has(s.raw(j + 1)) || countryAt(s, j + 1) || s.word(j + 1) === 'the' || (listed && !connector))) break;
      // "ICS and BIMCO": two acronyms alone are two names ("ISO and IEC Central Secretariats" is one).
      // So is a list's last acronym alone after a longer name ("the Port of Tallinn and DFDS").
      const loneAcronym = s.isAcronym(j + 1) && (j + 2 >= s.length || s.isMark(j + 2) || s.is(j + 2, 'anyVerbs'));
      // And so is one after a name that its head ends ("the Saami Council and WWF", "the World Bank and IMF").
      if (s.word(j) === 'and' && loneAcronym && ((j === i + 1 && s.isAcronym(i)) || listed || s.is(j - 1, 'organizationHeads'))) break;
      if (s.word(j) !== 'and') connector = true;
      if (s.isCap(j + 1) && !s.is(j + 1, 'determiners')) {
        j++;
        continue;
      }
      if (s.word(j + 1) === 'the' && s.isCap(j + 2)) {
        j += 2;
        continue;
      }
    }
    if (s.isMark(j, '&') && s.isCap(j + 1)) {
      j++;
      continue;
    }
    // FSUE “Radio Research and Development Institute”: a quoted name after a legal form or an organisation noun.
    if (j > i && s.isAnyMark(j, '“"«„') && (s.lexicon.cased.legalForms.has(s.raw(j - 1)) || s.is(j - 1, 'organizationHeads'))) {
      let q = j + 1;
      while (q < s.length && q < j + 16 && !s.isAnyMark(q, '”"»“')) q++;
      if (s.isAnyMark(q, '”"»“') && q > j + 1) j = q + 1;
    }
    break;
  }
  return j;
}

/** The name for output: a leading "the" dropped, white space collapsed. */
export function participantName(name: string): string {
  return name.replace(/^the\s+/i, '').replace(/\s+/g, ' ').trim();
}

/** Whether a name is an acronym in the plural ("NGOs", "IGOs", "LDCs"): a kind of participant, not one. */
export function isPluralAcronym(name: string): boolean {
  return /^\p{Lu}{2,}s$/u.test(name);
}

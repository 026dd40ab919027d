/**
 * Participants: countries (from the ISO data set, in running-text forms such as `the Republic of
 * Armenia` or `Kyrgyz Republic`) and organisations, recognised by shape (`JSC “…”`,
 * `… Executive Committee`, `… University of …`, `PJSC Rostelecom`) and from the registry. An
 * organisation counts when the sentence ties it to the work (by, from, on behalf of, a list with
 * others, or a verb of taking part); a country in parentheses after an organisation is its home.
 */
import type { Participant } from '../model/types.js';
import { Word, wordClass, type Lexicon } from '../lexicon/index.js';
import { countryNames } from '../lexicon/countries.js';
import { PhraseIndex } from '../segment/phrases.js';
import { registryKey, type Registry } from '../registry/index.js';
import { isAcronymToken, isCapitalized, tokenAt, type Token } from '../segment/tokens.js';
import { spanText } from './mentions.js';

/** A participant and the token span it was read from. */
export interface FoundParticipant extends Participant {
  start: number;
  end: number;
}

const QUOTE_OPEN = new Set(['“', '"', '«', '„', '‘']);
const QUOTE_CLOSE = new Set(['”', '"', '»', '“', '’']);
const PARTICIPATION_VERBS = new Set(['participated', 'presented', 'took', 'shared', 'submitted', 'contributed', 'proposed', 'spoke', 'supported', 'provided', 'reported', 'attended', 'made', 'delivered', 'announced', 'introduced', 'hosted', 'co-sponsored', 'sponsored', 'tabled', 'raised', 'expressed', 'joined']);
const TRIGGERS_BEFORE = new Set(['by', 'from', 'and', ',', 'with']);
const OF_TRIGGERS = new Set(['representatives', 'representative', 'delegation', 'delegations', 'behalf', 'delegates', 'experts', 'members', 'corps']);

const MAX_COUNTRY_WORDS = 6;
/** Words written with a period that belongs to the name. */
const ABBREVIATED = new Set(['St', 'Co', 'Inc', 'Ltd', 'Corp', 'Bros']);
/** Legal forms written after a company's name ("Co., Ltd."), not before it ("JSC …"). */
const SUFFIX_FORMS = new Set(['Ltd', 'Inc', 'LLC', 'GmbH', 'plc', 'PLC', 'SA', 'AG', 'Corp', 'BV', 'NV', 'Limited']);

let countryIndex: PhraseIndex | undefined;
/** Country names as token sequences. */
function countryPhrases(): PhraseIndex {
  countryIndex ??= PhraseIndex.of(countryNames().keys());
  return countryIndex;
}

/** Words and apostrophes make up a country's name. */
function inCountryName(t: Token): boolean {
  return t.kind === 'word' || t.text === "'" || t.text === '’';
}

/** A country's name starting at a token: where it ends and its text. */
interface CountryHit {
  end: number;
  name: string;
}

/** The country names of a sentence, by the index of the token each starts at. */
type CountryHits = ReadonlyMap<number, CountryHit>;
/** A sentence without country names (most of them): no map is made. */
const NO_HITS: CountryHits = new Map();

function countryAt(text: string, tokens: Token[], i: number): CountryHit | undefined {
  const first = tokens[i];
  if (!first || first.kind !== 'word' || !first.cap) return undefined;
  const index = countryPhrases();
  if (!index.starts(first.lower)) return undefined;
  const names = countryNames();
  const lengths = index.lengthsAt(tokens, i, MAX_COUNTRY_WORDS, inCountryName);
  for (let len = MAX_COUNTRY_WORDS; len >= 1 && lengths !== 0; len--) {
    if ((lengths & (1 << (len - 1))) === 0) continue;
    const phrase = spanText(text, tokens, i, i + len);
    if (names.has(phrase.toLowerCase())) return { end: i + len, name: phrase };
  }
  return undefined;
}

/** Countries mentioned in a sentence, with "Republic of" forms kept as written. */
function findCountries(tokens: Token[], hits: CountryHits, genericHeads: Set<string>, text: string): FoundParticipant[] {
  const out: FoundParticipant[] = [];
  if (hits.size === 0) return out;
  for (let i = 0; i < tokens.length; i++) {
    const hit = hits.get(i);
    if (!hit) continue;
    let start = i;
    // "the Republic of Armenia", "Republic of Belarus"
    if (tokenAt(tokens, i - 1)?.text === 'of' && tokenAt(tokens, i - 2)?.text === 'Republic') start = i - 2;
    const before = tokenAt(tokens, start - 1);
    const beforeWord = before?.lower ?? '';
    const after = tokens[hit.end];
    // "(Russia)" after an organisation is its home.
    if (before?.text === '(' && after?.text === ')') {
      const owner = tokenAt(tokens, start - 2);
      if (owner && (QUOTE_CLOSE.has(owner.text) || owner.cap || isAcronymToken(owner))) {
        i = hit.end;
        continue;
      }
    }
    // "Permanent Mission of Russia", "Service of Kazakhstan": part of an organisation's name.
    if (beforeWord === 'of' && start === i) {
      const head = tokenAt(tokens, start - 2)?.text ?? '';
      if (isCapitalized(head) && head !== 'Republic' && !genericHeads.has(head.toLowerCase())) {
        i = hit.end;
        continue;
      }
    }
    // "in Paraguay", "in Mainz, Germany": a place, not a party.
    let back = start - 1;
    if (tokenAt(tokens, back)?.text === ',') {
      back--;
      while (back > 0 && tokens[back]?.cap === true) back--;
    }
    const placeWord = tokenAt(tokens, back)?.lower ?? '';
    if (beforeWord === 'in' || beforeWord === 'at' || placeWord === 'in' || placeWord === 'at') {
      i = hit.end;
      continue;
    }
    // "Russian technology companies" is not a tokenised country; "Kyrgyz Republic" is whole.
    const name = spanText(text, tokens, start, hit.end);
    out.push({ name, type: 'country', start, end: hit.end });
    i = hit.end - 1;
  }
  return out;
}

/** The word tokens of `from`..`to`. */
function wordsOf(tokens: Token[], from: number, to: number): Token[] {
  const out: Token[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t && t.kind === 'word') out.push(t);
  }
  return out;
}

/** The last word token of `from`..`to`. */
function lastWordOf(tokens: Token[], from: number, to: number): Token | undefined {
  for (let k = to - 1; k >= from; k--) {
    const t = tokens[k];
    if (t && t.kind === 'word') return t;
  }
  return undefined;
}

/** The end of a capitalised run from `i` (words, acronyms, `St.`, connectors before capitals). */
function capitalRun(tokens: Token[], i: number, lexicon: Lexicon): number {
  let j = i;
  while (j < tokens.length) {
    const t = tokens[j];
    if (!t) break;
    if (t.kind === 'word' && (t.cap || isAcronymToken(t))) {
      j++;
      // "St. Petersburg", "Huawei Technologies Co., Ltd."
      if (ABBREVIATED.has(t.text) && tokens[j]?.text === '.') j++;
      if (j > i + 1 && tokens[j]?.text === ',' && SUFFIX_FORMS.has(tokens[j + 1]?.text ?? '')) {
        j += 2;
        if (tokens[j]?.text === '.') j++;
      }
      continue;
    }
    if (t.kind === 'word' && j > i && (wordClass(t, lexicon) & Word.Connector) !== 0) {
      // "OJSC Kyrgyztelecom and RUE Belpochta": two names.
      if (t.text === 'and' && (lexicon.legalForms.has(tokens[j + 1]?.text ?? '') || countryNames().has((tokens[j + 1]?.text ?? '').toLowerCase()))) break;
      const n1 = tokens[j + 1];
      const n2 = tokens[j + 2];
      if (n1 && n1.kind === 'word' && n1.cap && (wordClass(n1, lexicon) & Word.Determiner) === 0) {
        j++;
        continue;
      }
      if (n1?.lower === 'the' && n2 && n2.cap) {
        j += 2;
        continue;
      }
    }
    break;
  }
  return j;
}

/** Organisations in a sentence, as written. */
function findOrganizations(text: string, tokens: Token[], hits: CountryHits, lexicon: Lexicon, registry: Registry): FoundParticipant[] {
  const out: FoundParticipant[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'word' || !(t.cap || isAcronymToken(t))) continue;
    const bits = wordClass(t, lexicon);
    if ((bits & Word.Determiner) !== 0) continue;
    // A country is read by findCountries; an organisation may follow it ("Korea and Huawei …").
    const country = hits.size === 0 ? undefined : hits.get(i);
    if (country && tokens[country.end]?.text !== 'of' && !tokens[country.end]?.cap) {
      i = country.end - 1;
      continue;
    }
    // "President of the ITU Council": a role, not an organisation.
    if ((bits & Word.Role) !== 0) {
      i = capitalRun(tokens, i, lexicon) - 1;
      continue;
    }
    let end = capitalRun(tokens, i, lexicon);
    // A legal form first or last makes it a company: "JSC …", "… Co., Ltd.".
    const lastWord = lastWordOf(tokens, i, end)?.text ?? '';
    const legal = lexicon.legalForms.has(t.text) || (end - i > 1 && SUFFIX_FORMS.has(lastWord) && !countryNames().has(t.lower));
    // A quoted name after a legal form or an organisation noun: JSC “National Radio-Technical Bureau”.
    if (QUOTE_OPEN.has(tokens[end]?.text ?? '') && (legal || lexicon.orgHeads.has(tokenAt(tokens, end - 1)?.lower ?? ''))) {
      let q = end + 1;
      while (q < tokens.length && q < end + 16 && !QUOTE_CLOSE.has(tokens[q]?.text ?? '')) q++;
      if (QUOTE_CLOSE.has(tokens[q]?.text ?? '')) end = q + 1;
    }
    if (end <= i) continue;
    // Every test below that fails skips the run; the cheap ones go first, the name is made last.
    // "ITU website", "RCC contribution": a name used as a modifier.
    const nextWord = tokens[end];
    if (!legal && nextWord && nextWord.kind === 'word' && /^\p{Ll}/u.test(nextWord.text) && !lexicon.connectors.has(nextWord.text) && !lexicon.otherVerbs.has(nextWord.text) && !lexicon.auxiliaries.has(nextWord.text) && !PARTICIPATION_VERBS.has(nextWord.text) && !lexicon.verbForms.has(nextWord.text)) {
      i = end - 1;
      continue;
    }
    const words = wordsOf(tokens, i, end);
    const last = words[words.length - 1]?.lower ?? '';
    if (words.every((w) => lexicon.genericParticipantHeads.has(w.lower) || lexicon.orgHeads.has(w.lower) || lexicon.connectors.has(w.lower))) {
      i = end - 1;
      continue;
    }
    // "Communications Administrations of …", "Member States": generic.
    if (lexicon.genericParticipantHeads.has(last) || words.slice(0, 3).some((w) => lexicon.genericParticipantHeads.has(w.lower))) {
      i = end - 1;
      continue;
    }
    const lastHead = words.some((w) => lexicon.orgHeads.has(w.lower));
    const name = spanText(text, tokens, i, end);
    const known = registry.orgByKey.has(registryKey(name));
    if (!legal && (!known && (!lastHead || words.length === 1))) {
      i = end - 1;
      continue;
    }
    // "Russian Federation" is a country.
    if (countryNames().has(name.toLowerCase())) {
      i = end - 1;
      continue;
    }
    if (!legal && !tied(tokens, i, end, lexicon, words.length === 1 && known)) {
      i = end - 1;
      continue;
    }
    out.push({ name, type: 'organization', start: i, end });
    i = end - 1;
  }
  return out;
}

/** True when the sentence ties the organisation at `i`..`end` to the work. */
function tied(tokens: Token[], i: number, end: number, lexicon: Lexicon, strict: boolean): boolean {
  let b = i - 1;
  if (tokenAt(tokens, b)?.lower === 'the') b--;
  const before = tokenAt(tokens, b)?.lower ?? '';
  if (TRIGGERS_BEFORE.has(before) && !(strict && (before === 'and' || before === ','))) return true;
  if (before === 'of' && OF_TRIGGERS.has(tokenAt(tokens, b - 1)?.lower ?? '')) return true;
  if (before === 'well' && tokenAt(tokens, b - 1)?.lower === 'as') return true;
  let a = end;
  if (tokens[a]?.text === '(') {
    while (a < tokens.length && tokens[a]?.text !== ')') a++;
    a++;
  }
  while (a < tokens.length && tokens[a]?.kind === 'word' && /(?:ly|also)$/.test(tokens[a]?.text ?? '')) a++;
  const verb = tokens[a]?.lower ?? '';
  if (PARTICIPATION_VERBS.has(verb)) return true;
  if (verb === 'was' || verb === 'were' || verb === 'has' || verb === 'had') {
    const v2 = tokens[a + 1]?.lower ?? '';
    return PARTICIPATION_VERBS.has(v2);
  }
  void lexicon;
  return false;
}

/** Countries and organisations a sentence names as taking part. */
export function findParticipants(text: string, tokens: Token[], lexicon: Lexicon, registry: Registry): FoundParticipant[] {
  // The country names starting at each token, read once for both finders.
  let named: Map<number, CountryHit> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const hit = countryAt(text, tokens, i);
    if (!hit) continue;
    named ??= new Map();
    named.set(i, hit);
  }
  const hits = named ?? NO_HITS;
  const orgs = findOrganizations(text, tokens, hits, lexicon, registry);
  const found = findCountries(tokens, hits, lexicon.genericParticipantHeads, text);
  // Each list is in token order already; only both together need sorting.
  if (orgs.length === 0) return found;
  const countries = found.filter((c) => !orgs.some((o) => c.start >= o.start && c.end <= o.end));
  if (countries.length === 0) return orgs;
  return [...orgs, ...countries].sort((a, b) => a.start - b.start);
}

/** The participant's name for output: "the" dropped, white space collapsed. */
export function cleanParticipantName(name: string): string {
  return name.replace(/^the\s+/i, '').replace(/\s+/g, ' ').trim();
}

/**
 * Reading a person's name and the role written beside it. A name is two to four capitalised
 * words, with initials anywhere (`Anne M. Gaffney`, `Lydia E.M. Hines`, `K. Hunter`) or after
 * the surname (`Minkin V.M.`), and a post-nominal (`Tony Wright MP`, `William F. Carroll, Jr.`).
 * Roles are read after the name (`…, RCC Director General,`, `… as the new director of …`,
 * `… is the Senate Chair`) or before it (`CITEL Executive Director …`, `Chair of CMAG, Dr …`).
 */
import { countryNames } from '../lexicon/countries.js';
import type { Lexicon } from '../lexicon/index.js';
import type { Sentence } from './sentence.js';
import { capitalRun, countryAt } from './parties.js';
import { initialParts } from '../segment/sentences.js';

/** A name's tokens. */
export interface NameSpan {
  start: number;
  end: number;
}

const INITIALS = /^(?:\p{Lu}\.){1,3}$|^\p{Lu}(?:\.\p{Lu})+\.?$/u;
/** A name's word: "Dahl", "Aboul-Magd", "O'Neill", "D’Souza", "McDonald", "MacArthur". */
const NAME_WORD = /^(?:\p{Lu}['’]|Ma?c)?\p{Lu}[\p{Ll}’']+(?:-\p{Lu}?[\p{Ll}’']+)*$/u;

/** A surname written with its particle joined and capitalised: "DiBiase", "DeSantis", "LaGuardia", "VanDyke". */
const JOINED_PARTICLE = /^(\p{Lu}\p{Ll}{1,3})\p{Lu}\p{Ll}+$/u;

/** Whether a word has a name's shape: a capitalised word, or a particle joined to one ("DiBiase"). */
function nameShaped(raw: string, lexicon: Lexicon): boolean {
  if (NAME_WORD.test(raw)) return true;
  const particle = JOINED_PARTICLE.exec(raw)?.[1];
  return particle !== undefined && lexicon.lists.nameParticles.has(particle.toLowerCase());
}

/**
 * Whether a capitalised word may be part of a name (no word of the lexicon's lists, no country). A word
 * with a noun's ending ("Activities") is none, unless a name's particle stands before it ("Pieter de Vries").
 */
export function isNameWord(s: Sentence, i: number, afterParticle = false): boolean {
  const raw = s.raw(i);
  if (!nameShaped(raw, s.lexicon)) return false;
  // "Council’s": the word without its possessive is judged.
  const bare = s.isPossessive(i) ? s.bareWord(i) : '';
  if (bare && (s.lexicon.bodyHeadWords.has(bare) || s.lexicon.lists.organizationHeads.has(bare) || s.lexicon.lists.roleWords.has(bare))) return false;
  if (s.is(i, 'roleWords') || s.is(i, 'organizationHeads') || s.is(i, 'bodyHeads') || s.is(i, 'determiners') || s.is(i, 'nameConnectors') || s.is(i, 'personTitles') || s.is(i, 'anyVerbs') || s.is(i, 'prepositions') || s.is(i, 'agendaWords') || s.is(i, 'clauseLinks') || s.is(i, 'adverbs') || s.is(i, 'genericParticipantHeads') || s.inList(i, 'quantifiers')) return false;
  const w = s.word(i);
  if (isPluralRole(s, i)) return false;
  if (s.inList(i, 'thingNouns') || s.inList(i, 'fieldNouns') || (bare !== '' && s.lexicon.lists.thingNouns.has(bare))) return false;
  // "Mr Jun Park", "Dr May Chen": right after a person's title, a month's name is a given name.
  const titled = s.is(i - 1, 'personTitles') || (s.isMark(i - 1, '.') && s.is(i - 2, 'personTitles'));
  // "Jan Plesnik", "May Chen": a month's name before a name word is a given name ("May Council" is a month's).
  const given = s.lexicon.months.has(w) && !titled && NAME_WORD.test(s.raw(i + 1)) && !s.lexicon.months.has(s.word(i + 1)) && isNameWord(s, i + 1);
  if ((s.lexicon.months.has(w) && !titled && !given) || s.inList(i, 'weekdays') || s.inList(i, 'titleWords') || s.inList(i, 'relativeDays') || s.inList(i, 'salutations') || s.inList(i, 'kickerLabels')) return false;
  if (countryNames().has(w) && !givenCountry(s, i, titled)) return false;
  return afterParticle || !/(?:ment|tion|sion|ance|ence|ity|ies|ness|ship|ics|ism)$/.test(w) || s.inList(i, 'suffixNames');
}

/**
 * Whether a country's name is a given name: after a person's title ("Ms Georgia Brown"), or before a
 * surname that a role in parentheses follows ("Jordan Lee (chair)"), where no country could stand.
 */
function givenCountry(s: Sentence, i: number, titled: boolean): boolean {
  if (!NAME_WORD.test(s.raw(i + 1)) || countryNames().has(s.word(i + 1)) || !isNameWord(s, i + 1)) return false;
  return titled || (s.isMark(i + 2, '(') && s.is(i + 3, 'roleWords') && s.isMark(i + 4, ')'));
}

/**
 * Whether a surname that is also a verb ends a name here ("Olivia Grant and Henry Wu", "Tom Cook,"): a capitalised
 * word with nothing after it but a list's comma, "and", a parenthesis or the sentence's end.
 */
function verbSurname(s: Sentence, j: number): boolean {
  if (!s.is(j, 'anyVerbs') || !NAME_WORD.test(s.raw(j)) || /(?:ed|ing)$/.test(s.word(j))) return false;
  if (s.is(j, 'roleWords') || s.is(j, 'bodyHeads') || s.is(j, 'organizationHeads') || s.is(j, 'auxiliaries') || s.is(j, 'modalVerbs')) return false;
  return j + 1 >= s.length || s.isAnyMark(j + 1, ',;()') || s.word(j + 1) === 'and' || (s.isMark(j + 1, '.') && j + 2 >= s.length);
}

/** Whether the word is a role in the plural: "Senators", "Commissioners". */
export function isPluralRole(s: Sentence, i: number): boolean {
  return pluralRoleWord(s.word(i), s.lexicon);
}

/** Whether a lower-case word is a role in the plural ("senators", "vice-chairs"). */
function pluralRoleWord(word: string, lexicon: Lexicon): boolean {
  return word.endsWith('s') && lexicon.lists.roleWords.has(word.slice(0, -1));
}

/** An initial at token `i` (`M.`, `E.M.`, `D.Ya.`): how many tokens it takes, or 0. */
function initialAt(s: Sentence, i: number): number {
  const raw = s.raw(i);
  if (s.isMark(i + 1, '.') && (/^\p{Lu}(?:\.\p{Lu})*$/u.test(raw) || (s.joinedToPrevious(i + 1) && initialParts(raw, s.lexicon.cased.initialDigraphs)))) return 2;
  return INITIALS.test(raw) ? 1 : 0;
}

/** The name starting at token `i`, if one does. */
export function nameAt(s: Sentence, i: number): NameSpan | undefined {
  // Names and initials start with a capital: most tokens are refused here.
  if (!s.isCap(i)) return undefined;
  // "H.E. Ivan John Uy": an honorific written as initials is a title, not the name's start.
  if (s.raw(i).includes('.') && s.is(i, 'personTitles')) return undefined;
  // "K. Hunter", "D. Calma": initials first.
  const lead = initialAt(s, i);
  if (lead > 0) {
    let j = i + lead;
    const more = initialAt(s, j);
    if (more > 0) j += more;
    if (isNameWord(s, j) && !insideLongerName(s, i, j + 1)) return { start: i, end: j + 1 };
    return undefined;
  }
  if (!isNameWord(s, i)) return undefined;
  // Surname and initials: "Minkin V.M."
  const after = initialAt(s, i + 1);
  if (after > 0 && !isNameWord(s, i + 1 + after)) return { start: i, end: i + 1 + after };
  let j = i + 1;
  let words = 1;
  // A possessive ends a name ("International Children’s Day" is no one's).
  while (j < s.length && words < 4 && !s.isPossessive(j - 1)) {
    // "Craig L Russell": a middle initial without its period, too.
    const ini = initialAt(s, j) || (/^\p{Lu}$/u.test(s.raw(j)) && !s.isMark(j + 1) ? 1 : 0);
    if (ini > 0 && isNameWord(s, j + ini)) {
      j += ini;
      continue;
    }
    // "Anne van Kesteren", "Ursula von der Leyen": a particle before the surname.
    const particles = s.isLower(j) && s.inList(j, 'nameParticles') ? (s.isLower(j + 1) && s.inList(j + 1, 'nameParticles') ? 2 : 1) : 0;
    if (particles > 0 && isNameWord(s, j + particles, true)) {
      j += particles + 1;
      words++;
      continue;
    }
    if (!isNameWord(s, j)) {
      if (verbSurname(s, j)) {
        j++;
        words++;
      }
      break;
    }
    j++;
    words++;
  }
  if (words < 2) return undefined;
  // "New Zealand", "Saudi Arabia’s": a country, not a person.
  if (countryNames().has(s.span(i, j).replace(/['’]s$/, '').toLowerCase())) return undefined;
  if (insideLongerName(s, i, j)) return undefined;
  return { start: i, end: j };
}

/** Whether tokens `i`..`j` are part of a longer capitalised title ("Bonn Climate Change Conference", "John A. Wilson Building"). */
function insideLongerName(s: Sentence, i: number, j: number): boolean {
  if (s.isCap(j) && !s.is(j, 'roleWords') && !countryNames().has(s.word(j)) && !s.lexicon.cased.postNominals.has(s.raw(j)) && !s.is(j, 'anyVerbs')) return true;
  return s.isCap(i - 1) && !s.isAcronym(i - 1) && !s.is(i - 1, 'roleWords') && !s.is(i - 1, 'personTitles') && isNameWord(s, i - 1);
}

/** Where a person's title right before token `k` starts ("Mr Ito", "Mr. Ito": the "Mr"), or -1. */
export function titleBefore(s: Sentence, k: number): number {
  if (s.is(k - 1, 'personTitles')) return k - 1;
  return s.isMark(k - 1, '.') && s.is(k - 2, 'personTitles') ? k - 2 : -1;
}

/** The end of a name with its post-nominal ("Tony Wright MP", "Carroll, Jr."). */
export function withPostNominal(s: Sentence, end: number): number {
  if (s.lexicon.cased.postNominals.has(s.raw(end))) return s.isMark(end + 1, '.') ? end + 2 : end + 1;
  if (s.isMark(end, ',') && s.lexicon.cased.postNominals.has(s.raw(end + 1))) return s.isMark(end + 2, '.') ? end + 3 : end + 2;
  return end;
}

export function hasRoleWord(s: Sentence, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (s.is(k, 'roleWords')) return true;
  return false;
}

/** The role after a name: ", RCC Director General,", " as the new director of …", " is the Senate Chair", " Director of Conatel". */
export function roleAfter(s: Sentence, end: number): string | null {
  let k = end;
  // "Ms Eva Lund (Sweden) was re-elected as …": the country in parentheses is passed over;
  // "Dawn Wages (Chair)", "Deb Nicholson (Executive Director)": a role in parentheses is the role.
  if (s.isMark(k, '(')) {
    const close = s.closing(k, 6);
    if (close > k + 1 && isRole(s, k + 1, close)) return s.span(k + 1, close);
    // "Jean Dupont (Chair, France)": a role and a country.
    const comma = s.isMark(k + 2, ',') ? k + 2 : s.isMark(k + 3, ',') ? k + 3 : -1;
    if (close > comma && comma > k + 1 && isRole(s, k + 1, comma) && countryAt(s, comma + 1)?.end === close) return s.span(k + 1, comma);
    // "Dr. Jane Doe (Chair, Harbour Board)": a role and what it is of, in capitals.
    if (close > comma + 1 && comma > k + 1 && isRole(s, k + 1, comma) && capitalRun(s, comma + 1) === close) return s.span(k + 1, close);
    if (close > k && close <= k + 4) k = close + 1;
  }
  // "Mr Pedro Alves (Portugal) and Dr Amina Yusuf (Nigeria) as Vice-Chairs": a role in the plural is both names'.
  if (s.word(k) === 'and') {
    let j = k + 1;
    while (s.is(j, 'personTitles') || (s.isMark(j, '.') && s.is(j - 1, 'personTitles'))) j++;
    const next = nameAt(s, j);
    const shared = next ? roleAfter(s, next.end) : null;
    if (shared && pluralRoleWord(shared.split(' ').pop()?.toLowerCase() ?? '', s.lexicon)) return shared;
  }
  // "Bryndís Haraldsdóttir of Iceland as President", "Kenji Tanaka of Japan, Chairman of AWG,": so is the country after "of".
  const home = s.word(k) === 'of' ? countryAt(s, k + 1) : undefined;
  if (home && (s.word(home.end) === 'as' || s.isMark(home.end, ','))) k = home.end;
  // "Rui Tanaka — Secretary", "Ana Lima - Chair" in a roster: a dash between spaces stands for the comma.
  if (s.isMark(k, ',') || s.isAnyMark(k, '—–') || (s.isMark(k, '-') && !s.joinedToPrevious(k) && !s.joinedToPrevious(k + 1))) k++;
  else if (s.word(k) === 'is' && s.word(k + 1) === 'the') k += 2;
  else if ((s.word(k) === 'was' || s.word(k) === 'were') && s.inList(k + 1, 'appointmentVerbs')) k += 2;
  // "Mr Kyu-Jin Wee (Korea) continues as Chairman", "… serves as Secretary".
  else if (s.inList(k, 'tenureVerbs') && s.word(k + 1) === 'as') k++;
  else if (!(s.word(k) === 'as' || (s.isCap(k) && s.is(k, 'roleWords')))) return null;
  if (s.word(k) === 'as') {
    k++;
    // "as the new director", "as its chair"
    if (s.is(k, 'determiners')) k++;
  }
  // "Vadim Kaptur, the Chairman of the WG PP-26": "the" before a role's word is left out of the role.
  if (s.word(k) === 'the' && s.is(k + 1, 'roleWords') && s.isCap(k + 1)) k++;
  const from = k;
  // "Paul Ashworth MP, Nadia Rahman MP": a name with its post-nominal after the comma is the next person, not a role.
  const next = nameAt(s, from);
  if (next && s.lexicon.cased.postNominals.has(s.raw(next.end))) return null;
  // ", the group's vice-chair": a determiner opens a role only with the possessive of what the role is of.
  // "elected Dr Ana Lima, Director for Europe, to lead the panel": an infinitive or a preposition opens no role.
  // "thanked its convenor, Mr Kai Müller, and its members": a conjunction opens no role either.
  if (s.inList(from, 'relativePronouns') || s.is(from, 'prepositions') || s.word(from) === 'to' || s.word(from) === 'and' || (s.is(from, 'determiners') && !s.isPossessive(from + 1))) return null;
  let hasRole = false;
  while (k < s.length && k - from <= 24) {
    // "liaison to the Governmental Advisory Committee (GAC)": a parenthesis is taken whole.
    if (s.isMark(k, '(')) {
      const close = s.closing(k, 8);
      if (close < 0) break;
      k = close + 1;
      continue;
    }
    // "Executive Secretary of the Basel, Rotterdam and Stockholm Conventions": a comma inside a list of names the role is of.
    if (hasRole && s.isMark(k, ',') && s.isCap(k - 1) && s.isCap(k + 1) && !s.isAcronym(k + 1) && nameAt(s, k + 1) === undefined && s.word(k + 2) === 'and' && s.isCap(k + 3)) {
      k += 3;
      continue;
    }
    if (s.isAnyMark(k, ',;.)!?:|·•')) break;
    // "Minister of Science and Technology of Viet Nam": an "and" inside a capitalised name goes on; one before another person ends the role.
    const inName = s.isCap(k - 1) && s.isCap(k + 1) && !s.isAcronym(k + 1) && !s.is(k + 1, 'personTitles') && !s.is(k + 1, 'roleWords') && nameAt(s, k + 1) === undefined;
    if (s.word(k) === 'and' && hasRole && !inName) break;
    // "… Vice-Chair of WG FM for a second term": the term is no part of the role.
    // "… Commission for the Coordination of International Cooperation": "for" before a capitalised name continues the role.
    const named = s.word(k) === 'for' && (s.isCap(k + 1) || (s.word(k + 1) === 'the' && s.isCap(k + 2)));
    if (hasRole && s.inList(k, 'termWords') && !named) break;
    // A verb ends the role, but not a noun that is a verb's form too ("lead author of the report").
    if (s.isLower(k) && s.is(k, 'anyVerbs') && !s.is(k, 'roleWords') && !s.is(k - 1, 'determiners')) break;
    // "Chair Paul Arbuckle, Vice Chair Ted Lindberg, …": a role followed by a name is that name's title, not this one's role.
    if (s.is(k - 1, 'roleWords') && s.isCap(k) && !s.is(k, 'roleWords') && nameAt(s, k) !== undefined) return null;
    // "Mayor Jane Doe, Councilmembers Ahmed, Brown …": a role in the plural before names is theirs.
    if (isPluralRole(s, k - 1) && s.isCap(k) && !s.is(k, 'roleWords')) return null;
    if (s.is(k, 'roleWords') || isPluralRole(s, k)) hasRole = true;
    k++;
  }
  if (!hasRole || k === from || k - from > 24) return null;
  // "the United Nations Interim Force in Lebanon": a role's head, the word before its "of", "for" or "in", is a role's word.
  let head = from;
  while (head + 1 < k && !s.is(head + 1, 'nameConnectors') && !s.isMark(head + 1, '(')) head++;
  if (!s.is(head, 'roleWords') && !isPluralRole(s, head)) return null;
  // "appointed Ben Okafor and Dana Fox as its members", "as observers": a kind of participant, no office.
  if (k - from === 1 && s.is(from, 'genericParticipantHeads')) return null;
  return s.span(from, k);
}

/** Whether tokens `from`..`to` are a role and nothing else: words only, ending with a role's word ("Executive Director", "Vice-Chair"). */
function isRole(s: Sentence, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!s.isWord(k) && !s.isMark(k, '-')) return false;
  return s.is(to - 1, 'roleWords');
}

/** The role before a name: "CITEL Executive Director Oscar León", "Chair of CMAG, Dr Monica Juma", "the PT ITU-T coordinator, Reiner Liebler". */
export function roleBefore(s: Sentence, start: number): string | null {
  let k = start - 1;
  // Titles between the role and the name: "Secretary-General Rt.Hon Patricia Scotland".
  while (k >= 0 && (s.is(k, 'personTitles') && !s.is(k, 'roleWords'))) k--;
  if (s.isMark(k, '.') && s.is(k - 1, 'personTitles')) k -= 2;
  // "Vice-President (Finance) Mark Delaney": a role with its portfolio in parentheses.
  if (s.isMark(k, ')')) {
    let open = k - 1;
    while (open > k - 6 && open > 0 && !s.isAnyMark(open, '()')) open--;
    if (!s.isMark(open, '(') || !s.isCap(open - 1) || !s.is(open - 1, 'roleWords')) return null;
    let j = open - 1;
    while (j > 0 && open - j < 4 && s.isWord(j - 1) && s.isCap(j - 1) && !s.is(j - 1, 'determiners') && !s.is(j - 1, 'prepositions')) j--;
    return s.span(j, k + 1);
  }
  // "Secretary: Pierre Martin", "Vice-Chair: Ana Lima": a role as the line's label.
  if (s.isMark(k, ':')) {
    // "Directors Present: Rich Bowen": a roster's label is no role; "Scribe: Ben Ode", "Facilitator: …" are one person's.
    if (rosterStart(s) === k + 1 && !(k === 1 && s.is(0, 'roleWords'))) return null;
    let j = k - 1;
    while (j >= 0 && k - j <= 3 && s.isWord(j) && (s.isCap(j) || s.is(j, 'roleWords'))) j--;
    return j + 1 < k && (j < 0 || s.isMark(j)) && hasRoleWord(s, j + 1, k) ? s.span(j + 1, k) : null;
  }
  if (s.isMark(k, ',')) {
    // "Paul Ashworth MP, Nadia Rahman MP": a name with its post-nominal before the comma is the person before, not a role.
    if (s.lexicon.cased.postNominals.has(s.raw(k - 1)) && [2, 3, 4].some((n) => nameAt(s, k - 1 - n)?.end === k - 1)) return null;
    let j = k - 1;
    // A capitalised word after "and", or "the" and one ("… Communications and the Digital Economy").
    const capAfter = (x: number): boolean => s.isCap(x + 1) || (s.word(x + 1) === 'the' && s.isCap(x + 2));
    // "and" between two lower-case words is inside the role's subject ("Special Rapporteur on freedom of opinion and expression, Irene Khan").
    // So is "and" inside a capitalised name ("Minister of Foreign Trade and Tourism, Ursula León").
    const joins = (j: number): boolean => s.word(j) === 'and' && ((s.isLower(j - 1) && s.isLower(j + 1) && !s.is(j - 1, 'anyVerbs')) || (s.isCap(j - 1) && capAfter(j)));
    const stop = (j: number): boolean => s.inList(j, 'roleStops') && !joins(j);
    // "the Director of the Telecommunication Development Bureau (BDT), Cosmas Zavazava": the acronym of what the role is of.
    // "Ellen Wu (CEO), Frank Ito": an office in parentheses is the role of the person before it, not of the next.
    if (s.isMark(j, ')') && s.isMark(j - 2, '(') && s.isAcronym(j - 1)) {
      if (s.is(j - 1, 'roleWords')) return null;
      j -= 3;
    }
    // "Secretary of State for Science, Innovation and Technology, Peter Kyle": a comma in a list of capitalised fields
    // that "and" closes before the name's comma.
    const fieldComma = (j: number): boolean => {
      if (!s.isMark(j, ',') || !s.isCap(j - 1) || !s.isCap(j + 1)) return false;
      for (let x = j + 1; x < k; x++) {
        if (s.word(x) === 'and') return s.isCap(x - 1) && capAfter(x);
        if (!s.isCap(x) && !s.isMark(x, ',')) return false;
      }
      return false;
    };
    // A verb ends the role read backwards, but not a role's word that is a verb too ("The 802.11 chair, Robert Stacey").
    while (j >= 0 && k - j < 20 && !(s.isMark(j) && s.raw(j) !== '-' && !fieldComma(j)) && !stop(j) && !(s.isLower(j) && s.is(j, 'anyVerbs') && !s.is(j, 'roleWords'))) j--;
    let from = j + 1;
    // "took evidence from the Governor of the Bank of England, Andrew Bailey": the role starts after the preposition before its word.
    let r = from;
    while (r < k && !s.is(r, 'roleWords')) r++;
    for (let x = r - 1; x >= from; x--) {
      if (s.is(x, 'prepositions')) {
        from = x + 1;
        break;
      }
    }
    if (s.is(from, 'determiners')) from++;
    // "Directors Sam Patel, Olivia Grant": a person's name before the comma ends a list of people, no role.
    for (let x = from + 1; x < k - 1; x++) if (nameAt(s, x)?.end === k && !s.is(x - 1, 'prepositions') && !s.is(x - 1, 'nameConnectors') && !s.is(x - 1, 'determiners')) return null;
    return from < k && hasRoleWord(s, from, k) ? s.span(from, k) : null;
  }
  // "said board chair Robert Lang", "council member Ann Lee": a role in lower case right before the name, with up to two nouns before it.
  if (s.isLower(k) && s.is(k, 'roleWords')) {
    let j = k;
    while (j > k - 2 && (s.is(j - 1, 'bodyHeads') || s.is(j - 1, 'roleWords'))) j--;
    return s.span(j, k + 1);
  }
  // Capitalised words before the name, with a role word among them.
  let j = k;
  let hasRole = false;
  while (j >= 0 && start - j < 8 && s.isWord(j) && (s.isCap(j) || s.isAcronym(j))) {
    // "Elected Professor Hana Kobayashi as …": a list item's verb, no word of the role.
    if (s.reportingVerb(j)?.type === 'past' && (j === 0 || s.isMark(j - 1))) break;
    if (s.is(j, 'roleWords')) hasRole = true;
    else if (!hasRole) break;
    j--;
  }
  if (hasRole) return s.span(j + 1, k + 1);
  return roleOfBefore(s, k) ?? officeBefore(s, k);
}

/**
 * "Minister of Communications and Informatization of the Republic of Belarus K. Shulgan": a capitalised office with
 * its "of" phrases, from its first role word to the name (not "General Assembly Adopts Resolution …", a headline).
 */
function officeBefore(s: Sentence, k: number): string | null {
  let j = k;
  let office = -1;
  while (j >= 0 && k - j < 14 && s.isWord(j) && (s.isCap(j) || s.isAcronym(j) || ((s.is(j, 'nameConnectors') || s.is(j, 'determiners')) && (s.isCap(j + 1) || s.is(j + 1, 'determiners')) && j < k))) {
    if (s.isCap(j) && s.is(j, 'roleWords')) office = j;
    j--;
  }
  // A name's capitalised words alone, or a run that starts before the office ("The Board thanked …"), give no role here.
  // "Minister of Finance Ana Lima", "Federal Minister for Digital and Transport Dr. Volker Wissing".
  // "Deputy Director General of the Harbour Committee Kairat Abdrakhmanov": an office of several words.
  let last = office;
  while (last >= 0 && last + 1 < k && s.isCap(last + 1) && (s.is(last + 1, 'roleWords') || s.inList(last + 1, 'rolePrefixes'))) last++;
  if (office < 0 || office === k || s.is(office - 1, 'roleWords') || (s.word(last + 1) !== 'of' && s.word(last + 1) !== 'for')) return null;
  return s.span(office, k + 1);
}

/**
 * "the Chairman of the WG RFS Pastukh A.S.", "Executive Secretary of the Harbour Convention Ms. Elena Petrova": a
 * capitalised role of a body, with the body's name, right before the name.
 */
function roleOfBefore(s: Sentence, k: number): string | null {
  let j = k;
  while (j > k - 5 && (s.isAcronym(j) || (s.isCap(j) && !s.is(j, 'roleWords') && !s.is(j, 'personTitles') && !s.is(j, 'determiners')))) j--;
  if (j === k) return null;
  if (s.word(j) === 'the') j--;
  if (s.word(j) !== 'of' || !s.isCap(j - 1) || !s.is(j - 1, 'roleWords')) return null;
  let from = j - 1;
  while (from > 0 && j - from < 4 && s.isCap(from - 1) && (s.is(from - 1, 'roleWords') || s.isAcronym(from - 1))) from--;
  return s.span(from, k + 1);
}

/** Where the names of a roster line start ("Attendees: …", "Regrets: …"), or -1 when the sentence is no roster. */
/**
 * The signature after a letter's closing ("Best regards,\nAnna Jansen\nHSC Secretary"): the token where the name's
 * line starts, or -1.
 */
export function signatureStart(s: Sentence): number {
  const n = s.phraseAt(0, s.lexicon.lists.valedictions);
  return n > 0 && s.isMark(n, ',') && s.lineBreakBefore(n + 1) ? n + 1 : -1;
}

/** The text of the line that starts at token `k`, up to the next line break (or the sentence's end). */
export function lineFrom(s: Sentence, k: number): string {
  let end = k + 1;
  while (end < s.length && !s.lineBreakBefore(end)) end++;
  return s.span(k, end);
}

export function rosterStart(s: Sentence): number {
  const n = s.phraseAt(0, s.lexicon.lists.rosterLabels);
  if (n > 0 && s.isMark(n, ':')) return n + 1;
  // "Council Members present:", "Commissioners in attendance:": who, then the label.
  for (let k = 1; k < 5 && k < s.length && s.isWord(k - 1); k++) {
    const len = s.phraseAt(k, s.lexicon.lists.rosterLabels);
    if (len > 0 && s.isMark(k + len, ':')) return k + len + 1;
  }
  return -1;
}

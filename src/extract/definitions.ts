/**
 * Acronyms the bulletin defines, anywhere in its text and in any of the usual orders:
 * `Long Form (ABC)`, `ABC (Long Form)` and `ABC, the Long Form`. A definition says whether the
 * acronym names a body (its long form has a body's head noun) or an organisation.
 */
import type { GroupKind } from '../model/types.js';
import { classOf, isWrittenOrdinal, Word, type Lexicon } from '../lexicon/index.js';
import { registryKey, type Registry } from '../registry/index.js';
import { isAcronymToken, stripDesignatorNumber, stripEnd, tokenize } from '../segment/tokens.js';
import type { Sentence } from './sentence.js';
import { acronymKind, kindOfName, longFormOf, mixedAcronym } from './names.js';
import { isPluralAcronym } from './parties.js';

/** An acronym the text defines, with its long form. */
export interface Definition {
  acronym: string;
  longForm: string;
  /** The long form names a body (not an organisation). */
  body: boolean;
  kind: GroupKind | undefined;
}

/** The definitions of one bulletin, by registry key, with the first words of their long forms. */
export class Definitions {
  private readonly byKey = new Map<string, Definition>();
  private readonly firstWords = new Set<string>();
  private readonly byLongForm = new Map<string, Definition>();
  /** Bodies defined at a session ("SBI 60"), by the acronym without its number. */
  private readonly bySession = new Map<string, Definition>();

  get size(): number {
    return this.byKey.size;
  }

  get(acronym: string): Definition | undefined {
    const key = registryKey(acronym);
    return this.byKey.get(key) ?? this.bySession.get(key);
  }

  /** Whether some long form starts with this (lower-case) word. */
  startsWith(word: string): boolean {
    return this.firstWords.has(word);
  }

  /** The body definition whose long form this is (lower case, single-spaced), if any. */
  ofLongForm(text: string): Definition | undefined {
    return this.byLongForm.get(text);
  }

  add(d: Definition): void {
    const key = registryKey(d.acronym);
    if (key === '') return;
    const known = this.byKey.get(key);
    // "APT Preparatory Group for WRC-27 (APG27-3)" in the headline, "APT Conference Preparatory Group for WRC-27
    // (APG27-3)" in the lead: the first definition stands, and the other long form spells the same body.
    if (known) {
      const long = d.longForm.toLowerCase();
      if (known.body && d.body && !this.byLongForm.has(long)) {
        this.byLongForm.set(long, known);
        const first = tokenize(d.longForm)[0];
        if (first) this.firstWords.add(first.lower);
      }
      return;
    }
    this.byKey.set(key, d);
    // "(SBI 60)", "(OEWG-14)": the body at one session; "the SBI" later in the text is the same body, unless the text defines it too.
    const base = stripEnd(stripDesignatorNumber(d.acronym), ' -');
    if (d.body && base !== d.acronym && base.length >= 2 && !this.bySession.has(registryKey(base))) this.bySession.set(registryKey(base), { ...d, acronym: base });
    const tokens = tokenize(d.longForm);
    const first = tokens[0];
    if (first) this.firstWords.add(first.lower);
    if (!d.body) return;
    const long = d.longForm.toLowerCase();
    if (!this.byLongForm.has(long)) this.byLongForm.set(long, d);
    // "IMO Maritime Safety Committee (MSC)": the name without its organisation's acronym is the same body.
    const second = tokens[1];
    if (first && second && tokens.length > 2 && isAcronymToken(first) && !isAcronymToken(second)) {
      const rest = long.slice(second.start).trim();
      if (!this.byLongForm.has(rest)) this.byLongForm.set(rest, d);
      this.firstWords.add(second.lower);
    }
  }

  values(): IterableIterator<Definition> {
    return this.byKey.values();
  }

  /** The one body defined with an acronym that this acronym opens ("CCWG" of "CCWG-AP"), if there is exactly one. */
  openedBy(acronym: string): Definition | undefined {
    let found: Definition | undefined;
    for (const d of this.byKey.values()) {
      if (!d.body || !d.acronym.startsWith(`${acronym}-`) || !/^[\p{L}]+$/u.test(d.acronym.slice(acronym.length + 1))) continue;
      if (found) return undefined;
      found = d;
    }
    return found;
  }
}

/** Whether a meeting's number written after "#" starts at token `k` ("TSG RAN#104", "SA#103"). */
export function meetingNumberAt(s: Sentence, k: number): boolean {
  return s.isMark(k, '#') && s.joinedToPrevious(k) && s.joinedToPrevious(k + 1) && s.isNumber(k + 1);
}

/** Where the words in the parentheses `open`..`close` end before a meeting's number ("(TSG SA#108)"), else `close`. */
export function beforeMeetingNumber(s: Sentence, open: number, close: number): number {
  return close - 2 > open + 1 && meetingNumberAt(s, close - 2) ? close - 2 : close;
}

/** Whether tokens `from`..`to` form an acronym designator (`PT ITU-T`, `SBI 44`, `CA`, `WG NaN`, `RevCom`). */
export function isAcronymDesignator(s: Sentence, from: number, to: number): boolean {
  if (to - from === 1 && mixedAcronym(s.raw(from))) return true;
  if (to <= from || to - from > 3 || !s.isAcronym(from)) return false;
  for (let k = from + 1; k < to; k++) if (!(s.isAcronym(k) || s.isDesignatorNumber(k) || mixedAcronym(s.raw(k)))) return false;
  return true;
}

/** What a long form names: a body of some kind, or (undefined) an organisation or anything else. */
function definitionOf(acronym: string, longForm: string, lexicon: Lexicon, registry: Registry): Definition {
  const key = registryKey(acronym);
  const known = registry.bodyByKey.get(key);
  const kind = kindOfName(longForm, lexicon) ?? acronymKind(acronym, lexicon) ?? (namesOfficeHolders(longForm, lexicon) ? 'other' : undefined);
  // "Telecommunication Development Advisory Group" is a body; "Organization of Islamic Cooperation" is not.
  const body = Boolean(known) || (kind !== undefined && !registry.orgByKey.has(key));
  return { acronym, longForm, body, kind: known?.kind ?? kind };
}

/** Whether a long form names the office-holders a meeting brings together, capitalised: "ASEAN Economic Ministers", "Ministers Responsible for Trade". */
function namesOfficeHolders(longForm: string, lexicon: Lexicon): boolean {
  const words = longForm.split(' ');
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i] ?? '')) continue;
    // "ASEAN Economic Ministers' (AEM) Meeting": a possessive's mark is no part of the noun.
    for (let n = 1; n <= 3 && i + n <= words.length; n++) if (lexicon.lists.ministerialNouns.has(words.slice(i, i + n).join(' ').toLowerCase().replace(/['’]$/, ''))) return true;
  }
  return false;
}

/**
 * The long form with the body's head before it, when the acronym spells only the topic:
 * "Sub-Committee on Ship Design and Construction (SDC)" is the sub-committee, not the topic.
 */
function withHead(before: string, longForm: string, lexicon: Lexicon): string {
  const words = before.slice(0, before.length - longForm.length).trim().split(' ');
  const link = words[words.length - 1]?.toLowerCase() ?? '';
  const head = words[words.length - 2] ?? '';
  if (!['on', 'for', 'of'].includes(link) || !/^\p{Lu}/u.test(head)) return longForm;
  const last = head.toLowerCase().split('-').pop() ?? '';
  if (!lexicon.bodyHeadWords.has(last)) return longForm;
  // "Working Party on Communication Infrastructures and Services Policy (CISP)": a head of two words.
  const first = words[words.length - 3] ?? '';
  const both = /^\p{Lu}/u.test(first) && lexicon.bodyHeads.has(`${first} ${head}`.toLowerCase());
  return `${both ? `${first} ` : ''}${head} ${link} ${longForm}`;
}

/** Words that end a noun phrase read backwards: determiners, prepositions, connectors and verbs. */
const PHRASE_END = Word.Determiner | Word.Preposition | Word.Connector | Word.AnyVerb | Word.ClauseOpener | Word.ClauseLink;

/**
 * The long form with the words that qualify it in the same noun phrase: "a joint ICCP and CDEP
 * working party (WP)" is the joint working party, though the acronym spells only "working party".
 */
function withModifiers(before: string, longForm: string, lexicon: Lexicon): string {
  const words = before.slice(0, before.length - longForm.length).trim().split(' ').filter(Boolean);
  let k = words.length;
  while (k > 0 && words.length - k < 5) {
    const w = words[k - 1] ?? '';
    const lower = w.toLowerCase();
    if (!/^[\p{L}\d/-]+$/u.test(w)) break;
    if (lower !== 'and' && (classOf(lower, lexicon) & PHRASE_END) !== 0) break;
    // "the 30th APEC Ministers … (MRT)": a session's ordinal is no part of the body's name.
    if (/(?:st|nd|rd|th)$/.test(lower) && (/^\d+[a-z]{2}$/.test(lower) || isWrittenOrdinal(lower, lexicon))) break;
    k--;
  }
  // A phrase starts with a modifier, not with "and".
  while (k < words.length && words[k]?.toLowerCase() === 'and') k++;
  return k < words.length ? `${words.slice(k).join(' ')} ${longForm}` : longForm;
}

/**
 * Where the long form of a short name in brackets starts: the short name is an acronym and a
 * body's head ("SCM Committee", "TRIPS Council"), and the capitalised words before the bracket
 * start with that head ("Committee on Subsidies and Countervailing Measures"); else undefined.
 */
function shortNameIn(s: Sentence, open: number, close: number): number | undefined {
  if (close !== open + 3 || !s.isAcronym(open + 1) || s.isAcronym(open + 2) || !s.is(open + 2, 'bodyHeads')) return undefined;
  const head = s.word(open + 2);
  let from: number | undefined;
  for (let k = open - 1; k >= 0 && open - k <= 16; k--) {
    if (!(s.isCap(k) || s.isAcronym(k) || s.is(k, 'nameConnectors'))) break;
    if (s.word(k) === head) from = k;
  }
  return from !== undefined && from < open - 2 ? from : undefined;
}

/**
 * "Conference of the Parties to the Convention on Biological Diversity (CBD COP16)": an
 * organisation's acronym and a session's, whose letters open the name ("COP", Conference of the
 * Parties): the long form is the name from there.
 */
function sessionLongForm(session: string, before: string): string | undefined {
  const letters = stripDesignatorNumber(session).toLowerCase();
  if (letters.length < 2 || !/^[a-z]+$/.test(letters)) return undefined;
  const words = before.split(' ');
  for (let start = 0; start < words.length; start++) {
    if (!/^\p{Lu}/u.test(words[start] ?? '')) continue;
    let w = start;
    let l = 0;
    while (l < letters.length && w < words.length) {
      const word = (words[w] ?? '').toLowerCase();
      if (word[0] === letters[l]) l++;
      else if (word !== 'the') break;
      w++;
    }
    if (l === letters.length && w < words.length) return words.slice(start).join(' ');
  }
  return undefined;
}

/** Where a name ends that stands before ", sixtieth session", ", at its sixtieth session" or " held its sixtieth meeting" ending at `open`; else `open`. */
/**
 * "The RCC Working Group on Informatization (WG IS)": a kind's acronym and a short one after a body's name of that kind,
 * whose letters the name (a translation) does not spell: the name, from its capitalised words and connectors.
 */
function namedKind(s: Sentence, end: number, acronym: string, lexicon: Lexicon): string | undefined {
  const kind = acronymKind(acronym, lexicon);
  if (!kind || !s.isCap(end - 1)) return undefined;
  let from = end;
  while (from > 0 && end - from < 12 && !s.is(from - 1, 'determiners') && (s.isCap(from - 1) || s.isAcronym(from - 1) || (s.is(from - 1, 'nameConnectors') && s.isCap(from)))) from--;
  while (from < end && !s.isCap(from) && !s.isAcronym(from)) from++;
  const name = s.span(from, end);
  // The kind's acronym spells the name's head ("WG", "Working Group").
  let initials = '';
  for (let k = from; k < end; k++) if (s.isCap(k) && !s.isAcronym(k)) initials += s.raw(k)[0] ?? '';
  return from < end - 1 && kindOfName(name, lexicon) === kind && initials.includes(acronym.split(' ')[0] ?? '') ? name : undefined;
}

function sessionBefore(s: Sentence, open: number): number {
  if (!s.is(open - 1, 'meetingNouns') || !s.isOrdinal(open - 2)) return open;
  let k = open - 2;
  if (s.word(k - 1) === 'its' && s.word(k - 2) === 'at') k -= 2;
  // "The Open-ended Working Group of the Basel Convention held its fourteenth meeting (OEWG-14)": the name is the subject.
  else if ((s.word(k - 1) === 'its' || s.word(k - 1) === 'their') && s.verb(k - 2)?.meeting === true && s.isCap(k - 3)) return k - 2;
  return s.isMark(k - 1, ',') && k > 1 ? k - 1 : open;
}

/**
 * "CWG-FHR – The Council Working Group on Financial and Human Resources reviewed …", "EG-ITRs: The Expert Group on
 * the International Telecommunication Regulations …": a paragraph labelled with an acronym whose subject spells it.
 */
function labelledLongForm(s: Sentence, lexicon: Lexicon, registry: Registry, into: Definitions): void {
  let i = 1;
  while (i < s.length && i < 3 && !s.isAnyMark(i, ':–—-')) i++;
  if (!s.isAnyMark(i, ':–—-') || !isAcronymDesignator(s, 0, i)) return;
  const from = s.word(i + 1) === 'the' ? i + 2 : i + 1;
  let end = from;
  while (end < s.length && end < from + 16 && (s.isCap(end) || s.isAcronym(end) || (end > from && s.is(end, 'nameConnectors')))) end++;
  while (end > from && s.is(end - 1, 'nameConnectors')) end--;
  const acronym = s.span(0, i);
  const longForm = s.span(from, end);
  if (end - from >= 2 && longFormOf(acronym, longForm) === longForm) into.add({ ...definitionOf(acronym, longForm, lexicon, registry), body: true });
  // "CWG-HF: Harbour Fees", a heading: a kind of body's acronym and its name, the whole line.
  else if (from === i + 1 && end === s.length && end > from && acronymKind(acronym, lexicon)) into.add({ ...definitionOf(acronym, longForm, lexicon, registry), body: true, kind: acronymKind(acronym, lexicon) });
}

/** Adds the acronyms a sentence defines to `into`. */
export function collectDefinitions(s: Sentence, lexicon: Lexicon, registry: Registry, into: Definitions): void {
  if (!s.text.includes('(') && !s.text.includes(',') && !s.text.includes('–') && !s.text.includes('—') && !s.text.includes(':')) return;
  labelledLongForm(s, lexicon, registry, into);
  for (let i = 0; i < s.length; i++) {
    if (s.isMark(i, '(')) {
      const close = s.closing(i, 14);
      if (close < 0) continue;
      // Long Form (ACR); "Senior Arctic Officials (SAOs)", office-holders under a plural acronym.
      const plural = close === i + 2 && isPluralAcronym(s.raw(i + 1));
      // "… Service and System Aspects (TSG SA#108)": an acronym with its meeting's number after "#" defines the acronym.
      const end = beforeMeetingNumber(s, i, close);
      if (isAcronymDesignator(s, i + 1, end) || plural) {
        const acronym = s.span(i + 1, end);
        // "Subsidiary Body for Implementation, sixtieth session (SBI 60)", "…, at its sixtieth session (SBI 60)": the
        // body's name stands before its session.
        const nameEnd = sessionBefore(s, i);
        let from = nameEnd;
        let words = 0;
        while (from > 0 && words < 16) {
          // A colon may part a name from its subtitle ("Committee II: Radiocommunications (PCC.II)"); the shortest long form wins anyway.
          if (s.isAnyMark(from - 1, ';()“”"«»–—.!?')) break;
          if (s.isMark(from - 1, ',') && words > 0 && !s.isCap(from)) break;
          from--;
          words++;
        }
        const before = s.span(from, nameEnd).replace(/^(?:the|a|an)\s+/i, '');
        // "Spectrum Engineering Working Group (WG SE)": a two-part designator may name its head first.
        const parts = acronym.split(' ');
        if (plural) {
          const longForm = longFormOf(acronym.slice(0, -1), before);
          if (longForm && namesOfficeHolders(longForm, lexicon)) into.add({ acronym, longForm, body: true, kind: 'other' });
          continue;
        }
        const longForm = longFormOf(acronym, before) ?? (parts.length === 2 ? (longFormOf(`${parts[1]} ${parts[0]}`, before) ?? sessionLongForm(parts[1] ?? '', before) ?? namedKind(s, nameEnd, acronym, lexicon)) : undefined);
        // "The 65th ECC meeting (ECC#65)": a name that holds the acronym itself spells nothing out.
        if (longForm && !longForm.split(' ').includes(acronym)) into.add(definitionOf(acronym, withModifiers(before, withHead(before, longForm, lexicon), lexicon), lexicon, registry));
        continue;
      }
      // Long Form (ACR Head): "Committee on Subsidies and Countervailing Measures (SCM Committee)".
      const shortName = shortNameIn(s, i, close);
      if (shortName) {
        into.add({ ...definitionOf(s.span(i + 1, close), s.span(shortName, i), lexicon, registry), body: true });
        continue;
      }
      // ACR (Long Form)
      let a = i - 1;
      while (a > 0 && i - a < 3 && isAcronymDesignator(s, a - 1, i)) a--;
      if (a >= 0 && isAcronymDesignator(s, a, i) && s.isCap(i + 1) && !s.isAcronym(i + 1) && close - i > 2) {
        const acronym = s.span(a, i);
        const longForm = s.span(i + 1, close);
        const d = definitionOf(acronym, longForm, lexicon, registry);
        // "CWG FHR (Financial and Human Resources)": the acronym's head says it is a body.
        if (d.body || acronymKind(acronym, lexicon)) into.add({ ...d, body: true, kind: d.kind ?? acronymKind(acronym, lexicon) });
      }
      continue;
    }
    // ACR – Long Form –: "WG SE – Spectrum Engineering – finalised …", a kind of body's acronym and its name between dashes.
    if (s.isAnyMark(i, '–—') && s.isCap(i + 1) && !s.isAcronym(i + 1)) {
      let a = i - 1;
      while (a > 0 && i - a < 3 && isAcronymDesignator(s, a - 1, i)) a--;
      let close = i + 1;
      while (close < s.length && close < i + 10 && (s.isCap(close) || s.is(close, 'nameConnectors'))) close++;
      if (a >= 0 && isAcronymDesignator(s, a, i) && s.isAnyMark(close, '–—') && acronymKind(s.span(a, i), lexicon)) {
        const acronym = s.span(a, i);
        into.add({ ...definitionOf(acronym, s.span(i + 1, close), lexicon, registry), body: true, kind: acronymKind(acronym, lexicon) });
      }
      continue;
    }
    // ACR, the Long Form,
    if (s.isMark(i, ',') && s.word(i + 1) === 'the' && isAcronymDesignator(s, i - 1, i) && (i < 2 || !s.isCap(i - 2))) {
      let end = i + 2;
      while (end < s.length && end < i + 16 && !s.isAnyMark(end, ',;:.()')) end++;
      const longForm = s.span(i + 2, end);
      if (longFormOf(s.raw(i - 1), longForm) === longForm) into.add(definitionOf(s.raw(i - 1), longForm, lexicon, registry));
    }
  }
}

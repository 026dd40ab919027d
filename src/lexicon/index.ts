/**
 * The lexicons: words and shapes the extractors look for, loaded from the JSON data files
 * beside this module and merged with any additions from the user's config.
 */
import verbs from './verbs.json' with { type: 'json' };
import bodies from './bodies.json' with { type: 'json' };
import noise from './noise.json' with { type: 'json' };
import language from './language.json' with { type: 'json' };
import type { GroupKind } from '../model/types.js';
import { internalize } from '../normalize/chars.js';

/** What kind of entry a verb reports. */
export type EntryKind = 'action' | 'outcome';

/** A verb form found in the lexicon. */
export interface VerbInfo {
  lemma: string;
  kind: EntryKind;
}

/**
 * What a lower-cased word is, as bits: the extractors ask several of these of every token, so a
 * token's bits are looked up once (`wordClass`) and tested, not looked up in one set after another.
 */
export const enum Word {
  Determiner = 1 << 0,
  AnaphorFirst = 1 << 1,
  MeetingNoun = 1 << 2,
  Ordinal = 1 << 3,
  /** A body's head noun, its plural, or a meeting noun (`committee`, `groups`, `session`). */
  Head = 1 << 4,
  Verb = 1 << 5,
  OtherVerb = 1 << 6,
  Auxiliary = 1 << 7,
  PassiveAction = 1 << 8,
  PassiveOutcome = 1 << 9,
  Connector = 1 << 10,
  OrgHead = 1 << 11,
  GenericHead = 1 << 12,
  Role = 1 << 13,
  PersonTitle = 1 << 14,
  /** Opens a clause: `that`, `which`, `where` … */
  ClauseOpener = 1 << 15,
  /** Dates a meeting rather than names a body: `next`, `last` … */
  Temporal = 1 << 16,
  /** Any word a mention can start with in lower case: determiner, anaphor, meeting noun, ordinal. */
  MentionStart = Determiner | AnaphorFirst | MeetingNoun | Ordinal,
  /** A verb form of any kind. */
  Verbish = Verb | OtherVerb | Auxiliary,
}

/** Additions a user's config can make to the lexicons. */
export interface LexiconAdditions {
  actionVerbs?: Record<string, string[]>;
  outcomeVerbs?: Record<string, string[]>;
  noiseLines?: string[];
}

/** The lexicon in the form the extractors use: lower-cased lookup tables. */
export interface Lexicon {
  verbForms: Map<string, VerbInfo>;
  productNouns: Set<string>;
  auxiliaries: Set<string>;
  otherVerbs: Set<string>;
  passiveActions: Set<string>;
  passiveOutcomes: Set<string>;
  bodyHeads: Map<string, GroupKind>;
  bodyHeadWords: Set<string>;
  acronymHeads: Map<string, GroupKind>;
  meetingNouns: Set<string>;
  anaphors: Set<string>;
  /** The first words of the anaphors, for a quick refusal. */
  anaphorFirstWords: Set<string>;
  orgHeads: Set<string>;
  legalForms: Set<string>;
  agendaWords: string[];
  titleWords: Set<string>;
  connectors: Set<string>;
  ordinals: Set<string>;
  determiners: Set<string>;
  genericParticipantHeads: Set<string>;
  noiseExact: Set<string>;
  noisePrefixes: string[];
  abbreviations: Set<string>;
  months: Map<string, number>;
  relativeDays: Set<string>;
  salutations: Set<string>;
  signOffs: Set<string>;
  nonPlaces: Set<string>;
  personTitles: Set<string>;
  roleWords: Set<string>;
  clauseOpeners: Set<string>;
  temporalWords: Set<string>;
  /** Verbs a meeting's place follows ("held … in Geneva"), one word each. */
  placeVerbs: Set<string>;
  /** Lower-cased word → its `Word` bits, made from the sets above when the lexicon is created (change those through `createLexicon`'s additions, not afterwards). */
  classes: Map<string, number>;
}

/** Anything with a lower-cased text and room to keep its bits (a token). */
export interface Classifiable {
  lower: string;
  /** The word's bits once looked up; -1 before. */
  cls: number;
}

/** The `Word` bits of a lower-cased word (0 for a word the lexicon does not list). */
export function classOf(lower: string, lexicon: Lexicon): number {
  return lexicon.classes.get(lower) ?? 0;
}

/** The `Word` bits of a token, looked up once and kept on the token. */
export function wordClass(t: Classifiable, lexicon: Lexicon): number {
  let c = t.cls;
  if (c < 0) {
    c = classOf(t.lower, lexicon);
    t.cls = c;
  }
  return c;
}

/** The `Word` bits of every word the lexicon lists. */
function classesOf(lexicon: Omit<Lexicon, 'classes'>): Map<string, number> {
  const map = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number): void => {
    for (const w of words) map.set(w, (map.get(w) ?? 0) | bit);
  };
  mark(lexicon.determiners, Word.Determiner);
  mark(lexicon.anaphorFirstWords, Word.AnaphorFirst);
  mark(lexicon.meetingNouns, Word.MeetingNoun);
  mark(lexicon.ordinals, Word.Ordinal);
  mark(lexicon.bodyHeadWords, Word.Head);
  mark([...lexicon.bodyHeadWords].map((w) => internalize(`${w}s`)), Word.Head);
  mark(lexicon.meetingNouns, Word.Head);
  mark(lexicon.verbForms.keys(), Word.Verb);
  mark(lexicon.otherVerbs, Word.OtherVerb);
  mark(lexicon.auxiliaries, Word.Auxiliary);
  mark(lexicon.passiveActions, Word.PassiveAction);
  mark(lexicon.passiveOutcomes, Word.PassiveOutcome);
  mark(lexicon.connectors, Word.Connector);
  mark(lexicon.orgHeads, Word.OrgHead);
  mark(lexicon.genericParticipantHeads, Word.GenericHead);
  mark(lexicon.roleWords, Word.Role);
  mark(lexicon.personTitles, Word.PersonTitle);
  mark(lexicon.clauseOpeners, Word.ClauseOpener);
  mark(lexicon.temporalWords, Word.Temporal);
  return map;
}

function addVerbs(map: Map<string, VerbInfo>, table: Record<string, string[]>, kind: EntryKind): void {
  for (const [lemma, forms] of Object.entries(table)) {
    for (const form of forms) map.set(internalize(form.toLowerCase()), { lemma: lemma.replace(/-on$/, ''), kind });
  }
}

/** The words in lower case, internalised (see `internalize`: tokens' words are, and compare by reference). */
function lowerSet(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => internalize(w.toLowerCase())));
}

/** Builds the lexicon from the bundled data, plus the user's additions. */
export function createLexicon(additions: LexiconAdditions = {}): Lexicon {
  const verbForms = new Map<string, VerbInfo>();
  addVerbs(verbForms, verbs.action, 'action');
  addVerbs(verbForms, verbs.outcome, 'outcome');
  if (additions.actionVerbs) addVerbs(verbForms, additions.actionVerbs, 'action');
  if (additions.outcomeVerbs) addVerbs(verbForms, additions.outcomeVerbs, 'outcome');

  const bodyHeads = new Map<string, GroupKind>();
  const bodyHeadWords = new Set<string>();
  for (const [kind, heads] of Object.entries(bodies.bodyHeads)) {
    for (const head of heads) {
      bodyHeads.set(internalize(head), kind as GroupKind);
      // "council of administration" names its head first; other heads end with it.
      if (!head.includes(' of ')) bodyHeadWords.add(internalize(head.split(' ').pop() ?? head));
    }
  }
  const acronymHeads = new Map<string, GroupKind>();
  for (const [kind, heads] of Object.entries(bodies.acronymHeads)) {
    for (const head of heads) acronymHeads.set(internalize(head), kind as GroupKind);
  }
  const lexicon = {
    verbForms,
    productNouns: lowerSet(verbs.productNouns),
    auxiliaries: lowerSet(verbs.auxiliaries),
    otherVerbs: lowerSet(verbs.otherVerbs),
    passiveActions: lowerSet(verbs.passiveActions),
    passiveOutcomes: lowerSet(verbs.passiveOutcomes),
    bodyHeads,
    bodyHeadWords,
    acronymHeads,
    meetingNouns: lowerSet(bodies.meetingNouns),
    anaphors: lowerSet(bodies.anaphors),
    anaphorFirstWords: new Set(bodies.anaphors.map((a) => internalize(a.split(' ')[0] ?? a))),
    orgHeads: lowerSet(bodies.orgHeads),
    legalForms: new Set(bodies.legalForms.map(internalize)),
    agendaWords: bodies.agendaWords,
    titleWords: lowerSet(bodies.titleWords),
    connectors: lowerSet(bodies.connectors),
    ordinals: lowerSet(bodies.ordinals),
    determiners: lowerSet(bodies.determiners),
    genericParticipantHeads: lowerSet(bodies.genericParticipantHeads),
    noiseExact: lowerSet([...noise.exactLines, ...(additions.noiseLines ?? [])]),
    noisePrefixes: noise.prefixes.map((p) => p.toLowerCase()),
    abbreviations: lowerSet(language.abbreviations),
    months: new Map(Object.entries(language.months)),
    relativeDays: lowerSet(language.relativeDays),
    salutations: lowerSet(language.salutations),
    signOffs: lowerSet(language.signOffs),
    nonPlaces: lowerSet(language.nonPlaces),
    personTitles: lowerSet(language.personTitles),
    roleWords: lowerSet(language.roleWords),
    clauseOpeners: lowerSet(language.clauseOpeners),
    temporalWords: lowerSet(language.temporalWords),
    placeVerbs: lowerSet(language.placeVerbs),
  };
  return { ...lexicon, classes: classesOf(lexicon) };
}

let shared: Lexicon | undefined;

/** The lexicon of the bundled data alone, built once per process. */
export function defaultLexicon(): Lexicon {
  shared ??= createLexicon();
  return shared;
}

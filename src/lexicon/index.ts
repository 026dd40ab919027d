/**
 * The lexicon: every word list the extractors use, one JSON file per meaning under `en/`, loaded
 * here and merged with a user's additions from config (`lexicon.<listName>` extends the list of
 * that name). The extractors never hold word lists of their own.
 */
import type { GroupKind } from '../model/types.js';
import { internalize } from '../normalize/chars.js';
import { inflections, type VerbFormType } from './inflect.js';
import { tableOf, wordList } from './data.js';

/** The bundled tables, by the names the code below gives them. */
const irregularVerbs = { forms: tableOf('irregular-verbs', 'forms') };
const verbPhrases = { phrases: tableOf('verb-phrases', 'phrases') };
const bodyHeads = { kinds: tableOf('body-heads', 'kinds') };
const acronymHeads = { kinds: tableOf('acronym-heads', 'kinds') };
const memberNouns = { heads: tableOf('member-nouns', 'heads') };
const months = { months: tableOf('months', 'months') };

/** What kind of entry a verb reports. */
export type EntryKind = 'action' | 'outcome';

/** The word lists, by the name a user's config extends them with. Case-insensitive unless noted. */
const LISTS = {
  actionVerbs: wordList('action-verbs'),
  outcomeVerbs: wordList('outcome-verbs'),
  participationVerbs: wordList('participation-verbs'),
  meetingVerbs: wordList('meeting-verbs'),
  auxiliaries: wordList('auxiliaries'),
  modalVerbs: wordList('modal-verbs'),
  adverbs: wordList('adverbs'),
  productNouns: wordList('product-nouns'),
  negations: wordList('negations'),
  meetingNouns: wordList('meeting-nouns'),
  collectiveAnaphors: wordList('collective-anaphors'),
  pronounAnaphors: wordList('pronoun-anaphors'),
  determiners: wordList('determiners'),
  ordinals: wordList('ordinals'),
  ordinalTens: wordList('ordinal-tens'),
  nameConnectors: wordList('name-connectors'),
  tailConnectors: wordList('tail-connectors'),
  temporalWords: wordList('temporal-words'),
  clauseOpeners: wordList('clause-openers'),
  prepositions: wordList('prepositions'),
  clauseLinks: wordList('clause-links'),
  agendaWords: wordList('agenda-words'),
  futureCues: wordList('future-cues'),
  inquorateCues: wordList('inquorate-cues'),
  cancellationCues: wordList('cancellation-cues'),
  organizationHeads: wordList('organization-heads'),
  genericParticipantHeads: wordList('generic-participant-heads'),
  attendanceCues: wordList('attendance-cues'),
  participationCues: wordList('participation-cues'),
  delegateNouns: wordList('delegate-nouns'),
  topicPrepositions: wordList('topic-prepositions'),
  abbreviations: wordList('abbreviations'),
  weekdays: wordList('weekdays'),
  relativeDays: wordList('relative-days'),
  salutations: wordList('salutations'),
  valedictions: wordList('valedictions'),
  signOffs: wordList('sign-offs'),
  placeVerbs: wordList('place-verbs'),
  nonPlaces: wordList('non-places'),
  personTitles: wordList('person-titles'),
  roleWords: wordList('role-words'),
  rolePrefixes: wordList('role-prefixes'),
  noiseLines: wordList('noise-lines'),
  noisePrefixes: wordList('noise-prefixes'),
  skipLinks: wordList('skip-links'),
  kickerLabels: wordList('kicker-labels'),
  titleWords: wordList('title-words'),
  chairWords: wordList('chair-words'),
  softBoundaryWords: wordList('soft-boundary-words'),
  trailingWords: wordList('trailing-words'),
  gerundLinks: wordList('gerund-links'),
  relativePronouns: wordList('relative-pronouns'),
  pronounSubjects: wordList('pronoun-subjects'),
  proceduralNouns: wordList('procedural-nouns'),
  speakerCues: wordList('speaker-cues'),
  productVerbs: wordList('product-verbs'),
  roleStops: wordList('role-stops'),
  beForms: wordList('be-forms'),
  itemLabels: wordList('item-labels'),
  countryHeads: wordList('country-heads'),
  surnameTitles: wordList('surname-titles'),
  appointmentVerbs: wordList('appointment-verbs'),
  termWords: wordList('term-words'),
  connectiveAdverbs: wordList('connective-adverbs'),
  thingNouns: wordList('thing-nouns'),
  exampleCues: wordList('example-cues'),
  deadlineWords: wordList('deadline-words'),
  recordNouns: wordList('record-nouns'),
  postpositiveAdjectives: wordList('postpositive-adjectives'),
  memberModifiers: wordList('member-modifiers'),
  attributionVerbs: wordList('attribution-verbs'),
  agendaKickers: wordList('agenda-kickers'),
  tenureVerbs: wordList('tenure-verbs'),
  submissionNouns: wordList('submission-nouns'),
  noComparatives: wordList('no-comparatives'),
  plenaryNouns: wordList('plenary-nouns'),
  suffixNames: wordList('suffix-names'),
  venueNouns: wordList('venue-nouns'),
  verdictLabels: wordList('verdict-labels'),
  dateLabels: wordList('date-labels'),
  planningVerbs: wordList('planning-verbs'),
  recipientVerbs: wordList('recipient-verbs'),
  conditionalLinks: wordList('conditional-links'),
  decisionNouns: wordList('decision-nouns'),
  supportVerbs: wordList('support-verbs'),
  dayParts: wordList('day-parts'),
  placeLabels: wordList('place-labels'),
  regionWords: wordList('region-words'),
  agendaLabels: wordList('agenda-labels'),
  rosterLabels: wordList('roster-labels'),
  nameParticles: wordList('name-particles'),
  decisionActs: wordList('decision-acts'),
  fieldNouns: wordList('field-nouns'),
  mannerNouns: wordList('manner-nouns'),
  ownWorkPossessives: wordList('own-work-possessives'),
  settingPrepositions: wordList('setting-prepositions'),
  openingPrepositions: wordList('opening-prepositions'),
  pairedModifiers: wordList('paired-modifiers'),
  resultLabels: wordList('result-labels'),
  topicFrames: wordList('topic-frames'),
  attentionFrames: wordList('attention-frames'),
  titleLabels: wordList('title-labels'),
  documentPointers: wordList('document-pointers'),
  relationNouns: wordList('relation-nouns'),
  wholeBodyModifiers: wordList('whole-body-modifiers'),
  prepositionalParticiples: wordList('prepositional-participles'),
  cliticHosts: wordList('clitic-hosts'),
  mailHeaderLabels: wordList('mail-header-labels'),
  ownerNouns: wordList('owner-nouns'),
  achievementNouns: wordList('achievement-nouns'),
  quantifiers: wordList('quantifiers'),
  ministerialNouns: wordList('ministerial-nouns'),
  decisionLabels: wordList('decision-labels'),
  outcomeNouns: wordList('outcome-nouns'),
  decisionHeadings: wordList('decision-headings'),
  proceduralItems: wordList('procedural-items'),
  trailerLabels: wordList('trailer-labels'),
  firstPersonWords: wordList('first-person-words'),
  discussionNouns: wordList('discussion-nouns'),
  topicLinks: wordList('topic-links'),
  focusVerbs: wordList('focus-verbs'),
  motionPassed: wordList('motion-passed'),
  motionFailed: wordList('motion-failed'),
  motionStops: wordList('motion-stops'),
  meetingLinks: wordList('meeting-links'),
  sittingMarks: wordList('sitting-marks'),
} as const;

/** Lists whose case matters (legal forms and post-nominals are written one way). */
const CASED_LISTS = {
  legalForms: wordList('legal-forms'),
  legalSuffixes: wordList('legal-suffixes'),
  postNominals: wordList('post-nominals'),
  nameSuffixes: wordList('name-suffixes'),
  initialDigraphs: wordList('initial-digraphs'),
} as const;

/** The name of a word list. */
export type ListName = keyof typeof LISTS;
/** The name of a case-sensitive word list. */
export type CasedListName = keyof typeof CASED_LISTS;

/** Every list name a config may extend. */
export const LIST_NAMES: readonly string[] = [...Object.keys(LISTS), ...Object.keys(CASED_LISTS), 'bodyHeads', 'acronymHeads', 'memberNouns', 'verbPhrases'];

/**
 * What a lower-cased word is, as bits: the sentence view asks several of these of every token, so
 * a token's bits are looked up once (`wordClass`) and tested, not looked up in one set after another.
 */
export const enum Word {
  Determiner = 1 << 0,
  MeetingNoun = 1 << 1,
  Ordinal = 1 << 2,
  /** A body's head noun, its plural, or a meeting noun (`committee`, `groups`, `session`). */
  Head = 1 << 3,
  /** A form of a verb that reports an action or an outcome. */
  Verb = 1 << 4,
  MeetingVerb = 1 << 5,
  ParticipationVerb = 1 << 6,
  Auxiliary = 1 << 7,
  Modal = 1 << 8,
  Adverb = 1 << 9,
  Negation = 1 << 10,
  Connector = 1 << 11,
  TailConnector = 1 << 12,
  OrgHead = 1 << 13,
  GenericHead = 1 << 14,
  Role = 1 << 15,
  PersonTitle = 1 << 16,
  ClauseOpener = 1 << 17,
  ClauseLink = 1 << 18,
  Temporal = 1 << 19,
  Preposition = 1 << 20,
  TopicPreposition = 1 << 21,
  /** The first word of a collective anaphor (`members`, `senior officials`) or a pronoun (`it`). */
  AnaphorFirst = 1 << 22,
  ProductNoun = 1 << 23,
  DelegateNoun = 1 << 24,
  AgendaWord = 1 << 25,
  /** Any form of any verb the lexicon knows (reporting, meeting, participation, auxiliary). */
  AnyVerb = 1 << 26,
  OrdinalTen = 1 << 27,
  /** Any word a mention can start with in lower case. */
  MentionStart = Determiner | MeetingNoun | Ordinal | AnaphorFirst | OrdinalTen,
}

/** One written form of a verb the lexicon knows. */
export interface VerbForm {
  lemma: string;
  /** The entry it reports, when it reports one. */
  kind: EntryKind | undefined;
  /** It says a meeting took place ("held", "convened"). */
  meeting: boolean;
  /** Its subject takes part in a body's work ("presented", "submitted"). */
  participation: boolean;
  /** Which form it is: base, third person, past, gerund. */
  type: VerbFormType;
  /** A base form that is the past too ("set", "put"): after "The Board" it is the past. */
  pastToo?: boolean;
}

/** A verb written with a particle or noun (`took note of`, `reached agreement`). */
export interface VerbPhrase {
  then: Set<string>;
  within: number;
  kind: EntryKind;
  lemma: string;
}

/** Additions a user's config makes: a list name to more words (or, for verbs, lemmas to forms). */
export type LexiconAdditions = Partial<Record<string, string[] | Record<string, string[]> | unknown>>;

/** The lexicon in the form the extractors use. */
export interface Lexicon {
  /** Every case-insensitive list, lower-cased. */
  lists: Record<ListName, Set<string>>;
  /** The case-sensitive lists, as written. */
  cased: Record<CasedListName, Set<string>>;
  /** Every verb form → what it is. */
  verbs: Map<string, VerbForm>;
  /** Verb phrases by the lemma of their head. */
  phrases: Map<string, VerbPhrase[]>;
  /** Head nouns (one or more words, lower case) → the kind of body. */
  bodyHeads: Map<string, GroupKind>;
  /** The last words of the body heads. */
  bodyHeadWords: Set<string>;
  /** Acronym heads (`CWG`, `SG`) → kind. */
  acronymHeads: Map<string, GroupKind>;
  /** Nouns for a body's members (`senators`) → the body's head noun (`senate`). */
  memberNouns: Map<string, string>;
  months: Map<string, number>;
  /** Lower-cased word → its `Word` bits, made from the lists when the lexicon is created. */
  classes: Map<string, number>;
}

/** Anything with a lower-cased text and room to keep its bits (a token). */
export interface Classifiable {
  lower: string;
  /** The word's bits once looked up; -1 before. */
  cls: number;
  /** Whether it is written with a capital ("May" the month is no modal). */
  cap?: boolean;
}

/** The `Word` bits of a lower-cased word (0 for a word the lexicon does not list); `cap` if it is written with a capital. */
export function classOf(lower: string, lexicon: Lexicon, cap = false): number {
  const c = lexicon.classes.get(lower) ?? 0;
  // "on 5 May 2027, the Board:": a month's name in capitals is no modal verb.
  return cap && (c & Word.Modal) !== 0 && lexicon.months.has(lower) ? c & ~Word.Modal : c;
}

/** Whether a lower-case word is an ordinal written out: a listed one ("eightieth", "annual") or a compound ("fifty-third"). */
export function isWrittenOrdinal(word: string, lexicon: Lexicon): boolean {
  if (lexicon.lists.ordinals.has(word)) return true;
  const dash = word.indexOf('-');
  return dash > 0 && lexicon.lists.ordinalTens.has(word.slice(0, dash)) && lexicon.lists.ordinals.has(word.slice(dash + 1));
}

/** The `Word` bits of a token, looked up once and kept on the token. */
export function wordClass(t: Classifiable, lexicon: Lexicon): number {
  let c = t.cls;
  if (c < 0) {
    c = classOf(t.lower, lexicon, t.cap === true);
    t.cls = c;
  }
  return c;
}

/** The lower-cased, internalised words of a list (see `internalize`: tokens' words are, and compare by reference). */
function lowerSet(words: Iterable<string>): Set<string> {
  return new Set([...words].map((w) => internalize(w.toLowerCase())));
}

function stringsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

function addVerbs(map: Map<string, VerbForm>, lemmas: Iterable<string>, irregular: Record<string, string[]>, patch: Partial<VerbForm>): void {
  for (const lemma of lemmas) {
    const forms = [...inflections(lemma), ...(irregular[lemma] ?? []).map((form) => ({ form, type: 'past' as VerbFormType }))];
    for (const { form, type } of forms) {
      const key = internalize(form.toLowerCase());
      const known = map.get(key);
      if (known) {
        if (type === 'past' && known.type === 'base' && known.lemma === lemma) known.pastToo = true;
        // A form of two verbs keeps its first lemma; it gains the second's roles.
        if (patch.kind && !known.kind) known.kind = patch.kind;
        if (patch.meeting) known.meeting = true;
        if (patch.participation) known.participation = true;
        continue;
      }
      map.set(key, { lemma, kind: undefined, meeting: false, participation: false, type, ...patch });
    }
  }
}

/** Lemmas from a config value: a list of lemmas, or (the older form) lemmas mapped to written forms. */
function lemmasOf(value: unknown, irregular: Record<string, string[]>): string[] {
  if (Array.isArray(value)) return stringsOf(value);
  if (value && typeof value === 'object') {
    for (const [lemma, forms] of Object.entries(value as Record<string, unknown>)) irregular[lemma] = [...(irregular[lemma] ?? []), ...stringsOf(forms)];
    return Object.keys(value as Record<string, unknown>);
  }
  return [];
}

/** Builds the lexicon from the bundled data, plus the user's additions. */
export function createLexicon(additions: LexiconAdditions = {}): Lexicon {
  const irregular: Record<string, string[]> = { ...irregularVerbs.forms };
  const listOf = (name: string, base: readonly string[]): string[] => [...base, ...(name.endsWith('Verbs') ? lemmasOf(additions[name], irregular) : stringsOf(additions[name]))];
  const lists = {} as Record<ListName, Set<string>>;
  for (const [name, words] of Object.entries(LISTS)) lists[name as ListName] = lowerSet(listOf(name, words));
  const cased = {} as Record<CasedListName, Set<string>>;
  for (const [name, words] of Object.entries(CASED_LISTS)) cased[name as CasedListName] = new Set(listOf(name, words).map(internalize));

  const verbs = new Map<string, VerbForm>();
  addVerbs(verbs, lists.outcomeVerbs, irregular, { kind: 'outcome' });
  addVerbs(verbs, lists.actionVerbs, irregular, { kind: 'action' });
  addVerbs(verbs, lists.meetingVerbs, irregular, { meeting: true });
  addVerbs(verbs, lists.participationVerbs, irregular, { participation: true });
  // "said", "announced": verbs of attribution report no work, but they are verbs ("Ana Lima, said that …" gives no role).
  addVerbs(verbs, lists.attributionVerbs, irregular, {});
  const phraseList = [...verbPhrases.phrases, ...(Array.isArray(additions['verbPhrases']) ? (additions['verbPhrases'] as typeof verbPhrases.phrases) : [])];
  const phrases = new Map<string, VerbPhrase[]>();
  for (const p of phraseList) {
    addVerbs(verbs, [p.verb], irregular, {});
    const list = phrases.get(p.verb) ?? [];
    list.push({ then: lowerSet(p.then), within: p.within, kind: p.kind === 'outcome' ? 'outcome' : 'action', lemma: p.lemma });
    phrases.set(p.verb, list);
  }

  const bodyHeadMap = new Map<string, GroupKind>();
  const bodyHeadWords = new Set<string>();
  const headTable = { ...bodyHeads.kinds, ...((additions['bodyHeads'] as Record<string, string[]> | undefined) ?? {}) } as Record<string, string[]>;
  for (const [kind, heads] of Object.entries(headTable)) {
    for (const head of heads) {
      const h = head.toLowerCase();
      bodyHeadMap.set(internalize(h), kind as GroupKind);
      // "council of administration" names its head first; other heads end with it.
      bodyHeadWords.add(internalize(h.includes(' of ') ? (h.split(' ')[0] ?? h) : (h.split(' ').pop() ?? h)));
    }
  }
  const acronymHeadMap = new Map<string, GroupKind>();
  const acronymTable = { ...acronymHeads.kinds, ...((additions['acronymHeads'] as Record<string, string[]> | undefined) ?? {}) } as Record<string, string[]>;
  for (const [kind, heads] of Object.entries(acronymTable)) for (const head of heads) acronymHeadMap.set(internalize(head), kind as GroupKind);
  const memberNounMap = new Map<string, string>();
  const memberTable = { ...memberNouns.heads, ...((additions['memberNouns'] as Record<string, string[]> | undefined) ?? {}) } as Record<string, string[]>;
  for (const [head, nouns] of Object.entries(memberTable)) for (const noun of nouns) memberNounMap.set(internalize(noun.toLowerCase()), head.toLowerCase());

  const lexicon = {
    lists,
    cased,
    verbs,
    phrases,
    bodyHeads: bodyHeadMap,
    bodyHeadWords,
    acronymHeads: acronymHeadMap,
    memberNouns: memberNounMap,
    months: new Map(Object.entries(months.months)),
    classes: new Map<string, number>(),
  };
  lexicon.classes = classesOf(lexicon);
  return lexicon;
}

/** The `Word` bits of every word the lexicon lists. */
function classesOf(lexicon: Lexicon): Map<string, number> {
  const map = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number): void => {
    for (const w of words) map.set(w, (map.get(w) ?? 0) | bit);
  };
  const { lists } = lexicon;
  mark(lists.determiners, Word.Determiner);
  mark(lists.meetingNouns, Word.MeetingNoun | Word.Head);
  mark(lists.ordinals, Word.Ordinal);
  mark(lists.ordinalTens, Word.OrdinalTen);
  mark(lexicon.bodyHeadWords, Word.Head);
  mark([...lexicon.bodyHeadWords].map((w) => internalize(w.endsWith('y') ? `${w.slice(0, -1)}ies` : `${w}s`)), Word.Head);
  for (const [form, info] of lexicon.verbs) {
    let bits = Word.AnyVerb;
    if (info.kind) bits |= Word.Verb;
    if (info.meeting) bits |= Word.MeetingVerb;
    if (info.participation) bits |= Word.ParticipationVerb;
    map.set(form, (map.get(form) ?? 0) | bits);
  }
  mark(lists.auxiliaries, Word.Auxiliary | Word.AnyVerb);
  mark(lists.modalVerbs, Word.Modal);
  mark(lists.adverbs, Word.Adverb);
  mark(lists.negations, Word.Negation);
  mark(lists.nameConnectors, Word.Connector);
  mark(lists.tailConnectors, Word.TailConnector);
  mark(lists.organizationHeads, Word.OrgHead);
  mark(lists.genericParticipantHeads, Word.GenericHead);
  mark(lists.roleWords, Word.Role);
  // "Vice-Minister", "Co-Convenor": a role's word with a prefix of rank is a role's word too.
  mark([...lists.rolePrefixes].flatMap((p) => [...lists.roleWords].filter((w) => !w.includes('-') && !w.includes(' ')).map((w) => internalize(`${p}-${w}`))), Word.Role);
  mark(lists.personTitles, Word.PersonTitle);
  mark(lists.clauseOpeners, Word.ClauseOpener);
  mark(lists.clauseLinks, Word.ClauseLink);
  mark(lists.temporalWords, Word.Temporal);
  mark(lists.prepositions, Word.Preposition);
  mark(lists.topicPrepositions, Word.TopicPreposition);
  mark([...lists.collectiveAnaphors, ...lists.pronounAnaphors].map((a) => internalize(a.split(' ')[0] ?? a)), Word.AnaphorFirst);
  mark(lists.productNouns, Word.ProductNoun);
  mark(lists.delegateNouns, Word.DelegateNoun);
  mark(lists.agendaWords, Word.AgendaWord);
  return map;
}

let shared: Lexicon | undefined;

/** The lexicon of the bundled data alone, built once per process. */
export function defaultLexicon(): Lexicon {
  shared ??= createLexicon();
  return shared;
}

/**
 * Clauses: which mention of a sentence is the subject of which verb, and where the clause that
 * starts at a verb ends. The clause rules share these; none of them keeps state.
 */
import type { EntryKind, VerbForm } from '../lexicon/index.js';
import type { Sentence } from './sentence.js';
import type { Mention } from './rules/types.js';
import { isPluralAcronym } from './parties.js';

/** A mention as the subject of a verb. */
export interface Subject {
  mention: Mention;
  /** The verb's token (for a phrase, its head). */
  verb: number;
  /** The entry the verb reports, if it reports one. */
  kind: EntryKind | undefined;
  lemma: string;
  /** The verb says the meeting took place ("held", "convened") rather than what it did. */
  meeting: boolean;
  /** The verb is one of taking part ("presented", "submitted"). */
  participation: boolean;
  /** The clause is future, hypothetical or negated: it reports nothing done. */
  unreal: boolean;
  /** Unreal only for a modal or a negation before the verb ("could not finalise X"): a verb in the past joined to it is real ("and decided …"). */
  negatedOnly: boolean;
  /** The subject was told something ("were informed about …"): a passive, read from its subject (see passive-clause); the verbs joined to it are the subject's. */
  told?: boolean;
  /** A relative clause's subject (", which approved …"): the comma that opens the clause, where the clause before it ends. */
  opens?: number;
  /** A subject after "that" ("said that the Commission had adopted …"): told in another's words. */
  reported?: boolean;
}

/** Entries are cut past this many words (the genre's items are 5 to 20 words). */
export const MAX_ENTRY_WORDS = 40;
/** Past this many words an entry is cut at a soft boundary (", which", ", while" …). */
const SOFT_CUT_WORDS = 22;

/** Whether the word is an adverb: one of the lexicon's, or a word in "-ly" that is no verb ("unanimously"). */
export function isAdverb(s: Sentence, k: number): boolean {
  if (!s.isWord(k)) return false;
  if (s.is(k, 'adverbs')) return true;
  const w = s.word(k);
  return w.length > 4 && w.endsWith('ly') && !s.is(k, 'anyVerbs');
}

/** Whether the word may stand between a subject and its verb: an auxiliary or an adverb. */
function isChain(s: Sentence, k: number): boolean {
  if (!s.isWord(k)) return false;
  const w = s.word(k);
  if (s.is(k, 'auxiliaries') || s.is(k, 'modalVerbs') || s.is(k, 'negations')) return true;
  if (w === 'able' || w === 'to') return true;
  // "…, having adopted Amendment 48": a perfect participle.
  if (w === 'having' && s.verb(k + 1)?.type === 'past') return true;
  return isAdverb(s, k);
}

/** The first token after the auxiliaries and adverbs from `k`, and whether a modal or a negation was among them. */
export function skipChain(s: Sentence, k: number): { at: number; modal: boolean; negated: boolean } {
  let j = k;
  let modal = false;
  let negated = false;
  while (j < s.length && j < k + 6 && isChain(s, j)) {
    const w = s.word(j);
    // "was able to agree", "was unable to reach", "failed to adopt": the infinitive is the subject's verb.
    if (w === 'to' && s.word(j - 1) !== 'able' && !s.is(j - 1, 'negations') && !s.is(j - 1, 'auxiliaries')) {
      // "has moved to make", "agreed to continue": an infinitive after a verb is its object.
      break;
    }
    if (s.is(j, 'modalVerbs') && w !== 'to') modal = true;
    if (s.is(j, 'negations')) negated = true;
    j++;
  }
  return { at: j, modal, negated };
}

/** The verb phrase (`took note of`, `reached agreement`) whose head is at `k`, if any. */
function phraseAt(s: Sentence, k: number, form: VerbForm): { kind: EntryKind; lemma: string } | undefined {
  const list = s.lexicon.phrases.get(form.lemma);
  if (!list) return undefined;
  for (const p of list) {
    for (let j = k + 1; j <= k + p.within && j < s.length; j++) if (p.then.has(s.word(j))) return { kind: p.kind, lemma: p.lemma };
  }
  return undefined;
}

/** What the verb at `k` reports: its kind and lemma (from a phrase first), or undefined for no reporting verb. */
export function reportAt(s: Sentence, k: number): { kind: EntryKind; lemma: string; form: VerbForm } | undefined {
  const form = s.verb(k);
  if (!form) return undefined;
  const phrase = phraseAt(s, k, form);
  if (phrase) return { ...phrase, form };
  if (!form.kind) return undefined;
  let kind = form.kind;
  // "prepared proposals", "worked out a draft", "developed 3 new APT Reports": a concrete product is an outcome.
  if (kind === 'action' && s.lexicon.lists.productVerbs.has(form.lemma)) {
    for (let j = k + 1; j <= k + 4 && j < s.length; j++) {
      if (s.word(j) === 'for' || s.word(j) === 'on') break;
      if (s.is(j, 'productNouns')) {
        kind = 'outcome';
        break;
      }
    }
  }
  return { kind, lemma: form.lemma, form };
}

/**
 * Whether the sentence opens with a phrase that sets the meeting and ends at `k`: "At its meeting
 * (on 18 March) the Senate approved …", "During the 12th session, the Board …".
 */
function openingMeeting(s: Sentence, k: number): boolean {
  let q = k;
  if (s.verb(q)?.meeting === true && s.verb(q)?.type === 'past') q--;
  if (!s.is(q, 'meetingNouns') || !s.isLower(q)) return false;
  q--;
  while (q > 0 && k - q < 8 && (s.isOrdinal(q) || s.isNumber(q) || (s.isLower(q) && !s.is(q, 'determiners') && !s.is(q, 'prepositions') && !s.is(q, 'anyVerbs')))) q--;
  if (!s.is(q, 'determiners') || s.word(q) === 'that') return false;
  return s.inList(q - 1, 'settingPrepositions') && (q - 1 === 0 || s.isMark(q - 2));
}

/**
 * Whether the words up to `p` are a short prepositional phrase that opens the sentence ("After lengthy discussion",
 * "Following a debate"), or the clause that "that" opens ("said that during the session the Committee had …").
 */
function openingPhrase(s: Sentence, p: number): boolean {
  if (p < 1 || !s.isLower(p)) return false;
  let q = Math.max(0, p - 5);
  while (q < p && !(s.inList(q, 'openingPrepositions') && (q === 0 || s.word(q - 1) === 'that'))) q++;
  if (q === p) return false;
  for (let k = q + 1; k <= p; k++) if (!s.isWord(k) || (s.is(k, 'anyVerbs') && s.verb(k)?.type !== 'gerund') || s.isCap(k) || s.isAcronym(k)) return false;
  return true;
}

/** Whether the token before a mention lets it be a clause's subject (not an object after a preposition or a verb). */
function subjectPosition(s: Sentence, m: Mention): boolean {
  let p = m.start - 1;
  // "The WTO’s Agriculture Committee", "A joint ICCP and CDEP working party (WP)": words before the name
  // that describe it belong to the subject.
  if (m.type === 'body') {
    for (let guard = 0; guard < 6 && p >= 0 && !s.lineBreakBefore(p + 1); guard++) {
      // "The University of Northland Board of Regents": an owner's name with its "of" is a describing word too.
      const ownerOf = s.word(p) === 'of' && s.isCap(p - 1) && s.isCap(p + 1);
      const modifier = ownerOf || ((s.isCap(p) || s.isAcronym(p) || s.isNumber(p) || s.isPossessive(p) || (s.isLower(p) && !s.is(p, 'anyVerbs') && !s.is(p, 'prepositions') && !s.is(p, 'clauseLinks') && !s.is(p, 'clauseOpeners') && !s.is(p, 'determiners') && !s.is(p, 'adverbs'))) && !s.inList(p, 'relativePronouns'));
      if (!modifier) break;
      p--;
    }
    const determined = s.is(p, 'determiners');
    if (determined) p--;
    // "MEPs on the Industry Committee adopted …", "Members of the Harbour Board agreed …", "Delegates to the Working
    // Party gathered …": the body's members are the body.
    if (determined && (s.word(p) === 'on' || s.word(p) === 'of' || s.word(p) === 'to') && (s.inList(p - 1, 'collectiveAnaphors') || isPluralAcronym(s.raw(p - 1)))) p -= 2;
  } else if (m.sort === 'collective' && (s.isCap(m.start) || s.isAcronym(m.start)) && s.word(p) === 'the') {
    // "The G20 Digital Economy Ministers adopted …": members named with their organisation, after "the".
    p--;
  }
  // "… Cultural Diversity, Right to Development\nThe Third Committee approved …": a subject that opens a line opens its
  // sentence, and the words of the line before describe no subject.
  if (p < 0 || s.lineBreakBefore(p + 1)) return true;
  if (s.isMark(p)) return !s.isAnyMark(p, '’\'');
  // "On Wednesday the Policy Committee considered …", "On 3 May 2026 the Board approved …": a time opening the sentence.
  if (s.isDayName(p) || (s.isNumber(p) && s.isDayName(p - 1))) {
    let q = p - 1;
    while (q >= 0 && (s.isNumber(q) || s.isDayName(q) || s.isMark(q, ','))) q--;
    if (s.word(q) === 'on' || s.word(q) === 'in') q--;
    if (q < 0 || s.isMark(q) || openingMeeting(s, q)) return true;
  }
  if (openingMeeting(s, p)) return true;
  const w = s.word(p);
  // "reported that the Council had suspended …": "that" after a verb opens a clause with a subject of its own;
  // after a noun ("the report that the Council adopted") it is a relative pronoun.
  if (w === 'that' && s.is(p - 1, 'anyVerbs') && !s.is(p - 1, 'auxiliaries')) return true;
  // "closed its session, during which it reviewed the reports …": after a preposition, the relative clause has a subject of its own.
  // ("by which it called on …" says what a resolution does: not the body's own act.)
  // "took up the draft …, which it approved without a vote": "it" after ", which" is the body acting on the draft.
  if (s.inList(p, 'relativePronouns')) return w === 'which' && (s.inList(p - 1, 'settingPrepositions') || (m.sort === 'pronoun' && s.isMark(p - 1, ',')));
  // "Here is what the Steering Committee worked on in October": "what" is the verb's object, told elsewhere.
  if (w === 'what') return false;
  if (s.is(p, 'clauseLinks') || s.is(p, 'clauseOpeners') || s.is(p, 'adverbs')) return true;
  if (s.is(p, 'prepositions') || s.is(p, 'anyVerbs') || s.is(p, 'determiners') || s.isNumber(p)) return false;
  // "After lengthy discussion the Committee recommended …": a short phrase opening the sentence, without its comma.
  if (openingPhrase(s, p)) return true;
  // "APEC officials agreed": an organisation's name before its members.
  if (m.sort === 'collective') return s.isCap(p) || s.isAcronym(p);
  return (w.endsWith('ly') && w.length > 4) || (s.isCap(p) && s.index === 0 && p === 0);
}

/** Whether the word before a period is a title, an abbreviation or an initial (`Mr.`, `Prof.`, `J.`). */
function isAbbreviation(s: Sentence, k: number): boolean {
  return s.is(k, 'personTitles') || s.inList(k, 'abbreviations') || (s.raw(k).length === 1 && s.isCap(k));
}

/**
 * The index after the owner or the topic that follows a name and its acronym ("The Programme, Budget and
 * Administration Committee (PBAC) of the Board met …", "Working Group 2 (WG 2) on terrestrial services
 * reviewed …"), when a verb comes next; else `k`.
 */
function ownerAfter(s: Sentence, k: number): number {
  const w = s.word(k);
  if (w !== 'of' && w !== 'on' && w !== 'for') return k;
  const from = s.word(k + 1) === 'the' ? k + 2 : k + 1;
  let e = from;
  // "Working Group 2 (WG 2) on terrestrial services reviewed …": what the body is on, in lower case too.
  const topic = (j: number): boolean => w !== 'of' && s.isLower(j) && !s.is(j, 'anyVerbs') && !s.is(j, 'determiners');
  while (e < s.length && e < from + 8 && (s.isCap(e) || s.isAcronym(e) || topic(e) || (e > from && s.is(e, 'nameConnectors') && (s.isCap(e + 1) || topic(e + 1))))) e++;
  return e > from && s.verb(skipChain(s, skipTime(s, e)).at) ? e : k;
}

/**
 * "took note of the outcome of the Committee on Agriculture (COAG), which approved …": the comma before "which" when a
 * body named after a verb is the subject of the relative clause after it; else -1.
 */
function relativeAfter(s: Sentence, m: Mention): number {
  if (m.type !== 'body') return -1;
  const j = skipApposition(s, m.end);
  return s.isMark(j, ',') && s.word(j + 1) === 'which' ? j : -1;
}

/** The index after a parenthesis or an appositive that follows a subject (`X (Y), set up in …, met`), or `k`. */
function skipApposition(s: Sentence, k: number): number {
  let j = k;
  if (s.isMark(j, '(')) {
    const close = s.closing(j, 20);
    if (close > j) j = ownerAfter(s, close + 1);
  } else if (s.isMark(k - 1, ')')) j = ownerAfter(s, k);
  // "Study Group 1 “Enabling environment for meaningful connectivity” was held …": a quoted title.
  if (s.isAnyMark(j, '“"«')) {
    for (let e = j + 1; e < s.length && e < j + 16 && !s.isAnyMark(e, ';:.'); e++) {
      if (s.isAnyMark(e, '”"»')) {
        if (s.verb(skipChain(s, e + 1).at)) return e + 1;
        break;
      }
    }
  }
  // "WG SE – Spectrum Engineering – finalised …": a name between dashes.
  if (s.isAnyMark(j, '–—')) {
    for (let e = j + 1; e < s.length && e < j + 12 && !s.isAnyMark(e, ';:.,'); e++) {
      if (s.isAnyMark(e, '–—')) {
        if (s.verb(skipChain(s, e + 1).at)) return e + 1;
        break;
      }
    }
  }
  const participle = s.verb(j)?.type === 'past' && s.word(j + 1) === 'by';
  // "The Union Cabinet chaired by the Prime Minister has approved …": a participle's phrase without commas ends where a
  // helper verb and a verb of the subject come.
  if (participle && !s.isMark(j, ',')) {
    for (let e = j + 3; e < s.length && e < j + 12 && s.isWord(e); e++) {
      if ((s.word(e) === 'has' || s.word(e) === 'have') && s.verb(e + 1)?.type === 'past' && s.isLower(e + 1)) return e;
    }
  }
  if (s.isMark(j, ',') || participle) {
    // The appositive ends at the comma after which the verb comes ("X, formerly the A, B and C Committee, was held").
    for (let e = j + 1; e < s.length && e < j + 32; e++) {
      // The period of "Mr." or of an initial ends no appositive.
      if (s.isAnyMark(e, ';:.') && !(s.isMark(e, '.') && isAbbreviation(s, e - 1))) break;
      if (!s.isMark(e, ',')) continue;
      const after = skipChain(s, e + 1).at;
      if (s.verb(after) && s.verb(after)?.type !== 'gerund' && !s.is(after - 1, 'determiners')) return e + 1;
    }
  }
  return j;
}

/** Whether a form of "be" stands between `from` and the verb at `k` ("was approved", "have been re-established"). */
function hasBe(s: Sentence, from: number, k: number): boolean {
  for (let j = from; j < k; j++) if (s.inList(j, 'beForms')) return true;
  return false;
}

/** The index after a time between a subject and its verb (`on Thursday`, `on 3 May 2026`, `in March`, `this morning`), or `k`. */
function skipTime(s: Sentence, k: number): number {
  const w = s.word(k);
  if ((w === 'this' || w === 'last') && s.inList(k + 1, 'dayParts')) return k + 2;
  if (w !== 'on' && w !== 'in') return k;
  let j = k + 1;
  if (s.isNumber(j) && s.isDayName(j + 1)) j++;
  if (!s.isDayName(j)) return k;
  j++;
  if (s.isNumber(j)) j++;
  if (s.isMark(j, ',') && s.isNumber(j + 1)) j += 2;
  return j;
}

/** Whether the past form at `k` opens a participle's phrase after a name ("established pursuant to …", "established by the Council"). */
function reducedRelative(s: Sentence, k: number): boolean {
  if (s.verb(k)?.type !== 'past') return false;
  const next = s.word(k + 1);
  return next === 'pursuant' || (next === 'by' && (s.isCap(k + 2) || (s.is(k + 2, 'determiners') && s.isCap(k + 3))));
}

/** The past verb (with the adverbs before it) that ends a phrase saying which members are meant, opened at `k`; else `k`. */
function afterMemberModifier(s: Sentence, k: number): number {
  for (let j = k + 1; j < s.length && j < k + 14 && s.isWord(j); j++) {
    if (s.verb(j)?.type !== 'past' || !s.isLower(j) || s.is(j - 1, 'determiners') || s.is(j - 1, 'prepositions') || s.word(j + 1) === 'by') continue;
    let at = j;
    while (at - 1 > k && (s.is(at - 1, 'adverbs') || s.inList(at - 1, 'relativeDays'))) at--;
    return at;
  }
  return k;
}

/** Whether a body follows "for": what a meeting prepared for ("… on preparation for the Harbour Assembly (HA-28)"), not a meeting held. */
export function purposeOf(s: Sentence, m: Mention): boolean {
  const before = s.word(m.start - 1) === 'the' ? m.start - 2 : m.start - 1;
  return s.word(before) === 'for';
}

/** The mention as the subject of a verb, if it is one. */
export function subjectOf(s: Sentence, m: Mention): Subject | undefined {
  const position = subjectPosition(s, m);
  const relative = position ? -1 : relativeAfter(s, m);
  if (!position && relative < 0) return undefined;
  let k = relative >= 0 ? relative + 2 : skipTime(s, skipApposition(s, m.end));
  // "The General Council meeting heard …", "the Council today adopted …", "the ITU Council 2026 session was held …"
  if (/^(?:19|20)\d\d$/.test(s.raw(k)) && s.is(k + 1, 'meetingNouns') && s.isLower(k + 1)) k++;
  if (s.is(k, 'meetingNouns') && s.isLower(k)) k++;
  // "The Committee established pursuant to resolution 1970 held …", "the Committee established by the Council met …":
  // a participle that says how the body came to be; the subject's verb comes after its phrase.
  if (k === m.end && reducedRelative(s, k)) {
    let j = k + 2;
    while (j < s.length && j < k + 16 && !(s.verb(j)?.type === 'past' && !s.is(j - 1, 'prepositions') && !s.is(j - 1, 'determiners')) && !s.isAnyMark(j, ';:.')) j++;
    if (s.verb(j)?.type !== 'past') return undefined;
    k = j;
  }
  // "All members of the Board present voted …": an adjective after the subject, before its verb.
  if (s.inList(k, 'postpositiveAdjectives') && s.verb(k + 1) !== undefined) k++;
  // "Ministers responsible for ICT from 14 countries today endorsed …": which members they are, up to their verb in the past.
  if (m.sort === 'collective' && k === m.end && s.inList(k, 'memberModifiers')) k = afterMemberModifier(s, k);
  const chain = skipChain(s, k);
  k = chain.at;
  const form = s.verb(k);
  if (!form) return undefined;
  // A relative clause says what the body did in the past, not that it met or what was done to it.
  if (relative >= 0 && (form.type !== 'past' || form.meeting || hasBe(s, relative, k) || !reportAt(s, k)?.kind)) return undefined;
  // "the report of SG 5 was heard", "an informal group was formed": the subject of a passive is its object.
  // "The participants were informed about … and discussed …": the one told something is the subject of the verbs joined to it.
  const passive = form.type === 'past' && hasBe(s, m.end, k);
  const told = passive && s.lexicon.lists.recipientVerbs.has(form.lemma) && s.word(k + 1) !== 'by';
  // "WG 3 was asked to prepare …": so is a verb that reports with its particle.
  if (passive && (form.kind !== undefined || phraseAt(s, k, form) !== undefined) && !form.meeting && !told) return undefined;
  // "members discussing …" is a noun phrase, not a clause.
  if (form.type === 'gerund' && k === m.end) return undefined;
  // "Council highlights are prepared by …", "Board reports were published": a noun before "be", not a verb.
  if (form.type === 'present' && s.inList(k + 1, 'beForms')) return undefined;
  const progressive = form.type === 'gerund' && s.is(k - 1, 'auxiliaries');
  // "welcomed the news that the Advisory Council was considering …": reported, not done.
  const afterThat = s.word(m.start - 1) === 'that' || (s.is(m.start - 1, 'determiners') && s.word(m.start - 2) === 'that');
  // "recommended that the General Conference approve …": a subjunctive is no report.
  const singular = m.sort !== 'collective' && !m.plural;
  // "The Board set up a task force": a base form that is the past too is the past, but after "that".
  const subjunctive = form.type === 'base' && singular && !chain.modal && !chain.negated && !s.is(k - 1, 'auxiliaries') && !(form.pastToo === true && !afterThat);
  let report = reportAt(s, k);
  // "concluded its fifty-fifth regular session": a meeting verb whose object is the meeting.
  if (form.meeting && meetingObject(s, k + 1)) report = undefined;
  // "Delegates gathered on 13-14 May", "the session resumed in June": a verb of meetings and of work, without an object, says the meeting happened.
  if (form.meeting && report?.kind && (s.isMark(k + 1) || s.inList(k + 1, 'settingPrepositions') || s.word(k + 1) === 'on' || s.word(k + 1) === 'from')) report = undefined;
  // "The meeting began at 10:05 a.m.": a time is no object.
  if (s.word(k + 1) === 'at' && s.isNumber(k + 2)) report = undefined;
  // "GA planned for June", "the workshop scheduled for May": a planning verb with "for" says when something will be.
  if (s.lexicon.lists.planningVerbs.has(form.lemma) && s.word(k + 1) === 'for') report = undefined;
  // "… should be ready to legislate if it finds gaps": a condition, not a report.
  const conditional = s.inList(m.start - 1, 'conditionalLinks') || (s.is(m.start - 1, 'determiners') && s.inList(m.start - 2, 'conditionalLinks'));
  const otherwise = subjunctive || conditional || (progressive && afterThat) || (form.type === 'gerund' && !progressive);
  const unreal = chain.modal || chain.negated || otherwise;
  return { mention: m, verb: k, kind: report?.kind, ...(relative >= 0 ? { opens: relative } : {}), ...(afterThat ? { reported: true } : {}), lemma: report?.lemma ?? form.lemma, meeting: form.meeting && !report?.kind, participation: form.participation, unreal, negatedOnly: unreal && !otherwise, ...(told ? { told } : {}) };
}

/** Whether the words from `k` are a meeting ("its fifty-fifth regular session", "their first meeting for 2027"). */
function meetingObject(s: Sentence, k: number): boolean {
  for (let j = k; j < s.length && j < k + 5; j++) {
    // "held a workshop on cybersecurity", "held a thematic session on …": an event on a topic is work the body did ("held
    // a session of the Board" is a meeting).
    if (s.is(j, 'meetingNouns')) return !(s.word(k) === 'a' || s.word(k) === 'an') || !s.inList(j + 1, 'topicLinks') || s.word(j + 1) === 'of';
    if (!(s.is(j, 'determiners') || s.isOrdinal(j) || s.isNumber(j) || s.isLower(j) || s.isCap(j))) return false;
  }
  return false;
}

/** Whether the token is the "to" of "was able to agree", which is no modal. */
function ableTo(s: Sentence, k: number): boolean {
  return s.word(k) === 'to' && s.word(k - 1) === 'able';
}

/** Whether the verb at `k` is coordinated with an earlier clause of the same subject ("…, and discussed", ", hearing", "after adopting"). */
function coordinated(s: Sentence, k: number, first: number): boolean {
  let start = k;
  // "… but could not reach agreement": a modal before a negation is the chain of a clause that reports nothing.
  while (start - 1 > first && isChain(s, start - 1) && (!s.is(start - 1, 'modalVerbs') || ableTo(s, start - 1) || s.is(start, 'negations'))) start--;
  const p = s.word(start - 1);
  const gerund = s.verb(k)?.type === 'gerund';
  // "calls for Parliament to initiate and conduct inquiries", "agreed to continue and report back": a plain
  // form after "and" when the subject's verb is inflected belongs to an infinitive, not to the subject.
  if (p === 'and' && start === k && s.verb(k)?.type === 'base' && (s.verb(first)?.type === 'past' || s.verb(first)?.type === 'present')) return false;
  // "approved 21 new and revised standards": a participle joined to a modifier describes the same noun.
  // "reviewed the draft and agreed to start …": a participle before "to" or a preposition is the subject's next verb.
  // "consented 12 new and revised Recommendations": so before a noun in capitals, when no determiner makes the modifier a noun ("the draft and approved Resolution 5").
  const noun = s.isLower(k + 1) || (s.isCap(k + 1) && !s.isAcronym(k + 1) && !s.is(k - 3, 'determiners'));
  if (p === 'and' && start === k && s.verb(k)?.type === 'past' && s.inList(k - 2, 'pairedModifiers') && noun && !s.is(k + 1, 'determiners') && !s.is(k + 1, 'prepositions') && s.word(k + 1) !== 'to') return false;
  // "…, adopting 21 new and revised standards": a past form after "and" in a participle's clause describes a noun.
  if (p === 'and' && start === k && !s.isMark(k - 2, ',') && s.verb(k)?.type === 'past') {
    for (let j = k - 2; j > first; j--) {
      if (!s.reportingVerb(j)) continue;
      if (s.verb(j)?.type === 'gerund' && s.isMark(j - 1, ',')) return false;
      if (s.verb(j)?.type !== 'gerund') break;
    }
  }
  // "was attended by heads of the postal administrations and designated operators": in a passive's "by" list, a past
  // form after "and" with no determiner after it describes the next noun.
  if (p === 'and' && start === k && !s.isMark(k - 2, ',') && s.verb(k)?.type === 'past' && hasBe(s, Math.max(0, first - 3), first) && s.word(first + 1) === 'by' && s.isLower(k + 1) && !s.is(k + 1, 'determiners') && !s.isPossessive(k + 1)) return false;
  if (p === 'and' || p === 'then' || p === 'but' || p === ';') {
    // "X, Y and Z adopted" lists nouns; "and discussing" after a noun is no clause, unless the clause opened with a
    // gerund too ("after adopting the budget and deciding to …").
    return !(gerund && p === 'and' && s.verb(first)?.type !== 'gerund');
  }
  if (p === ',') {
    // "met with Ezio to talk about status, progress and next steps": a verb of another tense than the
    // first is a noun of a list ("progress"), not the subject's next verb.
    const tense = s.verb(k)?.type;
    const firstTense = s.verb(first)?.type;
    if (!gerund && tense !== undefined && firstTense !== undefined && firstTense !== 'gerund' && tense !== firstTense) return false;
    // ", hearing …", ", adopted …": but not ", the Committee adopted …" (that has its own subject),
    // nor ", following contributions from …", a preposition.
    // Nor ", prepared by WG 15": a participle with its agent describes what came before.
    return !(gerund && s.is(k, 'temporalWords')) && !(s.word(k + 1) === 'by' && s.verb(k)?.type === 'past');
  }
  // "refined its tools by setting up a calendar", "remain vigilant in identifying …": "by" and "in" say how the first verb's work was done, unless that verb only opened or closed a meeting.
  if (gerund && (p === 'by' || p === 'in') && !s.verb(first)?.meeting) return false;
  if (gerund && s.inList(start - 1, 'gerundLinks')) return true;
  return p === 'well' && s.word(start - 2) === 'as';
}

/** Whether a negation stands in the auxiliaries before the verb at `k` ("but did not agree"). */
function negatedBefore(s: Sentence, k: number, floor: number): boolean {
  for (let j = k - 1; j > floor && isChain(s, j); j--) if (s.is(j, 'negations')) return true;
  return false;
}

/** Whether the object of the verb at `k` says none was ("took no action", "reached no agreement"; not "adopted no fewer than …"). */
function negatedObject(s: Sentence, k: number): boolean {
  return s.word(k + 1) === 'no' && !s.inList(k + 2, 'noComparatives');
}

function chainStart(s: Sentence, verb: number, floor: number): number {
  let j = verb;
  while (j - 1 > floor && isChain(s, j - 1) && (!s.is(j - 1, 'modalVerbs') || ableTo(s, j - 1)) && !s.is(j - 1, 'negations')) {
    if (s.word(j - 1) === 'to' && s.word(j - 2) !== 'able') break;
    // The entry starts at the participle, not at "having".
    if (s.word(j - 1) === 'having') break;
    j--;
  }
  return j;
}

function trimEnd(s: Sentence, from: number, to: number): number {
  let e = to;
  while (e > from + 1) {
    // "adopted 12 resolutions, in which it …": a relative clause's opening goes with it.
    if (s.inList(e - 1, 'trailingWords') || s.inList(e - 1, 'relativePronouns')) e--;
    else break;
  }
  return e;
}

/** Whether "and" and a modal stand at `k` ("… and will report to WG FM"): what will be done starts there. */
export function andThenWill(s: Sentence, k: number): boolean {
  return s.word(k) === 'and' && s.is(k + 1, 'modalVerbs') && s.word(k + 1) !== 'to';
}

/** The most tokens of a news item's attribution after its comma ("the Foundation announced on 8 October 2025"). */
const ATTRIBUTION_TOKENS = 10;

/** Whether the comma at `k` opens the sentence's closing attribution: a subject of up to four words, a verb of telling in the past, and little after it. */
export function attributionAfter(s: Sentence, k: number): boolean {
  if (s.length - k > ATTRIBUTION_TOKENS + 2) return false;
  for (let j = k + 2; j <= k + 5 && j < s.length; j++) {
    if (!s.isWord(j - 1)) return false;
    const form = s.verb(j);
    if (form?.type === 'past' && s.isLower(j) && s.lexicon.lists.attributionVerbs.has(form.lemma)) {
      for (let e = j + 1; e < s.length; e++) if (s.isAnyMark(e, ',;:(')) return false;
      return true;
    }
  }
  return false;
}

/** Whether the sentence is a speaker's turn in meeting notes ("Josh: I'm in favour of this; the questions are resolved"). */
export function speakerTurn(s: Sentence): boolean {
  const colon = s.isMark(1, ':') ? 1 : s.isMark(2, ':') && s.isCap(1) ? 2 : -1;
  return colon > 0 && s.isCap(0) && s.inList(colon + 1, 'firstPersonWords');
}

/**
 * Where a quotation that opens the sentence ends (the token after its closing mark), or 0: the words of the
 * person it quotes ("“The Council delivered,” said the Chair"), not the bulletin's report.
 */
export function openingQuoteEnd(s: Sentence): number {
  const open = s.raw(0);
  if (open !== '"' && open !== '“') return 0;
  for (let k = 1; k < s.length; k++) if (s.isAnyMark(k, open === '"' ? '"' : '”"')) return k + 1;
  return s.length;
}

/** Where a clause that starts at `verb` ends (token index, exclusive), given where the next one starts. */
export function clauseEnd(s: Sentence, verb: number, limit: number): number {
  let depth = 0;
  let quoted = false;
  let end = limit;
  for (let k = verb + 1; k < limit; k++) {
    // "reviewed the responses and will report to WG FM in June": what will be done is no part of what was.
    if (depth === 0 && !quoted && andThenWill(s, k)) {
      end = k;
      break;
    }
    if (!s.isMark(k)) continue;
    const t = s.raw(k);
    // "approved 42 grants, the Foundation announced on 8 October": who told it ends what was done.
    if (t === ',' && depth === 0 && !quoted && attributionAfter(s, k)) {
      end = k;
      break;
    }
    if (t === '(') depth++;
    else if (t === ')') depth = Math.max(0, depth - 1);
    else if (t === '“' || t === '”' || t === '"') quoted = t === '“' || (t === '"' && !quoted);
    else if (depth === 0 && !quoted && (t === ';' || t === '—' || t === '•' || (t === ':' && s.word(k - 1) !== 'including') || ((t === '-' || t === '–') && !s.joinedToPrevious(k) && !s.joinedToPrevious(k + 1)))) {
      end = k;
      break;
    }
  }
  if (end - verb > SOFT_CUT_WORDS) {
    for (let k = verb + 8; k < end - 1; k++) {
      if (s.isMark(k, ',') && s.inList(k + 1, 'softBoundaryWords')) {
        end = k;
        break;
      }
    }
  }
  if (end - verb > MAX_ENTRY_WORDS) end = verb + MAX_ENTRY_WORDS;
  return trimEnd(s, verb, end);
}

/** An entry's token span and what it reports. */
export interface ClauseSpan {
  from: number;
  to: number;
  kind: EntryKind;
  lemma: string;
}

/** Whether an object from `k` to `to` only announces what comes after ("made the following decisions."). */
function announces(s: Sentence, k: number, to: number): boolean {
  const at = s.word(k) === 'the' ? k + 1 : k;
  return s.word(at) === 'following' && to - at <= 3;
}

/** The comma that closes a relative clause opened at `k` after a comma, within a dozen words and before `limit`; else -1. */
function relativeEnd(s: Sentence, k: number, limit: number): number {
  for (let j = k + 1; j < limit && j < k + 14; j++) {
    if (s.isAnyMark(j, ';:()')) return -1;
    if (s.isMark(j, ',')) return j;
  }
  return -1;
}

/** Whether a person named from `k` has a verb of their own before `limit` ("Mr Onoe, Director of TSB, presented …"), not "as" an office ("Mr Onoe as Vice-Chair"). */
function personActs(s: Sentence, k: number, limit: number): boolean {
  for (let j = k; j < limit; j++) {
    if (s.word(j) === 'as' || s.isAnyMark(j, ';:')) return false;
    if (s.isLower(j) && s.verb(j)?.type === 'past') return true;
  }
  return false;
}

/**
 * The entries of a subject whose verb is at `first`: that verb's clause and those of the verbs
 * coordinated with it, up to token `limit`.
 */
export function clausesFrom(s: Sentence, first: number, bound: number, floor = first - 1): ClauseSpan[] {
  const verbs: number[] = [first];
  const relativeCuts = new Map<number, number>();
  let depth = 0;
  let limit = bound;
  for (let k = first + 1; k < limit; k++) {
    if (s.isMark(k, '(')) depth++;
    else if (s.isMark(k, ')')) depth = Math.max(0, depth - 1);
    if (depth > 0 || !s.isWord(k)) continue;
    // "elected Ms Lina Haddad as its Chair and Mr Seizo Onoe … presented …": a person named after "and" is a subject of
    // its own, whose verbs are not the body's.
    if (s.word(k) === 'and' && s.is(k + 1, 'personTitles') && personActs(s, k + 2, limit)) {
      limit = k;
      break;
    }
    // A clause of its own starts: "…, which …", "that the …" end the coordination, unless a relative clause between
    // commas is followed by the subject's next verb ("heard a report on enrolment, which rose this fall, and discussed …").
    if (s.inList(k, 'relativePronouns')) {
      const close = s.isMark(k - 1, ',') ? relativeEnd(s, k, limit) : -1;
      if (close < 0 || s.word(close + 1) !== 'and' || !reportAt(s, close + 2) || !coordinated(s, close + 2, first)) break;
      // The clause before it ends where the relative clause starts.
      relativeCuts.set(Math.abs(verbs[verbs.length - 1] ?? first), k - 1);
      k = close;
      continue;
    }
    // "approved texts on the United Nations Relief and Works Agency …": in a sentence whose verb is in lower case, a
    // capitalised verb's form is a word of a name.
    if (s.isCap(k) && s.isLower(first)) continue;
    // "adopted 11 resolutions, and then closed its session": a meeting verb joined to the clause ends it and reports nothing.
    if ((reportAt(s, k) || (s.verb(k)?.meeting === true && s.verb(k)?.type === 'past')) && coordinated(s, k, first)) {
      // "considered and approved X", "voted on and approved X": one entry for both verbs, of the later kind.
      const prev = verbs[verbs.length - 1] ?? first;
      const particle = k - 3 === prev && (s.word(k - 2) === 'on' || s.word(k - 2) === 'upon');
      if (s.word(k - 1) === 'and' && (k - 2 === prev || particle)) {
        verbs[verbs.length - 1] = prev;
        verbs.push(-k);
        continue;
      }
      verbs.push(k);
    }
  }
  const out: ClauseSpan[] = [];
  for (let v = 0; v < verbs.length; v++) {
    const raw = verbs[v] ?? 0;
    if (raw < 0) continue;
    const k = raw;
    const joined = (verbs[v + 1] ?? 0) < 0 ? -(verbs[v + 1] ?? 0) : undefined;
    const report = reportAt(s, joined ?? k);
    if (!report) continue;
    let nextIndex = v + 1;
    while ((verbs[nextIndex] ?? 0) < 0) nextIndex++;
    const next = verbs[nextIndex];
    let stop = next === undefined ? limit : chainStart(s, next, k);
    // "continued the talks but did not agree to …": a clause ends before the negation of the next.
    while (stop - 1 > k && (s.is(stop - 1, 'negations') || s.is(stop - 1, 'auxiliaries') || (s.is(stop - 1, 'modalVerbs') && s.is(stop, 'negations')))) stop--;
    const previous = v === 0 ? floor : Math.abs(verbs[v - 1] ?? 0);
    if ((v > 0 && negatedBefore(s, k, previous)) || negatedObject(s, joined ?? k)) continue;
    let from = chainStart(s, k, previous);
    // "also discussed", "then adopted": the entry starts at what the body did.
    while (from < k && s.inList(from, 'connectiveAdverbs')) from++;
    const to = clauseEnd(s, joined ?? k, Math.min(stop, relativeCuts.get(joined ?? k) ?? stop));
    if (to - (joined ?? k) < 2 || announces(s, (joined ?? k) + 1, to)) continue;
    // "considered and approved": the outcome wins.
    const kind = joined !== undefined && reportAt(s, k)?.kind === 'outcome' ? 'outcome' : report.kind;
    out.push({ from, to, kind, lemma: report.lemma });
  }
  return out;
}

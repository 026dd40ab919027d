/**
 * What the meeting discussed, said without a subject: "There was a discussion on the protection
 * of radio astronomy", "There were lengthy debates about the budget", "Discussion focused on the
 * methodology", "Special attention was paid to …". The entry is the discussion and its topic, an action of the body in view.
 *
 * @example
 *   The Working Group on Spectrum (WGS) met online. There was a discussion on the protection of radio astronomy in the 10.6 GHz band.
 *   => action WGS: discussion on the protection of radio astronomy in the 10.6 GHz band
 *
 * @example
 *   The Working Group on Spectrum (WGS) met online. Discussion focused on the methodology for aggregate interference.
 *   => action WGS: Discussion focused on the methodology for aggregate interference
 *
 * @example
 *   The Working Group on Spectrum (WGS) met online and adopted its report. There will be a discussion on the budget in May. There was no discussion of the levy.
 *   => no action WGS: discussion on the budget in May
 *   => no action WGS: discussion of the levy
 *
 * So is a decision said the same way, an outcome:
 *
 * @example
 *   The Working Group on Spectrum (WGS) met online. There was consensus to extend the mandate of the Data Task Force until 2029. There was broad agreement on the work plan. There was no consensus on the levy.
 *   => outcome WGS: consensus to extend the mandate of the Data Task Force until 2029
 *   => outcome WGS: broad agreement on the work plan
 *   => no outcome WGS: consensus on the levy
 *
 * @example
 *   The Working Group on Spectrum (WGS) met online. Consensus was to keep the task force open until the next review. The decision was to be taken in May.
 *   => outcome WGS: Consensus was to keep the task force open until the next review
 *   => no outcome WGS: The decision was to be taken in May
 *
 * The topic may be the complement of "was", after a phrase that frames it:
 *
 * @example
 *   The Working Group on Spectrum (WGS) met online. An important element of the discussions was the protection of radio astronomy. Also in focus was progress in the studies on aggregate interference.
 *   => action WGS: the protection of radio astronomy
 *   => action WGS: progress in the studies on aggregate interference
 *
 * @example
 *   The Working Group on Spectrum (WGS) met online. Lastly, also notable was the discussion concerning the chairs of the study groups.
 *   => action WGS: the discussion concerning the chairs of the study groups
 *
 * @example
 *   The Harbour Board met in Oslo. Following deliberation of the Director's report, the Board found that the port had not complied. After a discussion on fees, the Board approved the tariff.
 *   => action Harbour Board: deliberation of the Director's report
 *   => action Harbour Board: discussion on fees
 *
 * @example
 *   The Harbour Board met in Oslo. Following the consideration of the issues, the Board approved the tariff.
 *   => no action Harbour Board: consideration of the issues
 *
 * @example
 *   The Farm Committee met in Geneva. Among the questions and answers in this first meeting of 2027 were exchanges on export subsidies. Among the texts adopted were guidelines on fresh dates. Among the members present were Chile and Peru.
 *   => action Farm Committee: exchanges on export subsidies
 *   => outcome Farm Committee: guidelines on fresh dates
 *   => no action Farm Committee: Chile and Peru
 *
 * Or what the meeting gave its attention to:
 *
 * @example
 *   The Working Group on Spectrum (WGS) met online. Special attention was paid to the preparation for the next conference. Of the matters discussed, emphasis is placed on the approval of the amendments to the Letter Regulations.
 *   => action WGS: Special attention was paid to the preparation for the next conference
 *   => action WGS: emphasis is placed on the approval of the amendments to the Letter Regulations
 */
import { clauseEnd } from '../clauses.js';
import type { Sentence } from '../sentence.js';
import type { ClauseRule, Finding } from './types.js';

/** The most words before an attention frame ("Of the matters discussed, particular emphasis is placed on"). */
const ATTENTION_WORDS = 8;

/** Where the clause of an attention frame starts and where its frame ends ("Special attention was paid to …"), or undefined. */
function attentionFrame(s: Sentence): [number, number] | undefined {
  for (let k = 0; k < s.length && k <= ATTENTION_WORDS; k++) {
    const len = s.phraseAt(k, s.lexicon.lists.attentionFrames);
    if (len === 0) continue;
    // "Special attention", "particular emphasis": up to two describing words open the clause, after any opening phrase.
    let from = k;
    while (from > 0 && from > k - 2 && s.isWord(from - 1) && !s.is(from - 1, 'anyVerbs') && !s.is(from - 1, 'prepositions')) from--;
    return [from, k + len];
  }
  return undefined;
}

/** The most words before the frame's "was" ("An important element of the discussions was"). */
const FRAME_WORDS = 10;

/** Where the topic starts after a frame and "was" or "were" ("Also in focus was …"), or -1. */
function framedTopic(s: Sentence): number {
  for (let b = 2; b < s.length && b <= FRAME_WORDS; b++) {
    if (s.word(b) !== 'was' && s.word(b) !== 'were') continue;
    for (let k = 0; k < b; k++) {
      if (k + s.phraseAt(k, s.lexicon.lists.topicFrames) === b && s.phraseAt(k, s.lexicon.lists.topicFrames) > 0) return s.is(b + 1, 'negations') ? -1 : b + 1;
    }
    return -1;
  }
  return -1;
}

/** The most words before the "were" of "Among the questions … were". */
const AMONG_WORDS = 16;

/**
 * "Among the questions and answers in this meeting were exchanges on …", "Among the texts adopted were …": where the
 * items start, and the kind of the participle that says what was done with them, if one does.
 */
function amongTopic(s: Sentence): { at: number; kind: 'action' | 'outcome' } | undefined {
  const topic = (k: number): boolean => s.is(k, 'agendaWords') || s.phraseAt(k, s.lexicon.lists.discussionNouns) > 0;
  if (s.word(0) !== 'among' || !(topic(1) || (s.is(1, 'determiners') && topic(2)))) return undefined;
  let kind: 'action' | 'outcome' = 'action';
  for (let b = 2; b < s.length && b <= AMONG_WORDS; b++) {
    const form = s.verb(b);
    if (form?.type === 'past' && form.kind !== undefined && s.word(b) !== 'were' && s.word(b) !== 'was') kind = form.kind;
    if (s.isAnyMark(b, ',;:')) return undefined;
    if (s.word(b) === 'was' || s.word(b) === 'were') return s.is(b + 1, 'negations') ? undefined : { at: b + 1, kind };
  }
  return undefined;
}

/** Whether the topic from `from` to `to` only points back at what the meeting had before it ("the issues", "these items", "the agenda items"). */
function pointsBack(s: Sentence, from: number, to: number): boolean {
  if (!s.is(from, 'determiners')) return false;
  for (let k = from + 1; k < to; k++) if (!s.is(k, 'agendaWords')) return false;
  return to > from + 1;
}

export const discussionNoun: ClauseRule<[number, number, ('action' | 'outcome')?]> = {
  id: 'discussion-noun',
  kind: 'clause',
  match(s) {
    const nouns = s.lexicon.lists.discussionNouns;
    // "There was a discussion on …": the noun phrase after "there was", up to its noun.
    if (s.word(0) === 'there' && (s.word(1) === 'was' || s.word(1) === 'were')) {
      let n = 2;
      if (s.is(n, 'determiners')) n++;
      let k = n;
      while (k < n + 3 && s.isLower(k) && s.phraseAt(k, nouns) === 0 && !s.inList(k, 'decisionNouns') && !s.is(k, 'anyVerbs') && !s.is(k, 'negations')) k++;
      // "There was consensus to extend the mandate …", "There was broad agreement on …": a decision, said without a subject.
      if (s.inList(k, 'decisionNouns') && (s.inList(k + 1, 'topicLinks') || s.word(k + 1) === 'to' || s.word(k + 1) === 'that')) return [n, clauseEnd(s, k, s.length), 'outcome'];
      const len = s.phraseAt(k, nouns);
      const topic = k + len;
      if (len === 0 || !s.inList(topic, 'topicLinks')) return undefined;
      return [n, clauseEnd(s, topic, s.length)];
    }
    // "Consensus was to keep it open until the next review", "The decision was that …": a decision said as what it was
    // ("The decision was to be taken in May" says when one will be).
    const head = s.is(0, 'determiners') ? 1 : 0;
    if (s.inList(head, 'decisionNouns') && s.word(head + 1) === 'was' && (s.word(head + 2) === 'that' || (s.word(head + 2) === 'to' && s.word(head + 3) !== 'be'))) return [0, clauseEnd(s, head + 1, s.length), 'outcome'];
    // "Also in focus was the progress of …", "An important element of the discussions was …": the topic after "was".
    const framed = framedTopic(s);
    if (framed > 0) return [framed, clauseEnd(s, framed - 1, s.length)];
    // "Following deliberation of the Director General's report, the Board found …": the deliberation, to the comma.
    if (s.word(0) === 'following' || s.word(0) === 'after') {
      const n = s.is(1, 'determiners') ? 2 : 1;
      const len = s.phraseAt(n, nouns);
      if (len > 0 && s.inList(n + len, 'topicLinks')) {
        for (let c = n + len + 1; c < s.length && c < n + 24; c++) {
          if (s.isAnyMark(c, ';:.')) break;
          if (s.isMark(c, ',')) return pointsBack(s, n + len + 1, c) ? undefined : [n, c];
        }
      }
    }
    // "Among the texts adopted were …".
    const among = amongTopic(s);
    if (among) return [among.at, clauseEnd(s, among.at - 1, s.length), among.kind];
    // "Special attention was paid to …", "Emphasis was placed on …".
    const attention = attentionFrame(s);
    if (attention) return [attention[0], clauseEnd(s, attention[1] - 1, s.length)];
    // "Discussion focused on …", "The debate centred on …".
    let n = s.is(0, 'determiners') ? 1 : 0;
    const len = s.phraseAt(n, nouns);
    if (len === 0 || !s.inList(n + len, 'focusVerbs') || s.word(n + len + 1) !== 'on') return undefined;
    n = 0;
    return [n, clauseEnd(s, n + len + 1, s.length)];
  },
  apply([from, to, kind], s) {
    const finding: Finding = { type: 'entry', owner: { ref: 'sentence' }, kind: kind ?? 'action', verb: kind === 'outcome' ? 'decide' : 'discuss', start: s.startOf(from), end: s.endOf(to - 1), tokens: [from, to], rule: 'discussion-noun' };
    return [finding];
  },
};

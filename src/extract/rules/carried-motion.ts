/**
 * A motion that carried is the meeting's decision: "A motion to approve the minutes of October 15
 * was made by Senator Brooks and seconded by Senator Chen. Motion carried unanimously." The entry
 * is what the motion proposed, from its verb; the result may follow in the same paragraph. A
 * motion that failed, or whose result the paragraph does not give, decides nothing.
 *
 * @example
 *   Harbour Board minutes, 12 November 2026
 *
 *   A motion to approve the minutes of October 15 was made by Member Brooks and seconded by Member Chen. Motion carried unanimously.
 *
 *   A motion to extend the ferry season to November, moved by Member Diaz, failed 3-4.
 *
 *   A motion to adopt the dredging plan was made by Member Evans.
 *   => outcome Harbour Board: approve the minutes of October 15
 *   => no outcome Harbour Board: extend the ferry season to November
 *   => no outcome Harbour Board: adopt the dredging plan
 *
 * Minutes also write a motion as who moved and seconded it, then what it said, then its result:
 *
 * A motion under a heading that names no body is the meeting's, not the body of the section before:
 *
 * @example
 *   Harbour Board minutes, 12 November 2026
 *
 *   The Harbour Board met in the Town Hall.
 *
 *   Ferry Committee
 *
 *   The Ferry Committee reviewed the winter timetable.
 *
 *   New business
 *
 *   A motion to adopt the dredging plan passed 7-2.
 *   => outcome Harbour Board: adopt the dredging plan
 *   => no outcome Ferry Committee: adopt the dredging plan
 *
 * @example
 *   Harbour Board minutes, 12 November 2026
 *
 *   Moved by Member Ahmed, seconded by Member Cho, that the agenda be adopted as presented.
 *   CARRIED
 *
 *   Moved by Member Brennan, seconded by Member Duval, to approve By-law 2026-41.
 *   CARRIED
 *
 *   Moved by Member Evans, seconded by Member Diaz, that the ferry season be extended.
 *   DEFEATED
 *
 *   MOTION by Mr. Brennan, seconded by Ms. Duval, to approve the warrant for the Annual Harbour Meeting. Motion carried 5-0.
 *   => outcome Harbour Board: the agenda be adopted as presented
 *   => outcome Harbour Board: approve By-law 2026-41
 *   => no outcome Harbour Board: the ferry season be extended
 *   => outcome Harbour Board: approve the warrant for the Annual Harbour Meeting
 *
 * Or as who moved it, with what it said, and the result in a later sentence of the paragraph:
 *
 * @example
 *   Harbour Board minutes, 12 November 2026
 *
 *   Member Olson moved to approve the agenda as submitted. Seconded by Member Diaz. Ayes - All. The motion passed.
 *
 *   Member Chen moved that the boathouse lease be renewed, seconded by Member Olson. Motion carried 5-0.
 *
 *   Member Diaz moved to close the north pier. Seconded by Member Chen. The motion failed 2-3.
 *
 *   Member Baker moved, seconded by Member Nguyen, to approve the minutes of July 8. Motion carried 4-0.
 *
 *   It was moved and seconded to accept the harbour master's report. Motion carried.
 *
 *   Member Olson moved to approve the transfer of the mooring license to Pier Grill LLC; Member Diaz seconded. Vote 3-0.
 *
 *   Member Chen moved to sell the old ferry; Member Olson seconded. Vote 1-4.
 *
 *   A notice of motion from Cr Ana Diaz calling for a review of mooring fees was carried 8–3.
 *
 *   A motion requesting a new ferry timetable failed.
 *
 *   Motion 25-07 (revisions to the mooring policy) passed 30–8–4. Motion 25-09 (a new ferry levy) failed 4–30.
 *   => outcome Harbour Board: Motion 25-07 (revisions to the mooring policy) passed
 *   => no outcome Harbour Board: Motion 25-09 (a new ferry levy) failed
 *   => outcome Harbour Board: calling for a review of mooring fees
 *   => no outcome Harbour Board: requesting a new ferry timetable
 *   => outcome Harbour Board: approve the transfer of the mooring license to Pier Grill LLC
 *   => no outcome Harbour Board: sell the old ferry
 *   => outcome Harbour Board: approve the agenda as submitted
 *   => outcome Harbour Board: approve the minutes of July 8
 *   => outcome Harbour Board: accept the harbour master's report
 *   => outcome Harbour Board: the boathouse lease be renewed
 *   => no outcome Harbour Board: close the north pier
 */
import type { ClauseRule, Finding } from './types.js';
import type { Sentence } from '../sentence.js';
import type { Lexicon } from '../../lexicon/index.js';

/** Most sentences name no motion: they are refused before their words are read. */
const MOTION = /motion|moved/i;

/**
 * "Moved by Councillor Ahmed, seconded by Councillor Cho, that the agenda be adopted as presented", "Motion by …": where the
 * motion's words start (after "that", or at the verb after "to"), or -1.
 */
function movedMotion(s: Sentence): number {
  // "MOTION by Mr. Dennis, seconded by Ms. Lee, to approve …" too.
  if ((s.word(0) !== 'moved' && s.word(0) !== 'motion') || s.word(1) !== 'by') return -1;
  for (let k = 2; k + 1 < s.length && k < 40; k++) {
    if (!s.isMark(k - 1, ',')) continue;
    if (s.word(k) === 'that') return k + 1;
    if (s.word(k) === 'to' && s.verb(k + 1)?.type === 'base') return k + 1;
  }
  return -1;
}

/**
 * "Member Olson moved to approve the agenda …", "… moved that the lease be renewed, seconded by …", "… moved, seconded
 * by Member Cho, to approve …": where the motion's
 * words start and end, or undefined.
 */
function movedBy(s: Sentence): [number, number] | undefined {
  for (let k = 1; k + 2 < s.length && k < 12; k++) {
    if (s.word(k) !== 'moved') continue;
    // "Commissioner Baker moved, seconded by Commissioner Nguyen, to approve …", "It was moved and seconded to approve …".
    let j = k + 1;
    if (s.word(j) === 'and' && s.word(j + 1) === 'seconded') j += 2;
    else if (s.isMark(j, ',') && s.word(j + 1) === 'seconded') {
      let c = j + 2;
      while (c < s.length && c < j + 12 && !s.isAnyMark(c, ',;.')) c++;
      if (s.isMark(c, ',')) j = c + 1;
    }
    const from = s.word(j) === 'that' ? j + 1 : s.word(j) === 'to' && s.verb(j + 1)?.type === 'base' ? j + 1 : -1;
    if (from < 0) return undefined;
    let end = from;
    while (end < s.length && !s.isAnyMark(end, ';.') && !(s.isMark(end, ',') && s.inList(end + 1, 'motionStops'))) end++;
    return end - from >= 3 ? [from, end] : undefined;
  }
  return undefined;
}

/**
 * Where the words of the motion named at `k` start: at the verb of "motion to approve …", or at the reporting verb's
 * gerund of "motion (from Cr Doyle) calling for …" after who made it; else -1.
 */
function motionWords(s: Sentence, k: number): number {
  if (s.word(k + 1) === 'to') return s.verb(k + 2)?.type === 'base' ? k + 2 : -1;
  let j = k + 1;
  if (s.word(j) === 'from' || s.word(j) === 'by') {
    j++;
    while (j < s.length && j < k + 8 && s.isCap(j)) j++;
  }
  return s.reportingVerb(j)?.type === 'gerund' ? j : -1;
}

/**
 * The token after the result of a numbered motion at `k` ("Motion 25-07 (revisions to the grading policy) passed"),
 * its subject in parentheses passed over; else -1.
 */
function numberedMotion(s: Sentence, k: number): number {
  if (!/\d/.test(s.raw(k + 1))) return -1;
  let j = k + 2;
  if (s.isMark(j, '(')) {
    const close = s.closing(j, 16);
    if (close < 0) return -1;
    j = close + 1;
  }
  return s.inList(j, 'motionPassed') || s.inList(j, 'motionFailed') ? j + 1 : -1;
}

/** The longest line after a motion's paragraph that is read for its result ("CARRIED", "Motion carried 5-0."). */
const RESULT_LINE = 40;

/** A vote's count: "Vote 3-0", "vote: 5–2". */
const TALLY = /\bvote:? (\d{1,3}) ?[-–] ?(\d{1,3})\b/i;

/**
 * What a text says became of a motion: it failed (false) when a word says so, else it passed (true) when one says that,
 * else what a vote's count says ("Vote 3-0" passed, "Vote 2-3" failed), else undefined.
 */
export function motionVerdict(text: string, lexicon: Lexicon): boolean | undefined {
  const { motionPassed, motionFailed } = lexicon.lists;
  let passed: boolean | undefined;
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (motionFailed.has(word)) return false;
    if (motionPassed.has(word)) passed = true;
  }
  const tally = passed === undefined ? TALLY.exec(text) : null;
  return tally ? Number(tally[1]) > Number(tally[2]) : passed;
}

/** Whether the words of the paragraph from token `from` of the sentence on (or a short line after it) say the motion carried. */
function carried(s: Sentence, from: number, after: string): boolean {
  const rest = s.block.text.slice(s.offset + s.startOf(Math.min(from, s.length - 1))) + (after.length <= RESULT_LINE ? ` ${after}` : '');
  return motionVerdict(rest, s.lexicon) === true;
}

export const carriedMotion: ClauseRule<[number, number]> = {
  id: 'carried-motion',
  kind: 'clause',
  match(s, { after }) {
    if (!MOTION.test(s.text)) return undefined;
    const moved = movedMotion(s);
    if (moved > 0) {
      let end = s.length;
      while (end > moved && s.isAnyMark(end - 1, '.;:')) end--;
      return end - moved >= 3 && carried(s, end, after) ? [moved, end] : undefined;
    }
    const by = movedBy(s);
    if (by) return carried(s, by[1], after) ? by : undefined;
    for (let k = 0; k + 2 < s.length; k++) {
      if (s.word(k) !== 'motion') continue;
      // "Motion 25-07 (revisions to the grading policy) passed 30–8–4": a numbered motion and its result.
      const numbered = numberedMotion(s, k);
      if (numbered > 0) return motionVerdict(s.span(numbered - 1, s.length), s.lexicon) === true ? [k, numbered] : undefined;
      const from = motionWords(s, k);
      if (from < 0) continue;
      // The motion's words run to who made it or what became of it.
      let end = from + 1;
      while (end < s.length && !s.isAnyMark(end, ',;:.()') && !s.inList(end, 'beForms') && !s.inList(end, 'motionStops') && !s.inList(end, 'motionPassed') && !s.inList(end, 'motionFailed')) end++;
      if (end - from < 3 || !carried(s, end, after)) return undefined;
      return [from, end];
    }
    return undefined;
  },
  apply([from, to], s) {
    const finding: Finding = { type: 'entry', owner: { ref: 'sentence' }, kind: 'outcome', verb: s.verb(from)?.lemma ?? 'decide', start: s.startOf(from), end: s.endOf(to - 1), tokens: [from, to], rule: 'carried-motion' };
    return [finding];
  },
};

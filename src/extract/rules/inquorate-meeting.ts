/**
 * A meeting that could do no business (it was inquorate, cancelled or postponed) has nothing to
 * report: no groups, rather than ones made up from its agenda. A quorum that failed says so
 * wherever it is written; a cancellation counts only when its sentence is about a meeting (its
 * subject is a meeting noun), not about an item of one that was put off.
 *
 * @example
 *   The Budget Committee met on 4 March 2027 but was inquorate, and no business was transacted. The agenda included the following items: the annual accounts.
 *   => no groups
 *
 * @example
 *   The 12th meeting of the Budget Committee, scheduled for 4 March 2027, has been postponed. The agenda included the annual accounts.
 *   => no groups
 *
 * A report that says, after what was done, that the next meeting or a plenary was put off is
 * still a report (see passive-clause's examples).
 */
import type { Sentence } from '../sentence.js';
import type { SilenceRule } from './types.js';

/**
 * Whether the sentence's subject is a meeting: after determiners, ordinals, numbers and names, a meeting noun. The
 * next meeting ("The next meeting has been postponed") is another than the one reported.
 */
function aboutMeeting(s: Sentence, cue: number): boolean {
  // "Working meetings will continue, but the plenary was cancelled": the subject is the cue's clause's.
  let k = 0;
  for (let j = 0; j < cue; j++) if (s.word(j) === 'but' || s.isMark(j, ';')) k = j + 1;
  while (k < s.length && (s.is(k, 'determiners') || s.isOrdinal(k) || s.isNumber(k) || s.isCap(k) || s.isAcronym(k))) {
    if (s.is(k, 'temporalWords')) return false;
    if (k > 0 && s.is(k, 'meetingNouns')) return true;
    k++;
  }
  return s.is(k, 'meetingNouns');
}

export const inquorateMeeting: SilenceRule = {
  id: 'inquorate-meeting',
  kind: 'silence',
  match(b, { lexicon }) {
    let seen = 0;
    for (let i = 0; i < b.blocks.length && seen < 4; i++) {
      if (b.header.has(i)) continue;
      seen++;
      for (const s of b.sentences[i] ?? []) {
        for (let k = 0; k < s.length; k++) {
          if (s.phraseAt(k, lexicon.lists.inquorateCues) > 0) return 'the meeting could do no business';
          // A notice says so first; a report that goes on to say a meeting was put off has reported something before.
          if (s.index === 0 && seen <= 2 && s.phraseAt(k, lexicon.lists.cancellationCues) > 0 && aboutMeeting(s, k)) return 'the meeting was called off';
        }
      }
    }
    return undefined;
  },
};

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
 */
import type { Sentence } from '../sentence.js';
import type { SilenceRule } from './types.js';

/** Whether the sentence's subject is a meeting: after determiners, ordinals, numbers and names, a meeting noun. */
function aboutMeeting(s: Sentence): boolean {
  let k = 0;
  while (k < s.length && (s.is(k, 'determiners') || s.isOrdinal(k) || s.isNumber(k) || s.isCap(k) || s.isAcronym(k))) {
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
          if (s.phraseAt(k, lexicon.lists.cancellationCues) > 0 && aboutMeeting(s)) return 'the meeting was called off';
        }
      }
    }
    return undefined;
  },
};

/**
 * A meeting that could do no business (it was inquorate, cancelled or postponed) has nothing to
 * report: no groups, rather than ones made up from its agenda.
 *
 * @example
 *   The Budget Committee met on 4 March 2027 but was inquorate, and no business was transacted. The agenda included the following items: the annual accounts.
 *   => no groups
 */
import type { SilenceRule } from './types.js';

export const inquorateMeeting: SilenceRule = {
  id: 'inquorate-meeting',
  kind: 'silence',
  match(b, { lexicon }) {
    let seen = 0;
    for (let i = 0; i < b.blocks.length && seen < 4; i++) {
      if (b.header.has(i)) continue;
      seen++;
      for (const s of b.sentences[i] ?? []) {
        for (let k = 0; k < s.length; k++) if (s.phraseAt(k, lexicon.lists.inquorateCues) > 0) return 'the meeting could do no business';
      }
    }
    return undefined;
  },
};

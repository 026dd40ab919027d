/**
 * A notice of a meeting still to come ("Notice of Administrative Meeting", "The Chairman has
 * called a meeting on …") reports nothing done yet: it has no groups.
 *
 * @example
 *   Notice of Public Meeting
 *
 *   The Chairman has called a Public Meeting on Wednesday, December 21 at 1:30PM. The following item will be discussed: the committee structure.
 *   => no groups
 *
 * So is an agenda: a document that opens with "Agenda" lists what a meeting will consider.
 *
 * @example
 *   AGENDA
 *
 *   Regular Meeting of the Harbour Board
 *   Tuesday, 14 April 2026, 6:00 p.m.
 *
 *   1. Approval of the minutes of 10 March 2026
 *   2. Proposed mooring fee increase for 2026–27
 *   => no groups
 */
import type { SilenceRule } from './types.js';
import type { Sentence } from '../sentence.js';
import { cueIn } from '../cues.js';

/** Whether the sentence's main clause looks ahead: a cue that no past report comes before ("reported that … will be held"). */
function announces(s: Sentence, cues: Iterable<string>): boolean {
  for (let k = 0; k < s.length; k++) {
    if (s.phraseAt(k, cues) > 0) return true;
    const v = s.reportingVerb(k);
    if (v && v.type === 'past') return false;
  }
  return false;
}

export const futureNotice: SilenceRule = {
  id: 'future-notice',
  kind: 'silence',
  match(b, { lexicon }) {
    const cues = lexicon.lists.futureCues;
    if (b.title && cueIn(b.title, cues)) return `the title announces a meeting to come: "${b.title}"`;
    // "AGENDA" over "Regular Meeting of the Harbour Board": the document is the agenda of a meeting to come.
    const opening = b.blocks[0]?.text.trim().replace(/:$/, '').toLowerCase() ?? '';
    if (lexicon.lists.agendaKickers.has(opening)) return `the document opens as an agenda: "${b.blocks[0]?.text.trim() ?? ''}"`;
    for (let i = 0; i < b.blocks.length; i++) {
      if (b.header.has(i)) continue;
      const first = b.sentences[i]?.[0];
      if (first && announces(first, cues)) return 'the first sentence announces a meeting to come';
      return undefined;
    }
    return undefined;
  },
};

/**
 * When no meeting is said to be held, the reported body is the first one the lead makes the
 * subject of a reporting verb ("The WTO’s Agriculture Committee has moved to …").
 *
 * @example
 *   10 March 2026 - The Committee on Fisheries has moved to publish its members’ exchanges.
 *
 *   The committee agreed that the institute should become an observer.
 *   => outcome Committee on Fisheries: agreed that the institute should become an observer
 *
 * A kind of body's acronym alone ("The WG agreed …") is no subject of its own: it stands for the
 * body the headline names (see title-body's examples).
 */
import { subjectOf } from '../clauses.js';
import { isBareHead } from '../names.js';
import { LEAD_BLOCKS } from './held-meeting.js';
import type { MeetingRule } from './types.js';

export const leadSubject: MeetingRule = {
  id: 'lead-subject',
  kind: 'meeting',
  match(b, ctx) {
    let seen = 0;
    for (let i = 0; i < b.blocks.length && seen < LEAD_BLOCKS - 1; i++) {
      if (b.header.has(i)) continue;
      seen++;
      const sentences = b.sentences[i] ?? [];
      for (let si = 0; si < sentences.length && si < 2; si++) {
        const s = sentences[si];
        if (!s) continue;
        for (const m of b.mentions[i]?.[si] ?? []) {
          // "The WG agreed …": a kind of body's acronym alone stands for a body named elsewhere (the headline's).
          if (m.type !== 'body' || m.plural || isBareHead(m.designator, ctx.lexicon)) continue;
          const subject = subjectOf(s, m);
          if (subject?.kind && !subject.unreal && !subject.participation) return m;
        }
      }
    }
    return undefined;
  },
};

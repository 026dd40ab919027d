/**
 * When the bulletin names no meeting held and no body in its lead or headline, the one body it
 * names at all is the one whose meeting it reports: notes of a call that mention only "the next
 * meeting of the CWG" are the CWG's notes. A bulletin naming two bodies or more gets none this way.
 *
 * @example
 *   Dear All,
 *
 *   Please find below the notes from today's call.
 *
 *   Action item: Circulate the revised charter to the list (Pat)
 *
 *   Action item: Join the next meeting of Study Group 5 on 30 December (all)
 *   => outcome Study Group 5: Circulate the revised charter to the list
 */
import { registryKey } from '../../registry/index.js';
import type { MeetingRule, Mention } from './types.js';

export const onlyBody: MeetingRule = {
  id: 'only-body',
  kind: 'meeting',
  match(b) {
    let only: Mention | undefined;
    for (const block of b.mentions) {
      for (const sentence of block) {
        for (const m of sentence) {
          if (m.type !== 'body' || m.plural) continue;
          if (only && registryKey(only.id) !== registryKey(m.id)) return undefined;
          only ??= m;
        }
      }
    }
    return only;
  },
};

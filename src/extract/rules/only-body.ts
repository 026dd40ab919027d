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
 *
 * A group spoken for is no body that met:
 *
 * @example
 *   Parties adopted conclusions on research and systematic observation.
 *
 *   Statements were made by Norway on behalf of the Ferry Group.
 *   => no group Ferry Group
 */
import { registryKey } from '../../registry/index.js';
import { purposeOf } from '../clauses.js';
import { spokenFor } from '../parties.js';
import type { MeetingRule, Mention } from './types.js';

export const onlyBody: MeetingRule = {
  id: 'only-body',
  kind: 'meeting',
  match(b) {
    let only: Mention | undefined;
    let preparedFor = false;
    for (const [bi, block] of b.mentions.entries()) {
      for (const [si, sentence] of block.entries()) {
        for (const m of sentence) {
          if (m.type !== 'body' || m.plural) continue;
          // "Australia on behalf of the Umbrella Group": a group spoken for holds no meeting here.
          const s = b.sentences[bi]?.[si];
          if (s && spokenFor(s, m.start)) continue;
          if (only && registryKey(only.id) !== registryKey(m.id)) return undefined;
          only ??= m;
          preparedFor ||= s !== undefined && purposeOf(s, m);
        }
      }
    }
    // "… on preparation for the Harbour Assembly (HA-28)": a conference prepared for is not the meeting held.
    return preparedFor ? undefined : only;
  },
};

/**
 * The body a headline names is the reported one when the text says no meeting was held: "…
 * at Goods Council", "Summary of General Council meeting of 26 October 2027". A set of bodies
 * ("Working Groups and Expert Groups") is not one meeting.
 *
 * @example
 *   Members take steps towards reform at Goods Council
 *
 *   Members took concrete steps towards reform by agreeing on a series of actions to increase transparency.
 *   => outcome Goods Council: took concrete steps towards reform by agreeing on a series of actions to increase transparency
 */
import type { MeetingRule } from './types.js';

export const titleBody: MeetingRule = {
  id: 'title-body',
  kind: 'meeting',
  match(b) {
    if (b.titleBlock === undefined) return undefined;
    for (const list of b.mentions[b.titleBlock] ?? []) {
      for (const m of list) if (m.type === 'body' && !m.plural) return m;
    }
    return undefined;
  },
};

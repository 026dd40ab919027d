/**
 * A list item followed by paragraphs of its own is an agenda item of a meeting's report (the
 * item is the heading, the paragraphs say what was said on it): the item is an action of the
 * reported meeting.
 *
 * @example
 *   Summary of the Programme Board meeting of 4 May 2027
 *
 *   - Report by the Chair of the Budget Committee
 *     The Chair reported on the consultations held in April.
 *   - Eleventh Session of the Ministerial Conference
 *     The Chair reported on the preparations.
 *   => action Programme Board: Report by the Chair of the Budget Committee
 *   => action Programme Board: Eleventh Session of the Ministerial Conference
 */
import { agendaEntry } from '../items.js';
import type { BlockRule } from './types.js';

export const itemWithBody: BlockRule<true> = {
  id: 'item-with-body',
  kind: 'block',
  match(b, ctx) {
    if (b.block.kind !== 'item' || ctx.list || b.block.depth !== 1 || b.next?.itemOf !== b.index) return undefined;
    return true;
  },
  apply(_, b, ctx) {
    const entry = agendaEntry(b.block, 'action', 'consider', { ref: 'main' }, 'item-with-body', ctx.lexicon);
    return { findings: entry ? [entry] : [], consumed: true };
  },
};

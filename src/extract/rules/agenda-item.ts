/**
 * An item of a list that a sentence introduced as an agenda (see `list-intro`) is an entry of
 * the list's owner: its first words, up to 30, as written.
 *
 * @example
 *   The Steering Board met in Vienna.
 *
 *   The following issues were considered during the meeting:
 *
 *   - On the results of the autumn session of the working parties.
 *   - On the preparation of the regional proposals for the 2028 assembly.
 *   => action Steering Board: On the results of the autumn session of the working parties
 *   => action Steering Board: On the preparation of the regional proposals for the 2028 assembly
 */
import { itemEntry } from '../items.js';
import type { BlockRule } from './types.js';

export const agendaItem: BlockRule<true> = {
  id: 'agenda-item',
  kind: 'block',
  match(b, ctx) {
    if (b.block.kind !== 'item' || !ctx.list || b.block.depth !== ctx.list.depth) return undefined;
    return true;
  },
  apply(_, b, ctx) {
    const entry = itemEntry(b.block, ctx.list?.kind ?? 'action', ctx.list?.verb ?? 'consider', { ref: 'list' }, 'agenda-item');
    return { findings: entry ? [entry] : [], consumed: true };
  },
};

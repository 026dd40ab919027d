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
 *
 * An item that opens with a reporting verb in the past is of that verb's kind, whatever the
 * introduction's ("At its meeting on Tuesday, the Harbour Board:" then "- Adopted …", "- Heard …").
 *
 * @example
 *   At its regular meeting on Tuesday, the Harbour Board:
 *
 *   - Adopted an ordinance on mooring fees for the marina
 *   - Heard a presentation from the Parks Department on summer programmes
 *   => outcome Harbour Board: Adopted an ordinance on mooring fees for the marina
 *   => action Harbour Board: Heard a presentation from the Parks Department on summer programmes
 */
import { reportAt } from '../clauses.js';
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
    const s = b.sentences[0];
    const own = s ? reportAt(s, 0) : undefined;
    const verb = own?.form.type === 'past' ? { kind: own.kind, lemma: own.lemma } : { kind: ctx.list?.kind ?? 'action', lemma: ctx.list?.verb ?? 'consider' };
    const entry = itemEntry(b.block, verb.kind, verb.lemma, { ref: 'list' }, 'agenda-item', 0, own?.form.type === 'past' && s ? s.offset + s.text.length : undefined);
    return { findings: entry ? [entry] : [], consumed: true };
  },
};

/**
 * "Action item: Review comments received during the public comment forum (all)": a labelled
 * action of meeting notes is a decision of the meeting. The name of who acts, in parentheses at
 * the end, is not part of it.
 *
 * @example
 *   Notes of the Transition Working Group (TWG), 18 December
 *
 *   The TWG met by teleconference.
 *
 *   Action item: Review comments received during public comment forum (all)
 *   => outcome TWG: Review comments received during public comment forum
 */
import { itemEntry } from '../items.js';
import type { BlockRule } from './types.js';

export const labelledItem: BlockRule<number> = {
  id: 'labelled-item',
  kind: 'block',
  match(b, ctx) {
    const text = b.block.text;
    const colon = text.indexOf(':');
    if (colon < 0 || colon > 20) return undefined;
    const label = text.slice(0, colon).trim().toLowerCase();
    if (!ctx.lexicon.lists.itemLabels.has(label)) return undefined;
    let offset = colon + 1;
    while (offset < text.length && /\s/.test(text[offset] ?? '')) offset++;
    return offset;
  },
  apply(offset, b) {
    const entry = itemEntry(b.block, 'outcome', 'assign', { ref: 'focus' }, 'labelled-item', offset);
    return { findings: entry ? [entry] : [], consumed: true };
  },
};

/**
 * A list item that opens with a reporting verb in the past ("- Adopted a draft Recommendation
 * on …", after "They also:") is an entry of the body in focus; so is the operative paragraph of
 * a communiqué or a decision, in the present ("The Council, … 1. Takes note of …; 2. Decides …").
 *
 * @example
 *   The Coordination Committee (CC) met in Rome. It also:
 *
 *   - approved the revised budget for the biennium;
 *   - decided to hold its next meeting in Tunis.
 *   => outcome CC: approved the revised budget for the biennium
 *   => outcome CC: decided to hold its next meeting in Tunis
 *
 * @example
 *   The Harbour Safety Board (HSB), at its 12th meeting held on 3 May 2026,
 *
 *   1. Takes note of the report of the harbour master on the winter season;
 *
 *   2. Decides to remain seized of the matter.
 *   => action HSB: Takes note of the report of the harbour master on the winter season
 *   => outcome HSB: Decides to remain seized of the matter
 *
 * @example
 *   The Project Council (PC) met online. It also:
 *
 *   - Reviewed the security group's proposal for a disclosure policy. Ben will prepare a draft.
 *   => action PC: Reviewed the security group's proposal for a disclosure policy
 */
import { reportAt } from '../clauses.js';
import { itemEntry } from '../items.js';
import type { BlockRule } from './types.js';

export const verbLedItem: BlockRule<{ kind: 'action' | 'outcome'; lemma: string }> = {
  id: 'verb-led-item',
  kind: 'block',
  match(b) {
    const s = b.sentences[0];
    if (b.block.kind !== 'item' || b.block.depth !== 1 || !s) return undefined;
    const r = reportAt(s, 0);
    if (!r || (r.form.type !== 'past' && r.form.type !== 'present')) return undefined;
    return { kind: r.kind, lemma: r.lemma };
  },
  apply(m, b) {
    // "Reviewed the proposal. Ben will prepare a draft.": the item's first sentence is what was done.
    const first = b.sentences[0];
    const entry = itemEntry(b.block, m.kind, m.lemma, { ref: 'focus' }, 'verb-led-item', 0, first ? first.offset + first.text.length : undefined);
    return { findings: entry ? [entry] : [], consumed: true };
  },
};

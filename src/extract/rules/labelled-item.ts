/**
 * "Action item: Review comments received during the public comment forum (all)", "Decision: move to
 * beta": a labelled action or decision of meeting notes is a decision of the meeting. The name of who acts, in parentheses at
 * the end, is not part of it.
 *
 * @example
 *   Notes of the Transition Working Group (TWG), 18 December
 *
 *   The TWG met by teleconference.
 *
 *   Action item: Review comments received during public comment forum (all)
 *
 *   Decision: move the proposal to beta in release 1.36
 *
 *   AI: Mrunal to draft the blog post
 *   => outcome TWG: Review comments received during public comment forum
 *   => outcome TWG: move the proposal to beta in release 1.36
 *   => outcome TWG: Mrunal to draft the blog post
 *
 * A numbered agenda label ("Agenda item 2: …", "Item 4.1: …") gives an item the meeting considered.
 *
 * @example
 *   Journal of the 12th Plenary Meeting of the Harbour Council
 *
 *   1. Agenda item 1: REPORT BY THE HEAD OF THE FERRY SERVICE
 *   2. Agenda item 2: Review of current issues
 *   => action Harbour Council: REPORT BY THE HEAD OF THE FERRY SERVICE
 *   => action Harbour Council: Review of current issues
 */
import { itemEntry } from '../items.js';
import type { BlockRule } from './types.js';

/** Whether a label is an agenda label with the item's number ("agenda item 2", "item 4.1"). */
function agendaLabel(label: string, labels: ReadonlySet<string>): boolean {
  const space = label.lastIndexOf(' ');
  return space > 0 && /^\d{1,2}(?:\.\d{1,2})?[a-z]?$/.test(label.slice(space + 1)) && labels.has(label.slice(0, space));
}

export const labelledItem: BlockRule<{ offset: number; agenda: boolean }> = {
  id: 'labelled-item',
  kind: 'block',
  match(b, ctx) {
    const text = b.block.text;
    const colon = text.indexOf(':');
    if (colon < 0 || colon > 20) return undefined;
    const label = text.slice(0, colon).trim().toLowerCase();
    const agenda = agendaLabel(label, ctx.lexicon.lists.agendaLabels);
    let offset = colon + 1;
    while (offset < text.length && /\s/.test(text[offset] ?? '')) offset++;
    // "Decision: ship with the new filter": a decision in the verb's plain form, in lower case.
    const decision = ctx.lexicon.lists.decisionLabels.has(label) && /^\p{Ll}/u.test(text.slice(offset));
    if (!agenda && !decision && !ctx.lexicon.lists.itemLabels.has(label)) return undefined;
    return { offset, agenda };
  },
  apply(m, b) {
    const entry = m.agenda ? itemEntry(b.block, 'action', 'consider', { ref: 'focus' }, 'labelled-item', m.offset) : itemEntry(b.block, 'outcome', 'assign', { ref: 'focus' }, 'labelled-item', m.offset);
    return { findings: entry ? [entry] : [], consumed: true };
  },
};

/**
 * An item of an action summary: its subject, then a label and the verdict ("ITEM 1 – Conditional
 * use permit for a restaurant. ACTION: Approved 6-0."). The subject is the entry, of the kind the
 * verdict's verb gives ("Approved", "Recommended approval", "Received a presentation"); a verdict
 * that opens with no verb of the past, or says the item failed or was tabled, gives none.
 *
 * @example
 *   HARBOUR COMMISSION ACTION SUMMARY
 *   Thursday, May 7, 2027
 *
 *   ITEM 1 – 12 Pier Road, permit for a ferry kiosk. ACTION: Approved 6-0.
 *
 *   ITEM 2 – Amendment to the mooring ordinance. ACTION: Recommended approval to the Harbour Council, 5-1.
 *
 *   ITEM 3 – Harbour District plan workshop. ACTION: Received staff presentation; no action taken.
 *
 *   ITEM 4 – Extension of the north pier. ACTION: Tabled to June 4.
 *   => outcome HARBOUR COMMISSION: 12 Pier Road, permit for a ferry kiosk
 *   => outcome HARBOUR COMMISSION: Amendment to the mooring ordinance
 *   => action HARBOUR COMMISSION: Harbour District plan workshop
 *   => no outcome HARBOUR COMMISSION: Extension of the north pier
 *   => no action HARBOUR COMMISSION: Extension of the north pier
 */
import type { EntryKind } from '../../lexicon/index.js';
import { agendaLabel, itemEntry } from '../items.js';
import { motionVerdict } from './carried-motion.js';
import type { BlockRule } from './types.js';

/** An agenda item's label and number before its subject, and the mark after them ("ITEM 1 – ", "Item 4.2: "). */
const ITEM_LABEL = /^\s*(\p{L}+(?: \p{L}+)?)\s+(\d{1,3}(?:\.\d{1,2})?[a-z]?)\s*[–—:.-]\s*/iu;

/** How many colons of a block are looked at for the verdict's label. */
const MAX_COLONS = 4;

export const actionVerdict: BlockRule<{ from: number; until: number; kind: EntryKind; lemma: string }> = {
  id: 'action-verdict',
  kind: 'block',
  match(b, ctx) {
    const text = b.block.text;
    const labels = ctx.lexicon.lists.verdictLabels;
    let colon = text.indexOf(':');
    for (let n = 0; colon > 0 && n < MAX_COLONS; n++, colon = text.indexOf(':', colon + 1)) {
      // The label starts after the subject's sentence: "… for a restaurant. ACTION:".
      const stop = Math.max(text.lastIndexOf('. ', colon), text.lastIndexOf('; ', colon));
      if (stop <= 0) continue;
      const label = text.slice(stop + 2, colon).trim().toLowerCase();
      if (!labels.has(label)) continue;
      const verdict = text.slice(colon + 1).trim();
      const first = /^\p{L}+/u.exec(verdict)?.[0].toLowerCase() ?? '';
      const form = ctx.lexicon.verbs.get(first);
      if (!form || form.type !== 'past' || form.kind === undefined || motionVerdict(verdict, ctx.lexicon) === false) return undefined;
      const item = ITEM_LABEL.exec(text);
      const from = item && agendaLabel(`${item[1] ?? ''} ${item[2] ?? ''}`.toLowerCase(), ctx.lexicon.lists.agendaLabels) ? item[0].length : 0;
      return from < stop ? { from, until: stop, kind: form.kind, lemma: form.lemma } : undefined;
    }
    return undefined;
  },
  apply(m, b) {
    const entry = itemEntry(b.block, m.kind, m.lemma, { ref: 'focus' }, 'action-verdict', m.from, m.until);
    return { findings: entry ? [entry] : [], consumed: true };
  },
};

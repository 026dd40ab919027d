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
 *
 * The verdict may stand on the line under its item.
 *
 * @example
 *   HARBOUR BOARD
 *   ACTION SUMMARY
 *   Regular Meeting of December 1, 2027
 *
 *   Item 6.1 Approval of the Consent Agenda
 *   Action: Approved 7-0
 *
 *   Item 7.3 Resolution No. 27-44 on Ferry Fares
 *   Action: Tabled to January 12, 2028
 *
 *   Item 8.1 Presentation on Harbour Traffic Data
 *   Action: Received, no action taken
 *   => outcome HARBOUR BOARD: Approval of the Consent Agenda
 *   => action HARBOUR BOARD: Presentation on Harbour Traffic Data
 *   => no outcome HARBOUR BOARD: Approved 7-0
 *   => no outcome HARBOUR BOARD: Resolution No. 27-44 on Ferry Fares
 */
import type { EntryKind, Lexicon } from '../../lexicon/index.js';
import { agendaLabel, itemEntry, openingVerb } from '../items.js';
import { motionVerdict } from './carried-motion.js';
import type { BlockRule } from './types.js';

/** An agenda item's label and number before its subject, and the mark after them ("ITEM 1 – ", "Item 4.2: "). */
const ITEM_LABEL = /^\s*(\p{L}+(?: \p{L}+)?)\s+(\d{1,3}(?:\.\d{1,2})?[a-z]?)\s*[–—:.-]\s*/iu;

/** So without the mark, before a capitalised subject ("Item 6.1 Approval of the Consent Agenda"). */
const BARE_ITEM_LABEL = /^\s*(\p{L}+)\s+(\d{1,3}(?:\.\d{1,2})?[a-z]?)\s+(?=\p{Lu})/u;

/** How many colons of a block are looked at for the verdict's label. */
const MAX_COLONS = 4;

/** An agenda item's label and number that open a text ("Item 6.1 ", "ITEM 1 – "), or undefined. */
function itemLabelOf(text: string, lexicon: Lexicon): RegExpExecArray | undefined {
  const item = BARE_ITEM_LABEL.exec(text) ?? ITEM_LABEL.exec(text);
  return item && agendaLabel(`${item[1] ?? ''} ${item[2] ?? ''}`.toLowerCase(), lexicon.lists.agendaLabels) ? item : undefined;
}

/** A verdict line's words after its label ("Action: Approved 7-0" → "Approved 7-0"), or undefined for another line. */
function verdictLine(text: string, labels: ReadonlySet<string>): string | undefined {
  const colon = text.indexOf(':');
  return colon > 0 && colon <= 20 && labels.has(text.slice(0, colon).trim().toLowerCase()) ? text.slice(colon + 1).trim() : undefined;
}

/** What a verdict says was done ("Approved 6-0", "Received staff presentation"), or undefined when it failed, was tabled or opens with no verb of the past. */
function verdictOf(verdict: string, lexicon: Lexicon): { kind: EntryKind; lemma: string } | undefined {
  const form = openingVerb(verdict, lexicon);
  if (!form || form.type !== 'past' || form.kind === undefined || motionVerdict(verdict, lexicon) === false) return undefined;
  return { kind: form.kind, lemma: form.lemma };
}

/** A block read with the item it belongs to, or an item whose verdict decided nothing: no entry. */
const NO_ENTRY = { from: 0, until: 0, kind: 'outcome', lemma: 'decide' } as const;

export const actionVerdict: BlockRule<{ from: number; until: number; kind: EntryKind; lemma: string }> = {
  id: 'action-verdict',
  kind: 'block',
  match(b, ctx) {
    const text = b.block.text;
    const labels = ctx.lexicon.lists.verdictLabels;
    // "Item 7.2 Adoption of the budget calendar" over "Action: Approved 6-1": the verdict on the line after the item.
    const own = verdictLine(text, labels);
    const item = itemLabelOf(text, ctx.lexicon);
    const below = item && b.next ? verdictLine(b.next.text, labels) : undefined;
    if (below !== undefined && item) {
      const verdict = verdictOf(below, ctx.lexicon);
      return verdict ? { from: item[0].length, until: text.trimEnd().length, ...verdict } : NO_ENTRY;
    }
    // The verdict's own line under its item is read with the item.
    if (own !== undefined && itemLabelOf(b.previous?.text ?? '', ctx.lexicon)) return NO_ENTRY;
    let colon = text.indexOf(':');
    for (let n = 0; colon > 0 && n < MAX_COLONS; n++, colon = text.indexOf(':', colon + 1)) {
      // The label starts after the subject's sentence: "… for a restaurant. ACTION:".
      const stop = Math.max(text.lastIndexOf('. ', colon), text.lastIndexOf('; ', colon));
      if (stop <= 0) continue;
      const label = text.slice(stop + 2, colon).trim().toLowerCase();
      if (!labels.has(label)) continue;
      const verdict = verdictOf(text.slice(colon + 1).trim(), ctx.lexicon);
      if (!verdict) return undefined;
      const from = item ? item[0].length : 0;
      return from < stop ? { from, until: stop, ...verdict } : undefined;
    }
    return undefined;
  },
  apply(m, b) {
    const entry = itemEntry(b.block, m.kind, m.lemma, { ref: 'focus' }, 'action-verdict', m.from, m.until);
    return { findings: entry ? [entry] : [], consumed: true };
  },
};

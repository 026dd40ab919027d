/**
 * A line in headline case ("Council Urgently Establishes Group of Experts, Extends 11
 * Mandates") restates what the text below reports: it gives no entries of its own.
 *
 * @example
 *   Council Concludes Session after Adopting 12 Resolutions
 *
 *   Council Urgently Establishes Panel of Experts
 *
 *   The Council on Rights today concluded its session after adopting 12 resolutions.
 *   => no outcome Council on Rights: Urgently Establishes Panel of Experts
 *
 * @example
 *   Council Ends Session
 *
 *   Council Urgently Establishes Group of Three Independent Experts on the Situation of Human Rights in Narnia, Extends 11 Country and Four Thematic Mandates
 *
 *   The Council on Rights today concluded its session after adopting 12 resolutions.
 *   => no outcome Council on Rights: Urgently Establishes Group of Three Independent Experts on the Situation of Human Rights in Narnia
 *
 * @example
 *   Press release
 *
 *   Committee on Charities recommends 23 groups for consultative status, defers action on 48 others
 *
 *   The Committee on Charities today recommended 23 organizations for special consultative status.
 *   => no outcome Committee on Charities: recommends 23 groups for consultative status, defers action on 48 others
 */
import { headingLike } from './section-heading.js';
import { agendaLabel } from '../items.js';
import type { Block } from '../../segment/blocks.js';
import type { BlockRule, BlockView, Mention } from './types.js';

/** Whether most words of four letters or more are capitalised. */
function headlineCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  if (words.length < 3) return false;
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitals / words.length >= 0.75;
}

/** Whether a one-sentence line reports in the present tense, as headlines do ("Committee recommends 23 groups, defers …"). */
function presentReport(b: BlockView, mentions: readonly Mention[]): boolean {
  const s = b.sentences[0];
  if (!s || b.sentences.length !== 1) return false;
  // The verb follows a body's name ("Committee on … Organizations recommends"): "Review comments received" is no headline.
  for (const m of mentions) if (s.reportingVerb(m.end)?.type === 'present') return true;
  return false;
}

/** A paragraph of one line without a closing mark, longer than a heading (a deck under the headline). */
function oneLongLine(block: Block): boolean {
  const text = block.text.trim();
  return block.kind === 'paragraph' && !text.includes('\n') && text.length <= 240 && !/[.;:!?]$/.test(text);
}

export const headlineLine: BlockRule<true> = {
  id: 'headline-line',
  kind: 'block',
  match(b, ctx) {
    if (!(headingLike(b.block) || oneLongLine(b.block))) return undefined;
    // "Agenda item 2: REPORT BY THE HEAD OF MISSION": an agenda item's title in capitals is no headline (see labelled-item).
    const colon = b.block.text.indexOf(':');
    if (colon > 0 && colon <= 20 && agendaLabel(b.block.text.slice(0, colon).trim().toLowerCase(), ctx.lexicon.lists.agendaLabels)) return undefined;
    return headlineCase(b.block.text) || presentReport(b, ctx.mentions[0] ?? []) ? true : undefined;
  },
  apply() {
    return { findings: [], consumed: true };
  },
};

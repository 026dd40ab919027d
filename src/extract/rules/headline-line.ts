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
 */
import { headingLike } from './section-heading.js';
import type { Block } from '../../segment/blocks.js';
import type { BlockRule } from './types.js';

/** Whether most words of four letters or more are capitalised. */
function headlineCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  if (words.length < 3) return false;
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitals / words.length >= 0.75;
}

/** A paragraph of one line without a closing mark, longer than a heading (a deck under the headline). */
function oneLongLine(block: Block): boolean {
  const text = block.text.trim();
  return block.kind === 'paragraph' && !text.includes('\n') && text.length <= 240 && !/[.;:!?]$/.test(text);
}

export const headlineLine: BlockRule<true> = {
  id: 'headline-line',
  kind: 'block',
  match(b) {
    return (headingLike(b.block) || oneLongLine(b.block)) && headlineCase(b.block.text) ? true : undefined;
  },
  apply() {
    return { findings: [], consumed: true };
  },
};

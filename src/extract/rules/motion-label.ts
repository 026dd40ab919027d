/**
 * A motion written as a label and its words, with its result on a line of its own: "Motion #1:
 * Approve the TGbn draft D1.0 for letter ballot." … "Result: Y/N/A 156/12/20 – Motion passes." A
 * motion that passed is the meeting's decision, from its verb; one that failed, or whose result
 * the next lines do not give, decides nothing.
 *
 * @example
 *   Harbour Board closing report, 14 November 2027
 *
 *   The Harbour Board met in Bergen.
 *
 *   Motion #1: Approve the dredging plan for public comment.
 *   Moved: Ana Lima; Seconded: Bo Berg
 *   Result: Y/N/A 15/1/2 – Motion passes.
 *
 *   Motion #2: Extend the ferry season to November.
 *   Result: Motion fails.
 *
 *   Motion 3: Adopt the budget for 2028.
 *
 *   Motion: To approve the harbour master's report. Result: Approved (14-0-2).
 *   => outcome Harbour Board: Approve the dredging plan for public comment
 *   => outcome Harbour Board: approve the harbour master's report
 *   => no outcome Harbour Board: Extend the ferry season to November
 *   => no outcome Harbour Board: Adopt the budget for 2028
 *
 * Who moved it is no part of the motion.
 *
 * @example
 *   Harbour Planning Commission minutes, 12 November 2027
 *
 *   MOTION: Commissioner Ortega moved to approve the minutes of October 22, 2027. Commissioner Kim seconded.
 *   VOTE: 4-0. Motion carried.
 *   => outcome Harbour Planning Commission: approve the minutes of October 22, 2027
 */
import type { Block } from '../../segment/blocks.js';
import { stripEnd } from '../../segment/tokens.js';
import type { Lexicon } from '../../lexicon/index.js';
import { openingVerb } from '../items.js';
import { motionVerdict } from './carried-motion.js';
import type { BlockRule } from './types.js';

/** A motion's label: "Motion:", "Motion #1:", "Motion 3:". */
const LABEL = /^Motion(?: #?\d{1,3})?:\s+/i;

/** Who moved the motion, before its words: "Commissioner Ortega moved ", "Cr Brown moved that ". */
const MOVER = /^(?:\p{Lu}[\p{L}.'’-]* ){1,4}moved (?:that )?/u;

/** How many blocks after the motion are read for its result. */
const RESULT_BLOCKS = 3;

/** Where a result's label starts in a line ("Result: …", "… ballot. Result: Approved"), or -1. */
function resultAt(line: string, labels: ReadonlySet<string>): number {
  const lower = line.toLowerCase();
  for (const label of labels) {
    const k = lower.indexOf(`${label}:`);
    if (k === 0 || (k > 0 && /[\s.;]/.test(lower[k - 1] ?? ''))) return k;
  }
  return -1;
}

/** Whether a line gives a result that passed (true), failed (false), or none (undefined). */
function resultOf(text: string, lexicon: Lexicon): boolean | undefined {
  const at = resultAt(text, lexicon.lists.resultLabels);
  return at < 0 ? undefined : motionVerdict(text.slice(text.indexOf(':', at) + 1), lexicon);
}

export const motionLabel: BlockRule<{ offset: number; until: number }> = {
  id: 'motion-label',
  kind: 'block',
  match(b, ctx) {
    const m = LABEL.exec(b.block.text);
    if (!m) return undefined;
    // The result is on one of the lines after, before the next motion.
    const lines: string[] = [];
    for (const block of [b.block, ...b.following.slice(0, RESULT_BLOCKS)] as Block[]) {
      if (block !== b.block && LABEL.test(block.text)) break;
      lines.push(...block.text.split('\n'));
    }
    for (const line of lines) {
      const result = resultOf(line, ctx.lexicon);
      if (result === false) return undefined;
      if (result === true) {
        // "Motion: To approve …": the motion's words from its verb, up to its result when the same line gives it.
        // "MOTION: Commissioner Ortega moved to approve …": the mover is no part of what was moved.
        const rest = b.block.text.slice(m[0].length);
        const mover = MOVER.exec(rest)?.[0].length ?? 0;
        const offset = m[0].length + mover + (/^to\s/i.test(rest.slice(mover)) ? 3 : 0);
        const own = resultAt(b.block.text, ctx.lexicon.lists.resultLabels);
        return { offset, until: own > offset ? own : b.block.text.length };
      }
    }
    return undefined;
  },
  apply(m, b, ctx) {
    const first = b.sentences[0];
    const until = Math.min(first ? first.offset + first.text.length : b.block.text.length, m.until);
    const text = stripEnd(b.block.text.slice(m.offset, until), ' \t\n.;');
    if (!text.includes(' ')) return { findings: [], consumed: true };
    // "approve the minutes …": the motion's verb, when it opens with one.
    const verb = openingVerb(text, ctx.lexicon)?.lemma ?? 'decide';
    return { findings: [{ type: 'entry', owner: { ref: 'focus' }, kind: 'outcome', verb, start: m.offset, end: m.offset + text.length, tokens: [0, 0], rule: 'motion-label' }], consumed: true };
  },
};

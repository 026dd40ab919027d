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
 * A decision's label with a colon opens no verb-led item: the sentence after it is read.
 *
 * @example
 *   Harbour Project Steering Committee meeting, 14 March 2027
 *
 *   - Discussed the proposal to add two seats for maintainers.
 *   - Resolved: The committee approves the updated code of conduct.
 *   => action Harbour Project Steering Committee: Discussed the proposal to add two seats for maintainers
 *   => outcome Harbour Project Steering Committee: approves the updated code of conduct
 *
 * @example
 *   The Project Council (PC) met online. It also:
 *
 *   - Reviewed the security group's proposal for a disclosure policy. Ben will prepare a draft.
 *   => action PC: Reviewed the security group's proposal for a disclosure policy
 *
 * So does a resolution's list after "That Council:":
 *
 * @example
 *   Harbour Council minutes, 10 June 2027
 *
 *   RESOLVED (Cr Singh / Cr Brown)
 *
 *   That Council:
 *
 *   1. Notes the submissions received during public exhibition.
 *
 *   2. Adopts the planning proposal for 45 Pier Road.
 *   => action Harbour Council: Notes the submissions received during public exhibition
 *   => outcome Harbour Council: Adopts the planning proposal for 45 Pier Road
 *
 * A plural noun that is a verb's form too, before its own verb, leads no item.
 *
 * @example
 *   The Harbour Board met on 3 May 2027.
 *
 *   - Reports were received from the pilots; the Board discussed the dredging plan.
 *   => no action Harbour Board: Reports were received from the pilots; the Board discussed the dredging plan
 *
 * A list item that names a proposal and then its verdict alone is that decision:
 *
 * @example
 *   The Harbour Board met on 3 May 2027.
 *
 *   - Establish the Ferry Heritage Fund: approved by unanimous vote.
 *   - Extend the pier lease: tabled until June.
 *   - Minutes: approved the minutes of April.
 *   - Resolutions.
 *     - Change the Ferry Fund Chair: approved by unanimous vote.
 *   => outcome Harbour Board: Establish the Ferry Heritage Fund
 *   => outcome Harbour Board: Change the Ferry Fund Chair
 *   => no outcome Harbour Board: Extend the pier lease
 *
 * An item that opens with a word alone is labelled by it; its sentences are read as they are.
 *
 * @example
 *   The Harbour Board met on 3 May 2027.
 *
 *   1. Reports. The Board received the harbour master's report.
 *   2. Adopted the dredging plan for 2028.
 *   => action Harbour Board: received the harbour master's report
 *   => outcome Harbour Board: Adopted the dredging plan for 2028
 *
 * In a table row ("Item | Decision"), the cell that opens with the verb is the entry; when that
 * cell is a verdict alone ("Minutes of 10 September | Approved"), the row's item is; a first cell
 * that names a body alone ("WP1/17 | Agreed the new Question structure") gives the row to that body
 * (see the entries tests: examples here are read as plain text).
 *
 * Notes under a body's heading may open with the verb, without a subject:
 *
 * @example
 *   Spring cluster
 *
 *   Harbour Working Group (HWG)
 *
 *   Discussed the financial situation of the port. Members asked for options.
 *
 *   Adopted in 2019, the plan was reviewed. Attached you will find the transcript.
 *   => action HWG: Discussed the financial situation of the port
 *   => no action HWG: Adopted in 2019
 *   => no action HWG: Attached you will find the transcript
 */
import { reportAt } from '../clauses.js';
import { itemEntry } from '../items.js';
import type { Sentence } from '../sentence.js';
import type { Block } from '../../segment/blocks.js';
import type { BlockRule, Mention } from './types.js';

/** The first token of a table row's cell that opens with a reporting verb ("Budget 2026-27 | Approved the budget …"), or -1. */
function verbCell(s: Sentence): number {
  for (let k = 1; k < s.length; k++) {
    if (!s.isMark(k, '|')) continue;
    const r = reportAt(s, k + 1);
    if (r && (r.form.type === 'past' || r.form.type === 'present')) return k + 1;
  }
  return -1;
}

/** The token that ends the table cell starting at `at`: the next "|", or the sentence's end. */
function cellEnd(s: Sentence, at: number): number {
  let k = at;
  while (k < s.length && !s.isMark(k, '|')) k++;
  return k;
}

/** A later cell written as a headline's passive ("WRC-27 AI 1.5 | Preliminary CEPT position agreed"): its first token and what it reports. */
function participleCell(s: Sentence): { at: number; kind: 'action' | 'outcome'; lemma: string } | undefined {
  for (let k = 1; k < s.length; k++) {
    if (!s.isMark(k, '|') || !s.isCap(k + 1)) continue;
    let e = cellEnd(s, k + 1);
    while (e > k + 1 && s.isAnyMark(e - 1, '.;')) e--;
    const r = e - k - 1 >= 2 && e - k - 1 <= 8 ? s.reportingVerb(e - 1) : undefined;
    if (r?.type === 'past' && r.kind) return { at: k + 1, kind: r.kind, lemma: r.lemma };
  }
  return undefined;
}

/**
 * Whether the cell at `at` is a verdict alone ("Approved", "Approved as amended", "Received", "Approved (7-0)"): the
 * row's item is what it decided. A vote's count is no word of it.
 */
function verdictOnly(s: Sentence, at: number): boolean {
  if (s.is(at + 1, 'determiners') || s.isPossessive(at + 1)) return false;
  const end = cellEnd(s, at + 1);
  let words = 0;
  for (let k = at + 1; k < end; k++) if (s.isWord(k) && !s.isNumber(k) && !/\d/.test(s.raw(k))) words++;
  return words <= 2;
}

/**
 * Where the label of "Label: verdict" ends, when the verdict is a decision alone ("Change the
 * Project Chair: approved by unanimous vote"): the label is what was decided; else undefined.
 */
function labelBeforeVerdict(s: Sentence): { colon: number; kind: 'action' | 'outcome'; lemma: string } | undefined {
  let colon = 2;
  while (colon < s.length && colon <= 16 && !s.isMark(colon, ':')) {
    if (!s.isWord(colon) && !s.isAnyMark(colon, '-–\'’')) return undefined;
    colon++;
  }
  if (!s.isMark(colon, ':')) return undefined;
  const r = reportAt(s, colon + 1);
  if (!r || r.kind !== 'outcome' || r.form.type !== 'past') return undefined;
  // "approved by unanimous vote", "adopted as amended": no object of its own.
  let end = colon + 2;
  while (end < s.length && s.isWord(end)) end++;
  if (end - colon - 2 > 4 || s.is(colon + 2, 'determiners') || s.isPossessive(colon + 2)) return undefined;
  return { colon, kind: r.kind, lemma: r.lemma };
}

/** The body a table row's first cell names and nothing else ("WP1/17", "Working Party 2"), if it does. */
function cellBody(s: Sentence, mentions: readonly Mention[], cellEnd: number): Mention | undefined {
  const m = mentions[0];
  if (!m || m.type !== 'body' || m.plural || m.start > (s.is(0, 'determiners') ? 1 : 0)) return undefined;
  return s.endOf(m.end - 1) === cellEnd || s.isMark(m.end, '|') ? m : undefined;
}

/** Where a row's item starts: its first cell, or the second when the first is a number or a reference ("25/41", "4.2"). */
function itemCell(block: Block): number {
  const end = block.firstCellEnd ?? 0;
  if (end === 0 || /\p{L}/u.test(block.text.slice(0, end))) return 0;
  const second = end + ' | '.length;
  return block.text.indexOf(' | ', second) > second ? second : 0;
}

/** A paragraph that opens with a capitalised past reporting verb and reads on as its clause ("Discussed the budget."), not a participle's phrase ("Adopted in 2019, the plan …"). */
function notesSentence(s: Sentence): { kind: 'action' | 'outcome'; lemma: string; at: number } | undefined {
  const r = reportAt(s, 0);
  if (!r || r.form.type !== 'past' || !s.isCap(0) || (!s.isLower(1) && !s.is(1, 'determiners'))) return undefined;
  // "Attached you will find …" has a subject after all; "Adopted the following decision:" introduces what follows.
  // "Moved by Member Ahmed, …" is a motion's (see carried-motion).
  if (s.is(2, 'modalVerbs') || s.is(2, 'auxiliaries') || s.word(1) === 'by' || s.text.trimEnd().endsWith(':')) return undefined;
  for (let k = 1; k < s.length; k++) if (s.isMark(k, ',') && (s.is(k + 1, 'determiners') || s.isCap(k + 1))) return undefined;
  return { kind: r.kind, lemma: r.lemma, at: 0 };
}

export const verbLedItem: BlockRule<{ kind: 'action' | 'outcome'; lemma: string; at: number; until?: number }> = {
  id: 'verb-led-item',
  kind: 'block',
  match(b) {
    const s = b.sentences[0];
    if (!s) return undefined;
    // "Discussed the financial situation of the Union.": notes under a body's heading, a past verb and no subject.
    if (b.block.kind === 'paragraph') return notesSentence(s);
    if (b.block.kind !== 'item') return undefined;
    // "Establish the Harbour Fund: approved by unanimous vote.", at any depth (under "Resolutions.").
    const labelled = b.block.firstCellEnd === undefined ? labelBeforeVerdict(s) : undefined;
    if (labelled) return { kind: labelled.kind, lemma: labelled.lemma, at: s.offset, until: s.offset + s.startOf(labelled.colon) };
    if (b.block.depth !== 1) return undefined;
    // A table row: the cell that says what was decided ("Item | Decision").
    // "Report of the Budget Committee | Received": a first cell that opens with a noun that is a verb's form too.
    // "Resolved: The SC approves …", "Agreed: …": a decision's label is no verb (see labelled-item); the sentence after it is read.
    if (s.isMark(1, ':') && s.inList(0, 'decisionLabels')) return undefined;
    const opening = reportAt(s, 0);
    const cell = b.block.firstCellEnd !== undefined && opening?.form.type !== 'past' ? verbCell(s) : 0;
    if (cell < 0 && !opening) {
      const passive = participleCell(s);
      return passive ? { kind: passive.kind, lemma: passive.lemma, at: s.offset + s.startOf(passive.at) } : undefined;
    }
    const at = Math.max(cell, 0);
    const r = reportAt(s, at);
    if (!r || (r.form.type !== 'past' && r.form.type !== 'present')) return undefined;
    // "1. Reports. The Board received …": a word alone is the item's label, and what follows is read as sentences.
    if (at === 0 && s.isMark(1, '.')) return undefined;
    // "- Reports were received from 42 projects": a plural noun before its verb, not a verb.
    if (r.form.type === 'present' && (s.inList(at + 1, 'beForms') || s.is(at + 1, 'auxiliaries') || (s.is(at + 1, 'modalVerbs') && s.word(at + 1) !== 'to'))) return undefined;
    // "Minutes of 10 September | Approved": the item the verdict is on; after a number ("25/41 | Minutes … | Approved"), the next cell.
    const verdict = at > 0 && verdictOnly(s, at);
    return { kind: r.kind, lemma: r.lemma, at: verdict ? itemCell(b.block) : s.offset + s.startOf(at) };
  },
  apply(m, b, ctx) {
    // "Reviewed the proposal. Ben will prepare a draft.": the item's first sentence is what was done.
    const first = b.sentences[0];
    const sentenceEnd = first ? first.offset + first.text.length : b.block.text.length;
    // A later cell of a table row ends at the next one.
    const nextCell = m.at > 0 ? b.block.text.indexOf(' | ', m.at) : -1;
    const until = m.until ?? (nextCell > 0 ? Math.min(nextCell, sentenceEnd) : sentenceEnd);
    // "WP1/17 | Agreed the new Question structure": a first cell that names a body alone says whose the row is.
    const owner = m.at > 0 && b.block.firstCellEnd !== undefined && first ? cellBody(first, ctx.mentions[0] ?? [], b.block.firstCellEnd - first.offset) : undefined;
    const entry = itemEntry(b.block, m.kind, m.lemma, owner ? { mention: owner } : { ref: 'focus' }, 'verb-led-item', m.at, until);
    return { findings: entry ? [entry] : [], consumed: true };
  },
};

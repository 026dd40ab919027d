/**
 * A heading (or a heading-like line of plain text) that names a body opens a section about that
 * body: "The Council …" under "Agriculture and Fisheries Council" is that council. A date or a
 * dash after the name does not matter (`Foreign Affairs Council - 10-13/12/2027`).
 *
 * @example
 *   Meetings of the week
 *
 *   Agriculture and Fisheries Council
 *
 *   The Council reached a political agreement on catch limits for 2028.
 *   => outcome Agriculture and Fisheries Council: reached a political agreement on catch limits for 2028
 *
 * A body's acronym and its name after a colon or a dash head its section too, and an attendance
 * list in the section is that body's:
 *
 * @example
 *   Autumn cluster of harbour working groups
 *
 *   CWG-HF: Harbour Fees
 *
 *   The group agreed to submit the draft schedule to the Council.
 *
 *   Participants: Norway, Denmark and Finland.
 *
 *   EG-SAFE: Expert Group on Safety
 *
 *   Experts reviewed incident statistics for 2024.
 *   => outcome CWG-HF: agreed to submit the draft schedule to the Council
 *   => name CWG-HF: Harbour Fees
 *   => participant CWG-HF: Norway
 *   => action EG-SAFE: reviewed incident statistics for 2024
 *   => no participant EG-SAFE: Norway
 *
 * A part of the meeting named in lower case ("Management segment", "Opening session") heads no body's section.
 *
 * @example
 *   Economic and Social Council
 *   2027 session
 *   Management segment
 *   Summary record of the 12th meeting
 *
 *   The meeting was called to order at 10.10 a.m.
 *
 *   Draft resolution E/2027/L.3 was adopted.
 *   => no group Management segment
 */
import type { Block } from '../../segment/blocks.js';
import type { BlockRule, Mention } from './types.js';

/** Whether a block reads as a heading: a heading node, or one short line without a sentence's end. */
export function headingLike(block: Block): boolean {
  if (block.kind === 'heading') return true;
  if (block.kind !== 'paragraph') return false;
  const text = block.text.trim();
  if (text.includes('\n') || text.length > 120 || /[.;:,!?]$/.test(text)) return false;
  return text.split(/\s+/).length <= 14;
}

export const sectionHeading: BlockRule<Mention> = {
  id: 'section-heading',
  kind: 'block',
  match(b, ctx) {
    if (!headingLike(b.block) || b.sentences.length !== 1) return undefined;
    const s = b.sentences[0];
    const mentions = ctx.mentions[0] ?? [];
    const m = mentions[0];
    if (!s || !m || m.type !== 'body' || m.plural || m.start !== 0) return undefined;
    // "Management segment", "Opening session": a part of the meeting, no body's section.
    if (s.is(m.end - 1, 'meetingNouns') && s.isLower(m.end - 1)) return undefined;
    // "CWG-HF: Harbour Fees": the body's name after its acronym and a colon or a dash.
    if (s.isAnyMark(m.end, ':–—-') && ctx.definitions.get(m.designator)?.longForm === s.span(m.end + 1, s.length)) return m;
    // The rest is a date, a dash or nothing: the heading is the body's name.
    for (let k = m.end; k < s.length; k++) if (s.isWord(k) && !s.isNumber(k) && !s.lexicon.months.has(s.word(k))) return undefined;
    return m;
  },
  apply(m) {
    return { findings: [{ type: 'focus', owner: { mention: m }, rule: 'section-heading' }], consumed: true };
  },
};

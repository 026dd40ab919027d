/**
 * An item of a list that a sentence introduced as an agenda (see `list-intro`) is an entry of
 * the list's owner: its first words, up to 30, as written.
 *
 * @example
 *   The Steering Board met in Vienna.
 *
 *   The following issues were considered during the meeting:
 *
 *   - On the results of the autumn session of the working parties.
 *   - On the preparation of the regional proposals for the 2028 assembly.
 *   - The HRC work programme for 2029.
 *   => action Steering Board: On the results of the autumn session of the working parties
 *   => action Steering Board: On the preparation of the regional proposals for the 2028 assembly
 *   => action Steering Board: The HRC work programme for 2029
 *
 * An item of the meeting's own procedure ("Adoption of the agenda", "Any other business") reports no work.
 *
 * @example
 *   The Steering Board met in Vienna. The agenda included the following items:
 *
 *   - Approval of the agenda, calendar and distribution of documents;
 *   - Establishment of a drafting group for the final report;
 *   - Other questions.
 *   => action Steering Board: Establishment of a drafting group for the final report
 *   => no action Steering Board: Approval of the agenda, calendar and distribution of documents
 *   => no action Steering Board: Other questions
 *
 * An item that opens with a reporting verb in the past is of that verb's kind, whatever the
 * introduction's ("At its meeting on Tuesday, the Harbour Board:" then "- Adopted …", "- Heard …").
 *
 * @example
 *   At its regular meeting on Tuesday, the Harbour Board:
 *
 *   - Adopted an ordinance on mooring fees for the marina; and
 *   - Heard a presentation from the Parks Department on summer programmes
 *   => outcome Harbour Board: Adopted an ordinance on mooring fees for the marina
 *   => action Harbour Board: Heard a presentation from the Parks Department on summer programmes
 *
 * So is an item that says in the passive what was done ("Report 360 was adopted"); one that says it was not ("no
 * agreement was reached") keeps the list's kind.
 *
 * @example
 *   The Steering Board met in Vienna. The following issues were considered:
 *
 *   - The dredging fees, on which no agreement was reached.
 *   => action Steering Board: The dredging fees, on which no agreement was reached
 *   => no outcome Steering Board: The dredging fees, on which no agreement was reached
 *
 *
 * @example
 *   The Harbour Board met in Oslo. Main decisions:
 *
 *   - The report on mooring fees was adopted.
 *   - The dredging plan was discussed.
 *   - The Board approved the budget for 2027.
 *   => outcome Harbour Board: The report on mooring fees was adopted
 *   => action Harbour Board: The dredging plan was discussed
 *   => outcome Harbour Board: approved the budget for 2027
 *
 * An item with a subject of its own is read as its sentence, after a short label too.
 *
 * @example
 *   The Harbour Board met on Tuesday. Here are the highlights:
 *
 *   - Budget: the Board adopted the 2028 operating budget on a 6-1 vote.
 *   - Ferries: the Board received a presentation on the new timetable.
 *   => no outcome Harbour Board: Budget: the Board adopted the 2028 operating budget on a 6-1 vote
 *   => no outcome Harbour Board: Ferries: the Board received a presentation on the new timetable
 *
 * So is a table's row whose first cell is a short label:
 *
 * @example
 *   <h1>Harbour Board meeting report</h1>
 *   <p>The Harbour Board met in Riga on 3 May 2027.</p>
 *   <h2>Main results</h2>
 *   <table><tr><th>Item</th><th>Outcome</th></tr>
 *   <tr><td>Fees</td><td>The Board approved the new mooring fees.</td></tr>
 *   <tr><td>Ferry timetable</td><td>The Board noted the winter timetable.</td></tr>
 *   <tr><td>Approval of the dredging plan for 2028</td><td>Approved unanimously</td></tr></table>
 *   => outcome Harbour Board: approved the new mooring fees
 *   => outcome Harbour Board: Approval of the dredging plan for 2028
 *   => action Harbour Board: noted the winter timetable
 *   => no outcome Harbour Board: Ferry timetable
 *
 * Under "Action items", an item is a task the meeting assigned, from its verb:
 *
 * @example
 *   Harbour Board notes, 3 May 2027
 *
 *   The Harbour Board met online and approved the fares.
 *
 *   Action items:
 *
 *   - Bob to contact the ferry operators about the timetable.
 *   - Ana and Raj to draft the letter to the port.
 *   - Lise: update the fare table on the website.
 *   => outcome Harbour Board: contact the ferry operators about the timetable
 *   => outcome Harbour Board: draft the letter to the port
 *   => outcome Harbour Board: update the fare table on the website
 *
 * An item that ends with its body and a colon opens a list of its own: it is read as its sentence, and its items are the body's.
 *
 * @example
 *   Report of the Harbour Board on its twelfth session
 *
 *   I. Organizational matters
 *
 *   1. The Harbour Board held its twelfth session in Riga from 3 to 5 May 2027.
 *
 *   II. Decisions
 *
 *   2. At its 4th meeting, on 5 May 2027, the Harbour Board:
 *
 *   (a) Adopted the guidelines on passenger evacuation;
 *
 *   (b) Decided to establish an expert group on battery-powered vessels.
 *   => outcome Harbour Board: Adopted the guidelines on passenger evacuation
 *   => outcome Harbour Board: Decided to establish an expert group on battery-powered vessels
 *   => no outcome Harbour Board: At its 4th meeting, on 5 May 2027, the Harbour Board
 *   => no action Harbour Board: At its 4th meeting, on 5 May 2027, the Harbour Board
 *
 * @example
 *   1. The Harbour Board elected Ms Ana Lima as Chair.
 *
 *   2. At its 4th meeting, on 5 May 2027, the Harbour Board:
 *
 *      (a) Adopted the guidelines on passenger evacuation;
 *
 *      (b) Decided to establish an expert group on battery-powered vessels.
 *   => outcome Harbour Board: Adopted the guidelines on passenger evacuation
 *   => outcome Harbour Board: Decided to establish an expert group on battery-powered vessels
 */
import { reportAt, subjectOf } from '../clauses.js';
import { agendaEntry, itemEntry, taskStart } from '../items.js';
import type { Sentence } from '../sentence.js';
import type { BlockRule } from './types.js';

/** The kind of the first passive verb of an item's sentence ("ECC Report 360 was adopted"), if it has one. */
function passiveVerb(s: Sentence): { kind: 'action' | 'outcome'; lemma: string } | undefined {
  for (let k = 1; k < s.length; k++) {
    const form = s.reportingVerb(k);
    if (!form || form.type !== 'past' || form.kind === undefined) continue;
    const be = s.is(k - 1, 'adverbs') ? k - 2 : k - 1;
    // "no consensus was reached on …": a passive that says nothing was done.
    if (s.inList(be, 'beForms') && !s.is(be - 1, 'negations') && !s.is(be - 2, 'negations')) return { kind: form.kind, lemma: form.lemma };
  }
  return undefined;
}

/** The token after a short label that opens an item ("Budget:", "Public safety:", a table row's first cell "PP-26 preparation |"), or 0 without one. */
function labelEnd(s: Sentence): number {
  for (let k = 1; k <= 3 && k < s.length; k++) {
    if (s.isMark(k, ':') || s.isMark(k, '|')) return k + 1;
    if (!s.isWord(k)) return 0;
  }
  return 0;
}

export const agendaItem: BlockRule<true> = {
  id: 'agenda-item',
  kind: 'block',
  match(b, ctx) {
    if (b.block.kind !== 'item' || !ctx.list || b.block.depth !== ctx.list.depth) return undefined;
    // "1. EC-80 approved the budget", "- The Council adopted …": an item with a subject of its own is read as its sentence.
    const s = b.sentences[0];
    // "- **Budget:** Council adopted …": a short label before the subject.
    const first = s ? labelEnd(s) : 0;
    const lead = (ctx.mentions[0] ?? []).find((m) => m.start >= first && m.start <= first + 1);
    const subject = s && lead && !lead.plural ? subjectOf(s, lead) : undefined;
    // "- the ECC work programme for 2025": a noun that is a verb's base form too is no verb of the item's subject.
    const form = subject ? s?.verb(subject.verb) : undefined;
    const finite = form !== undefined && (form.type === 'past' || form.type === 'present' || form.pastToo === true);
    if (s && subject?.kind !== undefined && s.isLower(subject.verb) && finite) return undefined;
    // "3. At its 4th meeting, on 5 May 2027, the Committee:": an item that opens a list of its own is read as its sentence (see list-intro).
    const last = b.sentences.at(-1);
    if (last && last.isMark(last.length - 1, ':') && (ctx.mentions.at(-1) ?? []).some((m) => m.end === last.length - 1)) return undefined;
    return true;
  },
  apply(_, b, ctx) {
    const s = b.sentences[0];
    const own = s ? reportAt(s, 0) : undefined;
    const passive = s && own?.form.type !== 'past' ? passiveVerb(s) : undefined;
    const verb = own?.form.type === 'past' ? { kind: own.kind, lemma: own.lemma } : passive ?? { kind: ctx.list?.kind ?? 'action', lemma: ctx.list?.verb ?? 'consider' };
    // Under "Action items": "Bob to contact the maintainers" is the task, from its verb.
    const skip = verb.lemma === 'assign' ? taskStart(b.block.text) : 0;
    const until = own?.form.type === 'past' && s ? s.offset + s.text.length : undefined;
    // An item without a verb of its own is a title: one of the meeting's procedure ("Adoption of the agenda") is none.
    const entry = own?.form.type === 'past' || passive ? itemEntry(b.block, verb.kind, verb.lemma, { ref: 'list' }, 'agenda-item', skip, until) : agendaEntry(b.block, verb.kind, verb.lemma, { ref: 'list' }, 'agenda-item', ctx.lexicon, skip, until);
    return { findings: entry ? [entry] : [], consumed: true };
  },
};

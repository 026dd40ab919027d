/**
 * A sentence that ends with a colon before a list introduces the list's items as entries: "The
 * agenda included the following items:", "The following issues were considered during the
 * meeting:", "this meeting discussed the following topics:". They belong to the body the
 * sentence names, else to the one in focus; they are outcomes when the introduction's verb is
 * ("The meeting adopted eight recommendations on the following issues:"). An introduction of
 * what will be done ("The following item will be discussed:") introduces nothing. A body right
 * before the colon ("At its meeting on Tuesday, the Harbour Board:"), or its members
 * ("Ministers:"), introduces what it did.
 *
 * @example
 *   The 4th meeting of the Regional Working Group on Spectrum (RWG-S) was held in Baku.
 *
 *   The agenda included the following items:
 *
 *   - Review of the national frequency tables;
 *   - Preparation for the next world radio conference.
 *   => action RWG-S: Review of the national frequency tables
 *   => action RWG-S: Preparation for the next world radio conference
 *
 * @example
 *   The Harbour Board met in Oslo on 18 May.
 *
 *   Key outcomes included:
 *
 *   - agreement on the work programme for 2027;
 *   - the creation of a new project team on drones.
 *   => outcome Harbour Board: agreement on the work programme for 2027
 *   => outcome Harbour Board: the creation of a new project team on drones
 *
 * @example
 *   The 58th plenary meeting of the Harbour Technical Committee (HTC) was held in Oslo.
 *
 *   Resolutions adopted at the plenary include:
 *   Resolution 1001 – Approval of the new work item on mooring.
 *   Resolution 1002 – Establishment of an ad hoc group on drones.
 *   => outcome HTC: Resolution 1001 – Approval of the new work item on mooring
 *   => outcome HTC: Resolution 1002 – Establishment of an ad hoc group on drones
 *
 * @example
 *   The Harbour Advisory Group (HAG) met in Geneva.
 *
 *   The main results of this meeting were as follows:
 *
 *   - approval of the new structure of the study groups;
 *   - establishment of a rapporteur group on planning.
 *   => outcome HAG: approval of the new structure of the study groups
 *   => outcome HAG: establishment of a rapporteur group on planning
 *
 * @example
 *   The 34th meeting of the Harbour Wireless Group (HWG-34) adopted two reports.
 *
 *   The following organizations also attended:
 *
 *   - Harbour Radio Corporation
 *   - Port Systems AB
 *   => no action HWG-34: Harbour Radio Corporation
 *   => no action HWG-34: Port Systems AB
 *
 * @example
 *   The Harbour Ministers' Council (HMC) met in Lima on 18 May.
 *
 *   Ministers:
 *
 *   - endorsed the Lima Roadmap on ports;
 *   - welcomed the work of the port committee.
 *   => outcome HMC: endorsed the Lima Roadmap on ports
 *   => action HMC: welcomed the work of the port committee
 *
 * @example
 *   Network Steering Group (NSG) notes, 14 May 2027
 *
 *   The NSG agreed to move the proposal to implementable.
 *
 *   Action items
 *
 *   - Raj to update the proposal with the test plan
 *   - [ ] Mei to draft the blog post
 *   => outcome NSG: update the proposal with the test plan
 *   => outcome NSG: draft the blog post
 *
 * A verdict alone heading a list ("Approved", "Noted") says what was done with each item; one that
 * says nothing was decided ("Deferred") introduces none.
 *
 * @example
 *   Key decisions – Harbour Council Meeting, 24 February 2027
 *
 *   These are the key decisions of the meeting.
 *
 *   Approved
 *   - Lease of the Old Pier Office to the Harbour Arts Collective
 *
 *   Noted
 *   - Quarterly report on the ferry program
 *
 *   Deferred
 *   - Planning proposal for 14 Dock Road
 *   => outcome Harbour Council: Lease of the Old Pier Office to the Harbour Arts Collective
 *   => action Harbour Council: Quarterly report on the ferry program
 *   => no outcome Harbour Council: Planning proposal for 14 Dock Road
 *   => no action Harbour Council: Planning proposal for 14 Dock Road
 *
 * A heading of what was decided ("Key decisions", "Main results") over a list introduces outcomes too.
 *
 * @example
 *   # Governing Board: summary of the 44th meeting
 *
 *   The Governing Board met in Lyon on 18 June 2027.
 *
 *   ## Key decisions
 *
 *   1. The Board approved the Medium-Term Strategy.
 *   2. Appointment of Dr Lena Fischer as Director of Research.
 *   => outcome Governing Board: Appointment of Dr Lena Fischer as Director of Research
 *   => outcome Governing Board: approved the Medium-Term Strategy
 *
 * "Action items" are the meeting's (or the body's whose section it is), not a body an agenda item named above them.
 *
 * @example
 *   Harbour Board meeting notes, 3 May 2027
 *
 *   The Harbour Board met online and approved the fares.
 *
 *   1. Ferry timetable. The Board discussed the winter timetable.
 *   2. Sailing Summit. Deferred.
 *
 *   Action items:
 *
 *   - Ana to draft the letter to the port.
 *   => outcome Harbour Board: draft the letter to the port
 *   => no group Sailing Summit
 */
import { reportAt } from '../clauses.js';
import type { Sentence } from '../sentence.js';
import { headingLike } from './section-heading.js';
import { motionVerdict } from './carried-motion.js';
import type { ClauseRule, Mention, Owner } from './types.js';

/** Whether the words before `k` name kinds of participant ("organizations", "delegations", "administrations"). */
function participantsNamed(s: Sentence, k: number): boolean {
  for (let j = 0; j < k; j++) {
    const w = s.word(j);
    if (s.is(j, 'genericParticipantHeads') || s.lexicon.lists.organizationHeads.has(w.replace(/s$/, ''))) return true;
  }
  return false;
}

export const listIntro: ClauseRule<{ owner: Owner; kind: 'action' | 'outcome'; verb: string }> = {
  id: 'list-intro',
  kind: 'clause',
  match(s, ctx) {
    if (!ctx.listFollows) return undefined;
    // "Action items" (or "Action items:") heading a list: each item is work the meeting (or the section's body) assigned,
    // not a body an agenda item above named.
    const label = s.text.trim().replace(/:$/, '');
    const labelLine = headingLike({ ...s.block, text: label });
    if (labelLine && s.lexicon.lists.itemLabels.has(label.toLowerCase())) return { owner: { ref: 'section' }, kind: 'outcome', verb: 'assign' };
    // "Approved", "Noted" heading a list of a council's key decisions: each item is what the verdict says of it; "Deferred" none.
    const verdict = s.length <= 2 && labelLine ? s.verb(0) : undefined;
    if (verdict?.type === 'past' && verdict.kind && motionVerdict(label, s.lexicon) !== false) return { owner: { ref: 'section' }, kind: verdict.kind, verb: verdict.lemma };
    // "## Key decisions", "Main results" heading a list: what follows was decided.
    if (labelLine && s.length <= 4 && !s.text.includes(':')) for (let i = 0; i < s.length; i++) if (s.inList(i, 'decisionHeadings') && s.isWord(i)) return { owner: { ref: 'focus' }, kind: 'outcome', verb: 'decide' };
    if (!s.text.trimEnd().endsWith(':')) return undefined;
    // "That Council:" over "1. Notes …", "2. Adopts …": a resolution's parts, each read by its own verb (see verb-led-item).
    if (s.word(0) === 'that') return undefined;
    let agenda = false;
    // "Key outcomes included:", "Main decisions:": what follows was decided.
    let outcomes = false;
    let verb: { kind: 'action' | 'outcome'; lemma: string } | undefined;
    for (let i = 0; i < s.length; i++) {
      if (s.is(i, 'agendaWords')) agenda = true;
      if (s.inList(i, 'outcomeNouns')) agenda = outcomes = true;
      if (s.is(i, 'modalVerbs') && s.word(i) !== 'to') return undefined;
      // "The following organizations also attended:": who took part, not what was done.
      const form = s.verb(i);
      if (form?.participation && form.kind === undefined && s.isLower(i) && participantsNamed(s, i)) return undefined;
      if (!verb) {
        const r = reportAt(s, i);
        // "the proposed Agenda": a participle after a determiner describes a noun.
        // "the following issues": a noun of the agenda, not the verb "issue".
        // "The main results were as follows:": "as follows" announces, it reports nothing.
        if (r && r.form.type !== 'gerund' && r.form.type !== 'base' && !s.is(i - 1, 'determiners') && !s.is(i, 'agendaWords') && s.word(i - 1) !== 'as') verb = { kind: r.kind, lemma: r.lemma };
      }
    }
    // "At its regular meeting on Tuesday, the Harbour Board:": a body right before the colon owns what follows.
    const last = ctx.mentions[ctx.mentions.length - 1];
    const bodyBeforeColon = last !== undefined && !last.plural && (last.type === 'body' || last.sort === 'meeting' || last.sort === 'head' || last.sort === 'collective') && s.isMark(last.end, ':') && last.end === s.length - 1;
    if (!agenda && !verb && !bodyBeforeColon) return undefined;
    // The owner: the first body (or anaphor for one) the introduction names.
    const named = bodyBeforeColon && !verb ? last : ctx.mentions.find((m: Mention) => !m.plural && (m.type === 'body' || m.sort === 'meeting' || m.sort === 'head') && s.word(m.start - 1) !== 'from' && s.word(m.start - 1) !== 'by');
    const owner: Owner = named ? { mention: named } : { ref: 'focus' };
    const kind = verb?.kind === 'outcome' || (verb === undefined && outcomes) ? 'outcome' : 'action';
    return { owner, kind, verb: verb && verb.kind === 'action' ? verb.lemma : verb?.lemma ?? (kind === 'outcome' ? 'decide' : 'consider') };
  },
  apply(m) {
    return [{ type: 'list', owner: m.owner, kind: m.kind, verb: m.verb, rule: 'list-intro' }];
  },
};

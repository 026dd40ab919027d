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
 *   => outcome TWG: draft the blog post
 *
 * @example
 *   Notes of the Transition Working Group (TWG), 18 December
 *
 *   The TWG met by teleconference.
 *
 *   Resolution: The WG will publish a new draft of the charter.
 *
 *   RESOLVED: close issue 42 with no change
 *
 *   - Decision: the group will deprecate the old plugin in release 1.36.
 *
 *   - Proposal 44: ferry sensing — Decision: graduate to beta in release 1.37.
 *
 *   RESOLVED: Merge pull request 912 into the 2027 draft.
 *
 *   RESOLVED: Keep the deprecated terms until release 3.0.
 *   => outcome TWG: Keep the deprecated terms until release 3.0
 *   => outcome TWG: publish a new draft of the charter
 *   => outcome TWG: Merge pull request 912 into the 2027 draft
 *   => outcome TWG: graduate to beta in release 1.37
 *   => outcome TWG: deprecate the old plugin in release 1.36
 *   => outcome TWG: close issue 42 with no change
 *
 * @example
 *   Notes of the Transition Working Group (TWG), 18 December
 *
 *   Outcome: The TWG agreed to forward the matter to the plenary.
 *   => no outcome TWG: forward the matter to the plenary
 *
 * @example
 *   Harbour Project Steering Committee meeting, 14 March 2027
 *
 *   - Consensus: drop support for the old ferry API.
 *   => outcome Harbour Project Steering Committee: drop support for the old ferry API
 *
 * So is a board's resolution, "RESOLVED, that …".
 *
 * @example
 *   Harbour Foundation Board Meeting Minutes – March 12, 2027
 *
 *   RESOLVED, that the Harbour Foundation grant $5,000 to the Sailing Club.
 *   Approved 4-0-0.
 *   => outcome Harbour Foundation Board: grant $5,000 to the Sailing Club
 *
 * Minutes may give the resolution's label, with who moved it, on a line of its own:
 *
 * @example
 *   Harbour Council minutes, 10 June 2027
 *
 *   RESOLVED (Cr Brown / Cr Wong)
 *
 *   That the minutes of the meeting held on 13 May 2027 be confirmed.
 *
 *   CARRIED
 *
 *   RESOLVED (Cr Singh / Cr Brown)
 *
 *   That the ferry levy be doubled.
 *
 *   LOST
 *   => outcome Harbour Council: the minutes of the meeting held on 13 May 2027 be confirmed
 *   => no outcome Harbour Council: the ferry levy be doubled
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
 *
 * @example
 *   Journal of the 13th Plenary Meeting of the Harbour Council
 *
 *   Subjects discussed — Statements — Decisions/documents adopted:
 *
 *   Agenda item 1: REPORT BY THE HEAD OF THE FERRY MISSION TO THE ISLANDS
 *   Chairmanship, Head of the Ferry Mission to the Islands, European Union, United States of America, Norway
 *
 *   Agenda item 2: DECISION ON THE DATES OF THE FERRY CONFERENCE
 *
 *   Head of the Ferry Mission, Norway, Iceland
 *   => action Harbour Council: REPORT BY THE HEAD OF THE FERRY MISSION TO THE ISLANDS
 *   => action Harbour Council: DECISION ON THE DATES OF THE FERRY CONFERENCE
 */
import { actorLength, agendaEntry, agendaLabel, itemEntry, openingVerb } from '../items.js';
import { motionVerdict } from './carried-motion.js';
import { pointAt, type Block } from '../../segment/blocks.js';
import type { Lexicon } from '../../lexicon/index.js';
import type { BlockRule } from './types.js';


/** After a subject of up to four words and a modal ("The WG will "), where the plain verb starts; else 0. */
function willDo(text: string, modals: ReadonlySet<string>): number {
  // "The WG will …", "the group will …".
  if (!/^(?:\p{Lu}|the )/u.test(text)) return 0;
  const words = text.slice(0, 80).split(' ');
  let at = 0;
  for (let k = 0; k < words.length && k < 5; k++) {
    const w = words[k] ?? '';
    at += w.length + 1;
    // "The OEWG agreed to forward …": a verb of the subject's own comes first, and the sentence is read as one.
    if (k > 0 && modals.has(w.toLowerCase())) return /^\p{Ll}/u.test(words[k + 1] ?? '') && !/^\p{Ll}+ed$/u.test(words[k - 1] ?? '') ? at : 0;
  }
  return 0;
}

/**
 * After a subject in capitals ("the Harbour Foundation "), where a verb's plain form starts ("grant $5,000 …"); else 0.
 * A subject in lower case ("the minutes … be confirmed") is what the decision is about and stays.
 */
function ownVerb(text: string, lexicon: Lexicon): number {
  const words = text.slice(0, 120).split(' ');
  let at = 0;
  for (let k = 0; k < words.length && k < 8; k++) {
    const w = words[k] ?? '';
    const lower = w.toLowerCase();
    if (k > 0 && /^\p{Ll}/u.test(w) && !lexicon.lists.nameConnectors.has(lower)) {
      const verb = lexicon.verbs.get(lower);
      return verb?.type === 'base' && !lexicon.lists.beForms.has(lower) ? at : 0;
    }
    if (!/^\p{Lu}/u.test(w) && !(k === 0 && lower === 'the') && !lexicon.lists.nameConnectors.has(lower)) return 0;
    at += w.length + 1;
  }
  return 0;
}

/** Where the source line of a block's offset ends: at a line break, or where a joined source line starts. */
function lineEnd(block: Block, offset: number): number | undefined {
  const line = pointAt(block, offset).line;
  const joined = block.anchors.find((a) => a.offset > offset && a.line > line)?.offset;
  const brk = block.breaks.find((k) => k > offset);
  return joined === undefined ? brk : brk === undefined ? joined : Math.min(joined, brk);
}

export const labelledItem: BlockRule<{ offset: number; agenda: boolean }> = {
  id: 'labelled-item',
  kind: 'block',
  match(b, ctx) {
    const text = b.block.text;
    // "RESOLVED, that the Foundation grant $5,000 to …": a board's resolution, what follows "that".
    // "RESOLVED, that the Foundation grant …": the body resolving is its subject, and the decision starts at the verb.
    const resolved = /^\s*resolved[,:]?\s+that\s/i.exec(text);
    if (resolved) return { offset: resolved[0].length + ownVerb(text.slice(resolved[0].length), ctx.lexicon), agenda: false };
    // "RESOLVED (Cr Brown / Cr Wong)" over "That the minutes … be confirmed." and "CARRIED": the line after the label,
    // unless the motion was lost.
    const that = /^\s*that\s/i.exec(text);
    if (that && /^\s*resolved\b[^.]{0,60}$/i.test(b.previous?.text ?? '') && !/:\s*$/.test(text) && motionVerdict(b.next?.text.slice(0, 40) ?? '', ctx.lexicon) !== false) return { offset: that[0].length, agenda: false };
    // "KEP-4444: Traffic distribution — Decision: graduate to GA": a decision's label after a dash.
    const dash = /\s[—–]\s+(?=[^:]{1,20}:)/u.exec(text);
    const after = dash ? dash.index + dash[0].length : -1;
    const at = after > 0 && ctx.lexicon.lists.decisionLabels.has(text.slice(after, text.indexOf(':', after)).trim().toLowerCase()) ? after : 0;
    const colon = text.indexOf(':', at);
    if (colon < 0 || colon - at > 20) return undefined;
    const label = text.slice(at, colon).trim().toLowerCase();
    const agenda = agendaLabel(label, ctx.lexicon.lists.agendaLabels);
    let offset = colon + 1;
    while (offset < text.length && /\s/.test(text[offset] ?? '')) offset++;
    // "Action items:" over a list labels the list (see list-intro), not an item of its own.
    if (offset >= text.length) return undefined;
    // "Resolution: The WG will publish a new draft": the decision is what its subject will do.
    if (ctx.lexicon.lists.decisionLabels.has(label)) offset += willDo(text.slice(offset), ctx.lexicon.lists.modalVerbs);
    // "Decision: ship with the new filter": a decision in the verb's plain form, in lower case.
    // "RESOLVED: Merge PR #912 into the draft": so is a known verb's plain form, capitalised.
    // "Resolved: the Council adopts …" is a sentence with its own subject, read as one.
    // "RESOLVED: Keep the deprecated terms": a capitalised word the lexicon does not know, with a determiner after it, is a verb's plain form too.
    const [, first = '', second = ''] = /^(\p{L}+)(?:\s+(\p{L}+))?/u.exec(text.slice(offset)) ?? [];
    const known = ctx.lexicon.verbs.get(first.toLowerCase());
    const plain = /^\p{Ll}/u.test(first) ? first !== 'that' : known ? known.type === 'base' : ctx.lexicon.lists.determiners.has(second.toLowerCase());
    const decision = ctx.lexicon.lists.decisionLabels.has(label) && plain && !ctx.lexicon.lists.determiners.has(first);
    const item = ctx.lexicon.lists.itemLabels.has(label);
    if (!agenda && !decision && !item) return undefined;
    // "ACTION: Ana to send the draft charter", "Action item: Ben and Chris to review …": who acts is no part of the task.
    if (item) offset += actorLength(text.slice(offset));
    return { offset, agenda };
  },
  apply(m, b, ctx) {
    // An agenda item's title is its line ("Agenda item 1: REPORT BY …" over the list of speakers).
    const line = lineEnd(b.block, m.offset);
    // A decision that starts with a verb ("grant $5,000 …") is that verb's; another is an assignment.
    const verb = openingVerb(b.block.text.slice(m.offset), ctx.lexicon)?.lemma ?? 'assign';
    const entry = m.agenda ? agendaEntry(b.block, 'action', 'consider', { ref: 'focus' }, 'labelled-item', ctx.lexicon, m.offset, line) : itemEntry(b.block, 'outcome', verb, { ref: 'focus' }, 'labelled-item', m.offset);
    return { findings: entry ? [entry] : [], consumed: true };
  },
};

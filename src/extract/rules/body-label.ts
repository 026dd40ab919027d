/**
 * A paragraph or list item that opens with a body's name and a colon (or a dash), or with the name alone
 * as a run-in heading ("Curriculum Committee. The committee reviewed …"), is about that body, as
 * cluster reports write them: "CWG-FHR: The group reviewed …" (what follows is the body's, its
 * anaphors included), "- EG-DEC.482: examined draft terms of reference …" (a verb right after the
 * colon reports what the body did, each coordinated verb an entry of its own).
 *
 * @example
 *   Spring cluster of working groups – summary
 *
 *   CWG-FHR: The group reviewed the financial report for 2025 and agreed on a mandate for the review.
 *
 *   CWG-LANG – Members discussed the use of the six official languages.
 *
 *   - EG-DEC.482: examined draft terms of reference and approved its workplan.
 *   => action CWG-FHR: reviewed the financial report for 2025
 *   => outcome CWG-FHR: agreed on a mandate for the review
 *   => action CWG-LANG: discussed the use of the six official languages
 *   => action EG-DEC.482: examined draft terms of reference
 *   => outcome EG-DEC.482: approved its workplan
 *
 * A subject that spells the label's acronym is the same body, named in full:
 *
 * @example
 *   Spring cluster of working groups – summary
 *
 *   HWG-FR – The Harbour Working Group on Fees and Rates reviewed the draft tariffs.
 *   => action HWG-FR: reviewed the draft tariffs
 *   => name HWG-FR: Harbour Working Group on Fees and Rates
 *
 * @example
 *   Senate highlights
 *
 *   The Academic Senate met on 3 March and approved the minutes.
 *
 *   Curriculum Committee. The committee reviewed 42 course proposals.
 *   => action Curriculum Committee: reviewed 42 course proposals
 *   => no action Academic Senate: reviewed 42 course proposals
 */
import { clausesFrom, reportAt } from '../clauses.js';
import type { BlockRule, Finding, Mention } from './types.js';

export const bodyLabel: BlockRule<Mention> = {
  id: 'body-label',
  kind: 'block',
  match(b, ctx) {
    if (b.block.kind === 'heading') return undefined;
    const s = b.sentences[0];
    const m = ctx.mentions[0]?.[0];
    if (!s || !m || m.type !== 'body' || m.plural || m.start !== 0) return undefined;
    // "Curriculum Committee. The committee reviewed …": a first sentence that is only the body's name is a run-in label.
    if (b.sentences.length > 1 && (m.end === s.length || (m.end === s.length - 1 && s.isMark(m.end, '.')))) return m;
    if (!s.isAnyMark(m.end, ':–—')) return undefined;
    // After a dash, a sentence about the body ("– The group reviewed", "– Members discussed"), not a subtitle ("– Consultations with Ecuador – Report").
    const k = m.end + 1;
    const sentence = s.is(k, 'determiners') || s.inList(k, 'collectiveAnaphors') || s.inList(k, 'pronounAnaphors') || (s.isLower(k) && reportAt(s, k) !== undefined);
    if (!s.isMark(m.end, ':') && !sentence) return undefined;
    return m;
  },
  apply(m, b) {
    const s = b.sentences[0];
    const findings: Finding[] = [{ type: 'focus', owner: { mention: m }, rule: 'body-label' }];
    if (!s) return { findings, consumed: false };
    // "EG-DEC.482: examined …": the verbs after the colon are the body's.
    const verb = m.end + 1;
    if (reportAt(s, verb)?.form.type !== 'past' || !s.isLower(verb)) return { findings, consumed: false };
    for (const c of clausesFrom(s, verb, s.length, m.end)) {
      findings.push({ type: 'entry', owner: { mention: m }, kind: c.kind, verb: c.lemma, start: s.offset + s.startOf(c.from), end: s.offset + s.endOf(c.to - 1), tokens: [c.from, c.to], rule: 'body-label' });
    }
    return { findings, consumed: b.sentences.length === 1 };
  },
};

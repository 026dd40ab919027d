/**
 * A participle phrase that opens a sentence says what the sentence's subject did: "Adopting
 * resolution 2729 (2024) by a recorded vote of 13 in favour, the Council decided …", "Having
 * reviewed the audit report, the Board approved …". The entry runs from the participle to the
 * comma that ends its phrase, and is the subject's when the subject is a body.
 *
 * @example
 *   Adopting resolution 3120 (2027) by a recorded vote of 13 in favour to none against, the Harbour Council decided to extend the mission.
 *   => outcome Harbour Council: Adopting resolution 3120 (2027) by a recorded vote of 13 in favour to none against
 *   => outcome Harbour Council: decided to extend the mission
 *
 * @example
 *   The Harbour Board met in Oslo. Having reviewed the audit report, the Board approved the accounts.
 *   => action Harbour Board: reviewed the audit report
 *
 * @example
 *   Unanimously adopting resolution 3121 (2027) under Chapter VII of the Charter, the Harbour Council also requested a report.
 *   => outcome Harbour Council: adopting resolution 3121 (2027) under Chapter VII of the Charter
 *
 * A phrase that is no report of the body's work, or a subject that is no body, gives nothing:
 *
 * @example
 *   The Harbour Council met in Oslo. Speaking after the vote, the representative of Norway said the text was balanced. Adopting the budget, delegates of Norway welcomed the decision. Following the discussion, the Council approved the plan.
 *   => no action Harbour Council: Speaking after the vote
 *   => no outcome Harbour Council: Adopting the budget
 *   => no action Harbour Council: Following the discussion
 */
import { isAdverb, reportAt, subjectOf } from '../clauses.js';
import type { EntryKind } from '../../lexicon/index.js';
import type { ClauseRule, Finding, Mention } from './types.js';

/** The most tokens of the opening phrase. */
const PHRASE = 40;

interface Opener {
  from: number;
  to: number;
  mention: Mention;
  kind: EntryKind;
  lemma: string;
}

export const participleOpener: ClauseRule<Opener> = {
  id: 'participle-opener',
  kind: 'clause',
  match(s, ctx) {
    // "Adopting …," or "Having adopted …,", after an adverb or not ("Unanimously adopting …,").
    const lead = isAdverb(s, 0) && s.isWord(1) ? 1 : 0;
    const k = s.word(lead) === 'having' ? lead + 1 : lead;
    const form = s.verb(k);
    if (!form || form.kind === undefined || form.type !== (k === lead ? 'gerund' : 'past') || !s.isCap(0) || s.inList(k, 'prepositionalParticiples')) return undefined;
    // The phrase ends at its first comma; the subject follows that comma or a later one (", with 2 abstentions (…), the Council").
    let end = -1;
    for (let c = k + 1; c < s.length && c < k + PHRASE; c++) {
      if (s.isAnyMark(c, ';:.')) return undefined;
      // "resolution 2729 (2024)": a parenthesis is passed over.
      if (s.isMark(c, '(')) c = Math.max(c, s.closing(c, 12));
      if (!s.isMark(c, ',')) continue;
      if (end < 0) end = c;
      const at = s.word(c + 1) === 'the' ? c + 2 : c + 1;
      const mention = ctx.mentions.find((m) => (m.start === c + 1 || m.start === at) && !m.plural && (m.type === 'body' || m.sort === 'head' || m.sort === 'meeting'));
      if (!mention) continue;
      if (!subjectOf(s, mention) || end === k + 1) return undefined;
      const report = reportAt(s, k);
      return { from: k, to: end, mention, kind: report?.kind ?? form.kind, lemma: report?.lemma ?? form.lemma };
    }
    return undefined;
  },
  apply({ from, to, mention, kind, lemma }, s) {
    const finding: Finding = { type: 'entry', owner: { mention }, kind, verb: lemma, start: s.startOf(from), end: s.endOf(to - 1), tokens: [from, to], rule: 'participle-opener' };
    return [finding];
  },
};

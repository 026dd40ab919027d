/**
 * What a meeting achieved, told as a list its achievements "included": "Other JTC 1 achievements
 * included approval of Incubator Operational Principles for a one-year pilot project", "Key
 * outcomes of the session included the adoption of …". The entry runs from the object to the end
 * of its clause, and is the outcome of the body named before the noun, or of the body in view.
 *
 * @example
 *   The Harbour Committee (HC) met in Oslo. Other HC achievements included approval of the dredging principles for a one-year pilot. Key outcomes of the session included the adoption of the ferry code.
 *   => outcome HC: approval of the dredging principles for a one-year pilot
 *   => outcome HC: the adoption of the ferry code
 *
 * @example
 *   The Harbour Committee (HC) met in Oslo. Expected outcomes include a new ferry code.
 *   => no outcome HC: a new ferry code
 *
 * @example
 *   The Harbour Committee (HC) held its plenary online. Resolutions adopted include the confirmation of the ferry code.
 *   => outcome HC: the confirmation of the ferry code
 */
import { clauseEnd } from '../clauses.js';
import type { ClauseRule, Finding, Mention } from './types.js';

/** The most words between the start of the subject and its verb ("Other JTC 1 achievements of the year included"). */
const SUBJECT = 10;

export const achievementsIncluded: ClauseRule<{ from: number; to: number; owner: Mention | undefined }> = {
  id: 'achievements-included',
  kind: 'clause',
  match(s, ctx) {
    for (let k = 1; k < s.length && k <= SUBJECT; k++) {
      if (s.word(k) !== 'included' && s.word(k) !== 'include') continue;
      // The noun is the subject's head, or comes before its "of" phrase ("Key outcomes of the session included").
      let n = -1;
      for (let j = k - 1; j >= 0 && n < 0; j--) if (s.inList(j, 'achievementNouns')) n = j;
      // "Expected outcomes include …" is what is hoped for; a verb or a mark between the noun and "included" is another clause.
      if (n < 0 || s.is(n - 1, 'anyVerbs') || s.word(n - 1) === 'expected') return undefined;
      // "Resolutions adopted include …": what was decided, in the present, after the decision's participle.
      const decided = k === n + 2 && s.reportingVerb(n + 1)?.type === 'past' && s.reportingVerb(n + 1)?.kind === 'outcome';
      if (s.word(k) === 'include' && !decided) return undefined;
      for (let j = n + 1; j < k; j++) if (s.isMark(j) || (s.is(j, 'anyVerbs') && !decided)) return undefined;
      const to = clauseEnd(s, k, s.length);
      if (to - k < 3) return undefined;
      const owner = ctx.mentions.find((m) => m.type === 'body' && !m.plural && m.end <= n && m.start < n);
      return { from: k + 1, to, owner };
    }
    return undefined;
  },
  apply({ from, to, owner }, s) {
    const finding: Finding = { type: 'entry', owner: owner ? { mention: owner } : { ref: 'sentence' }, kind: 'outcome', verb: 'achieve', start: s.startOf(from), end: s.endOf(to - 1), tokens: [from, to], rule: 'achievements-included' };
    return [finding];
  },
};

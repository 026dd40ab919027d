/**
 * "the meeting", "this session", "the event", "the Plenum": the meeting being reported. Within a
 * paragraph about one body it is that body's meeting; elsewhere, the bulletin's reported meeting.
 *
 * @example
 *   The Forum on Rural Networks met in Lisbon on 3 May 2026. The meeting adopted a declaration on rural connectivity.
 *   => outcome Forum on Rural Networks: adopted a declaration on rural connectivity
 *
 * "The plenary" (plenary-nouns.json) is the whole of the reported meeting, even in a paragraph about another body.
 *
 * @example
 *   The Harbour Assembly met in Oslo on 3 May 2026 and adopted its agenda. The Ferry Working Group reported progress on the timetable. The plenary endorsed the proposals of the Working Group on fares.
 *   => outcome Harbour Assembly: endorsed the proposals of the Working Group on fares
 *
 * A paragraph that opens with the meeting puts it in focus again: what the paragraph says after is the meeting's.
 *
 * @example
 *   The Harbour Commission met in Hobart on 3 May 2026. The Ferry Committee reviewed the fees.
 *
 *   The meeting also adopted the budget. Twenty Members and the Harbour Union participated.
 *   => outcome Harbour Commission: adopted the budget
 *   => participant Harbour Commission: Harbour Union
 *   => no participant Ferry Committee: Harbour Union
 */
import type { BodyRule } from './types.js';

export const meetingAnaphor: BodyRule = {
  id: 'meeting-anaphor',
  kind: 'body',
  match(s, i) {
    if (!s.is(i, 'determiners')) return undefined;
    for (let k = i + 1; k <= i + 3 && k < s.length; k++) {
      if (!s.isWord(k)) return undefined;
      if (s.is(k, 'meetingNouns')) {
        const after = s.word(k + 1);
        if (after === 'of' || after === '(' || s.isPossessive(k)) return undefined;
        if (s.is(k - 1, 'temporalWords')) return undefined;
        return { type: 'anaphor', start: i, end: k + 1, designator: s.span(i, k + 1), id: '', name: null, kind: 'other', sort: 'meeting', rule: 'meeting-anaphor' };
      }
      // "the next meeting", "the 2026 session": a modifier or two before the noun.
      if (s.isCap(k) && !s.isNumber(k)) return undefined;
    }
    return undefined;
  },
};

/**
 * A sentence that opens with a body or its meeting as its setting, "At the meeting of the CWG on
 * Child Online Protection (CWG-COP), the participants discussed …", "In the Committee of the Whole
 * (COW), delegates discussed …", is about that body: its members and anaphors in the sentence are
 * that body's, and it met.
 *
 * @example
 *   The Working Group on Harbour Fees (WG-HF) agreed on the draft tariff.
 *
 *   At the meeting of the Working Group on Harbour Safety (WG-HS), the participants discussed the outcomes of the consultation.
 *   => action WG-HS: discussed the outcomes of the consultation
 *   => no action WG-HF: discussed the outcomes of the consultation
 *
 * @example
 *   The Conference of the Parties to the Harbour Convention opened in Bergen.
 *
 *   In the Committee of the Whole (COW), delegates discussed the draft strategic plan.
 *   => action COW: discussed the draft strategic plan
 *
 * @example
 *   The Harbour Conference closed on Friday. In Committee I, delegates reached agreement on the ferry tariffs. Committee II could not finish its work on fees and referred the matter to the Council.
 *   => outcome Committee I: reached agreement on the ferry tariffs
 *   => outcome Committee II: referred the matter to the Council
 */
import type { ClauseRule, Mention } from './types.js';

export const settingBody: ClauseRule<Mention> = {
  id: 'setting-body',
  kind: 'clause',
  match(s, ctx) {
    if (!s.inList(0, 'settingPrepositions')) return undefined;
    const m = ctx.mentions[0];
    // The body's mention follows the preposition ("At the meeting of X,", "In the Committee of the Whole,"), and a comma ends the setting.
    if (!m || m.type !== 'body' || m.plural || m.start > 2 || !s.isMark(m.end, ',')) return undefined;
    return m;
  },
  apply(m) {
    return [{ type: 'focus', owner: { mention: m }, rule: 'setting-body', met: true }];
  },
};

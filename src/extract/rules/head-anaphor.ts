/**
 * "the group", "the Committee", "the working party", "the 54-member Council": a determiner, up to
 * two modifiers and a body's head noun stand for the body in focus (or the reported meeting's
 * body) whose name has that head; "the Council" with no such body in view is the headline's body
 * with that head, else the last body named before with that head, else a body of its own.
 *
 * @example
 *   ing of the Harbour Regulatory Committee (HRC-12) continued its work on tariffs. The Committee approved the draft guidelines on mooring fees.
 *
 *   The Port Users Group presented its comments on the draft.
 *   => outcome HRC-12: approved the draft guidelines on mooring fees
 *
 * @example
 *   Faculty Senate Meeting Summary – April 2, 2027
 *
 *   Chair Linda Park reported that the Executive Committee met with the Provost. The Senate voted to endorse the revised calendar.
 *   => outcome Faculty Senate: voted to endorse the revised calendar
 *
 * @example
 *   At its March meeting, the Ferry Council of Norway Board of Directors approved three new committees. The Board also approved the business plan.
 *   => outcome Ferry Council of Norway Board of Directors: approved the business plan
 *
 * @example
 *   The Working Party on Radio Spectrum (WPRS) met in Bern. Among other things, the group also discussed the new spectrum tables.
 *   => action WPRS: discussed the new spectrum tables
 *
 * @example
 *   IMO Sub-Committee on Harbour Safety and Mooring (HSM 5), 4-8 May 2027
 *
 *   The Sub-Committee on Harbour Safety and Mooring (HSM) held its fifth session in London.
 *
 *   Mooring: The Sub-Committee finalized the draft guidelines on mooring.
 *   => outcome HSM: finalized the draft guidelines on mooring
 *
 * @example
 *   The Working Party on Trade (WPT) met in Paris. The Secretariat also reported that the Council had suspended the accession talks.
 *   => group Council
 *   => no action WPT: had suspended the accession talks
 *
 * @example
 *   Baltic Energy Research board meeting: new strategy adopted
 *
 *   The board of Baltic Energy Research met in Riga on 28 November and adopted the organisation's strategy for 2026–2030.
 *   => outcome Baltic Energy Research board: adopted the organisation's strategy for 2026–2030
 *
 * @example
 *   The Harbour Board of Trustees met on 6 March. The Finance Committee approved the budget. The Full Board then adopted a tuition increase.
 *   => outcome Harbour Board of Trustees: adopted a tuition increase
 *   => no group Full Board
 *
 * @example
 *   The Harbour Board voted to raise fares. The board's finance committee had recommended the increase last month.
 *   => outcome finance committee: had recommended the increase last month
 *   => no outcome Harbour Board: had recommended the increase last month
 */
import type { Sentence } from '../sentence.js';
import { kindOfName } from '../names.js';
import type { BodyRule } from './types.js';

/** The end of the organisation's name that starts at `k` ("Nordic Energy Research", "the Harbour Foundation"). */
function ofEnd(s: Sentence, k: number): number {
  let e = s.word(k) === 'the' ? k + 1 : k;
  while (e < s.length && e < k + 12 && (s.isCap(e) || s.isAcronym(e)) && !s.is(e, 'anyVerbs')) e++;
  return e;
}

export const headAnaphor: BodyRule = {
  id: 'head-anaphor',
  kind: 'body',
  match(s, i) {
    // "that the Council": the anaphor starts at the last determiner ("that" may open a clause).
    if (!s.is(i, 'determiners') || s.is(i + 1, 'determiners')) return undefined;
    for (let k = i + 1; k <= i + 3 && k < s.length; k++) {
      // "At its meeting the Senate …": a second determiner starts another noun phrase.
      if (!s.isWord(k) || s.is(k, 'determiners')) return undefined;
      if (s.is(k, 'bodyHeads') && !s.is(k, 'meetingNouns')) {
        const after = s.word(k + 1);
        // "the board of Nordic Energy Research": a head in lower case of a named organisation is that organisation's body.
        const ofNamed = after === 'of' && s.isLower(k) && (s.isCap(k + 2) || s.isAcronym(k + 2) || (s.word(k + 2) === 'the' && s.isCap(k + 3)));
        if ((after === 'of' && !ofNamed) || after === '(' || s.isPossessive(k) || s.isCap(k + 1)) return undefined;
        // "The Commission members elected …": the body's members, read by collective-anaphor.
        if (s.inList(k + 1, 'collectiveAnaphors')) return undefined;
        const end = ofNamed ? ofEnd(s, k + 2) : k + 1;
        // "the working group" is one head; "the Working Groups" several bodies.
        const head = s.word(k);
        const plural = head.endsWith('s') && !s.lexicon.bodyHeadWords.has(head);
        if (plural) return undefined;
        // "The board's finance committee": a body of the one its owner names, by its own words.
        const owner = s.isPossessive(i + 1) && k > i + 2 ? i + 1 : -1;
        if (owner > 0) {
          const designator = s.span(owner + 1, end);
          return { type: 'body', start: i, end, designator, id: designator, name: designator, kind: kindOfName(designator, s.lexicon) ?? 'other', rule: 'head-anaphor' };
        }
        return { type: 'anaphor', start: i, end, designator: s.span(i, k + 1), id: '', name: null, kind: 'other', sort: 'head', head, rule: 'head-anaphor' };
      }
      // "The Library Committee" is a name (see named-body), not an anaphor.
      // "The Full Board" is the board as a whole.
      if (s.isCap(k) && !s.inList(k, 'wholeBodyModifiers')) return undefined;
    }
    return undefined;
  },
};

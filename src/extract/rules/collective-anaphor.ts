/**
 * "Members agreed", "Ministers noted", "Delegates then addressed", "the membership agreed",
 * "EU leaders looked at": the members of the body in focus, taken together, report its work.
 * Members named with their organisation who are said to meet ("APEC Senior Officials have wound
 * up their first meeting") are the reported meeting itself (see held-meeting).
 *
 * @example
 *   The Commonwealth Ministerial Action Group (CMAG) held its meeting in London. Ministers noted the outcomes of the summit.
 *   => action CMAG: noted the outcomes of the summit
 *
 * @example
 *   Harbour Nations Heads of Government met in Apia from 24 to 26 October 2027. Heads adopted the Ocean Declaration.
 *   => outcome Harbour Nations Heads of Government: adopted the Ocean Declaration
 *
 * A phrase that says which members are meant may stand before their verb.
 *
 * @example
 *   Harbour ministers agree on ferry roadmap
 *
 *   Ministers responsible for ports from 14 coastal states today endorsed a Ferry Roadmap at the close of the 9th meeting of the Harbour Council.
 *   => outcome Harbour Council: today endorsed a Ferry Roadmap at the close of the 9th meeting of the Harbour Council
 *
 * @example
 *   The Harbour Council met in Oslo. Delegates representing ports hit by the storms described the damage. Delegates representing 40 Parties agreed to share pilots.
 *   => outcome Harbour Council: agreed to share pilots
 *   => action Harbour Council: described the damage
 *
 * @example
 *   The Polar Council's Senior Polar Officials approved the Council's strategic plan on Thursday.
 *   => outcome Polar Council: approved the Council's strategic plan on Thursday
 *
 * @example
 *   The Panel on Coastal Change (PCC) concluded its session today. Governments also decided to extend the trust fund until 2030.
 *   => outcome PCC: decided to extend the trust fund until 2030
 *
 * @example
 *   At its regular meeting, the Riverside City Council approved the budget. The Planning Commission tabled the rezoning. Council members also heard a presentation from the Parks Department.
 *   => action Riverside City Council: heard a presentation from the Parks Department
 *   => no action Planning Commission: heard a presentation from the Parks Department
 *
 * @example
 *   Council Roundup: March 4, 2025
 *
 *   At its regular meeting, Riverton City Council approved the budget. The Planning Commission tabled the rezoning. Council members recognized the fire chief.
 *   => action Riverton City Council: recognized the fire chief
 *
 * @example
 *   The Harbour Working Group (HWG) met in Bangkok and adopted its agenda. The Harbour Assessment Panel (HAP) presented its report on dredging. Delegates established a contact group on fees.
 *   => outcome HWG: established a contact group on fees
 *   => no outcome HAP: established a contact group on fees
 *
 * @example
 *   On 30 September 2027, the 15th meeting of the Harbour Commission on Postal Services took place in Baku. The Commission discussed the results of the Congress. The Commission members elected Rashad Aliyev as Chairman of the Commission.
 *   => outcome Harbour Commission on Postal Services: elected Rashad Aliyev as Chairman of the Commission
 *
 * @example
 *   The Committee on Harbour Affairs adopted its report on ferry evidence by 45 votes to 12. MEPs also approved the mandate to open talks.
 *   => outcome Committee on Harbour Affairs: approved the mandate to open talks
 *
 * @example
 *   Summary of the week
 *
 *   The G20 Harbour Ministers adopted a declaration on ports. Ministers discussed ferry safety.
 *   => outcome G20 Harbour Ministers: adopted a declaration on ports
 *   => action G20 Harbour Ministers: discussed ferry safety
 *
 * @example
 *   The Baltic Council held its annual session in Riga. Members of the Council adopted eight recommendations to the governments.
 *   => outcome Baltic Council: adopted eight recommendations to the governments
 *
 * @example
 *   The Faculty Senate approved the calendar. The Graduate Council reported on completion rates. Senators noted the report.
 *   => action Faculty Senate: noted the report
 *   => no action Graduate Council: noted the report
 *
 * @example
 *   The 12th meeting of the Working Group on Spectrum was held in Minsk. The participants of the meeting approved the draft common proposals.
 *   => outcome Working Group on Spectrum: approved the draft common proposals
 *
 * @example
 *   Joint Statement of the 5th Harbour Ministers' Meeting (HMM)
 *
 *   We, the Harbour Ministers, met for the 5th Harbour Ministers' Meeting (HMM) in Oslo on 6 May 2027.
 *
 *   We agreed to establish a network of port authorities.
 *   => outcome HMM: agreed to establish a network of port authorities
 *
 * @example
 *   The Harbour Committee (HC) met in Oslo. “We made real progress,” said its chair.
 *   => no action HC: made real progress
 *
 * @example
 *   The 58th meeting of the Harbour Regional Council (HRC Council) was held in Minsk. The members of the HRC Council also exchanged views on the budget.
 *   => action Harbour Regional Council: exchanged views on the budget
 */
import { kindOfName } from '../names.js';
import type { Sentence } from '../sentence.js';
import type { BodyRule, Mention } from './types.js';

/** The body named in the possessive right before a collective at `i` (up to two capitalised words between), as a body mention. */
function ownerBefore(s: Sentence, i: number): Mention | undefined {
  for (let p = i - 1; p >= 0 && p >= i - 3; p--) {
    if (s.isPossessive(p)) {
      const bare = s.bareWord(p);
      if (!s.isCap(p) || !s.lexicon.bodyHeadWords.has(bare) || s.lexicon.lists.meetingNouns.has(bare)) return undefined;
      let from = p;
      while (from > 0 && from > p - 5 && (s.isCap(from - 1) || s.isAcronym(from - 1)) && !s.is(from - 1, 'determiners')) from--;
      if (from === p) return undefined;
      const designator = s.span(from, p + 1).replace(/['’]s$/, '');
      return { type: 'body', start: s.word(from - 1) === 'the' ? from - 1 : from, end: i, designator, id: designator, name: designator, kind: kindOfName(designator, s.lexicon) ?? 'other', rule: 'collective-anaphor' };
    }
    if (!s.isCap(p)) return undefined;
  }
  return undefined;
}

export const collectiveAnaphor: BodyRule = {
  id: 'collective-anaphor',
  kind: 'body',
  match(s, i, { lexicon }) {
    if (!s.is(i, 'anaphorStarts')) return undefined;
    let start = i;
    // "the Parties", "all members": a determiner is part of it.
    const len = s.phraseAt(i, lexicon.lists.collectiveAnaphors);
    if (len === 0 || lexicon.lists.pronounAnaphors.has(s.word(i))) return undefined;
    // "We, the Ministers, agreed …": the members' own statement opens a sentence with "we"; a speaker's "we" is quoted.
    if (s.word(i) === 'we' && (i > 0 || /["“”«»]/.test(s.block.text))) return undefined;
    if (s.word(i - 1) === 'the' || s.word(i - 1) === 'all') start = i - 1;
    // "APEC Senior Officials", "EU leaders": the organisation's name goes with its members.
    else {
      while (start > 0 && start > i - 3 && (s.isAcronym(start - 1) || (s.isCap(start - 1) && !s.is(start - 1, 'determiners') && !s.is(start - 1, 'prepositions') && !s.is(start - 1, 'clauseLinks')))) start--;
    }
    // "The Arctic Council's Senior Arctic Officials approved …", "the Board's members": the members of a body named in
    // the possessive are that body.
    const owner = ownerBefore(s, i);
    if (owner) return { ...owner, end: i + len, rule: 'collective-anaphor' };
    const after = s.word(i + len);
    // "Members of the Council adopted …": the members of a body named by its head are that body.
    // "The members of the RCC Council": up to two capitalised words or acronyms may stand before the head.
    let head = i + len + 2;
    while (head < i + len + 4 && (s.isCap(head) || s.isAcronym(head)) && !s.is(head, 'bodyHeads') && (s.isCap(head + 1) || s.isAcronym(head + 1))) head++;
    if (after === 'of' && s.word(i + len + 1) === 'the' && s.isCap(head) && s.is(head, 'bodyHeads') && !s.is(head, 'meetingNouns') && s.word(head + 1) !== 'of' && !s.isCap(head + 1)) {
      return { type: 'anaphor', start, end: head + 1, designator: s.span(start, head + 1), id: '', name: null, kind: 'other', sort: 'collective', head: s.word(head), rule: 'collective-anaphor' };
    }
    // "The participants of the meeting considered …": the meeting's members are the meeting.
    if (after === 'of' && s.word(head - 1) === 'the' && s.is(head, 'meetingNouns') && s.isLower(head) && s.word(head + 1) !== 'of') {
      return { type: 'anaphor', start, end: head + 1, designator: s.span(start, head + 1), id: '', name: null, kind: 'other', sort: 'collective', rule: 'collective-anaphor' };
    }
    if (after === 'of' || after === 'from' || s.isPossessive(i + len - 1)) return undefined;
    // "Senators", "the Trustees": the members of a body with that head.
    // "Council members", "Board members": the head before them names their body.
    const bodyHead = start === i - 1 && s.isCap(start) && s.is(start, 'bodyHeads') && !s.is(start, 'meetingNouns') ? s.word(start) : len === 1 ? lexicon.memberNouns.get(s.word(i)) : undefined;
    return { type: 'anaphor', start, end: i + len, designator: s.span(start, i + len), id: '', name: null, kind: 'other', sort: 'collective', ...(bodyHead ? { head: bodyHead } : {}), rule: 'collective-anaphor' };
  },
};

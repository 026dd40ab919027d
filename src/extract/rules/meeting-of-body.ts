/**
 * "[the] [Nth] meeting of [the] X": the meeting of a body stands for the body (`the 23rd meeting
 * of the Telecommunication Development Advisory Group (TDAG)`, `A meeting of the UPU Council of
 * Administration (CA)`, `its fifty-third meeting`). A long name runs to the verb (`the 45th
 * meeting of the Working Group on work with … was held`). A joint meeting of two bodies ("the
 * meeting of the Working Group Chairs and the Executive Committee") is a body of its own.
 *
 * @example
 *   CITES Harbour Committee concludes its 33rd meeting
 *
 *   The thirty-third meeting of the Harbour Committee (HC33) of the Convention on International Trade in Ferry Services (CITFS) took place in Geneva from 12 to 17 July 2027. It was attended by some 350 participants.
 *
 *   The Committee adopted guidance on mooring fees.
 *   => outcome HC33: adopted guidance on mooring fees
 *
 * @example
 *   The 12th meeting of the Regional Advisory Group (RAG) was held in Lyon. The meeting reviewed the work plan for the coming year.
 *   => group RAG
 *   => action RAG: reviewed the work plan for the coming year
 *
 * @example
 *   The XLII Meeting of the Harbour Consultative Committee II (HCC.II) was held in Lima. The XLII Meeting of HCC.II approved eight resolutions.
 *   => outcome HCC.II: approved eight resolutions
 *   => no group XLII Meeting of HCC.II
 *
 * @example
 *   On 3 May 2027, the 12th meeting of the Working Group on work with the Postal Union under the Regional Commission was held online. The following issues were considered:
 *   - On the results of the spring session.
 *   => group Working Group on work with the Postal Union under the Regional Commission
 *   => action Working Group on work with the Postal Union under the Regional Commission: On the results of the spring session
 *
 * @example
 *   The meeting of the Working Groups Chairs and the Executive Board was held online. The meeting discussed the draft work plan.
 *   => action Working Groups Chairs and the Executive Board: discussed the draft work plan
 *
 * @example
 *   The meeting of the Programme Chairs and the Steering Board was held online. The meeting discussed the draft tables of priorities.
 *   => action Programme Chairs and the Steering Board: discussed the draft tables of priorities
 *
 * Each of the two bodies named again is a body of its own.
 *
 * @example
 *   From 10 to 21 March 2027, meetings of Study Group 4 (Ferry services) and Study Group 6 (Harbour services) took place in Geneva. Study Group 4 approved three new Recommendations.
 *   => outcome Study Group 4: approved three new Recommendations
 *   => name Study Group 4: Ferry services
 *   => no group Study Group 4 (Ferry services) and Study Group 6 (Harbour services)
 *
 * @example
 *   The joint meeting of the Working Party on Docks and the Working Party on Ferries was held in Oslo. The meeting adopted a joint statement. The Working Party on Ferries reviewed the new timetable.
 *   => outcome Working Party on Docks and the Working Party on Ferries: adopted a joint statement
 *   => action Working Party on Ferries: reviewed the new timetable
 *   => no action Working Party on Docks and the Working Party on Ferries: reviewed the new timetable
 *
 * @example
 *   The Harbour Council's 78th Session ended on Thursday in Oslo. The Council adopted a recommendation on ports.
 *   => group Harbour Council
 *   => outcome Harbour Council: adopted a recommendation on ports
 *   => no group 78th Session
 *
 * @example
 *   Summary of the Sixteenth Meeting of the Conference of the Parties to the Convention on Fisheries: 10-15 February 2026
 *
 *   The meeting adopted 42 resolutions.
 *   => outcome Conference of the Parties to the Convention on Fisheries: adopted 42 resolutions
 *
 * @example
 *   The 65th HCC meeting (HCC#65), held in Cavtat, approved the Strategic Plan 2027–2031 and elected a new Vice-Chair.
 *   => outcome HCC: approved the Strategic Plan 2027–2031
 *
 * @example
 *   The 108th TSG HAR plenary (HAR#108) took place in Riga. HAR approved the release package. The plenary also endorsed two new work items.
 *   => outcome TSG HAR: approved the release package
 *   => outcome TSG HAR: endorsed two new work items
 *   => no group 108th TSG HAR plenary
 *
 * A meeting of the members of a body named by its owner is a body of its own, named by what it is; what it prepared
 * for is its topic, no body.
 *
 * @example
 *   On 3 June 2027, the 8th Coordination meeting of the Harbour Administrations on preparation for the World Harbour Conference 2027 (WHC-27) was held in Riga. The participants discussed the draft common proposals.
 *   => action Coordination meeting of the Harbour Administrations: discussed the draft common proposals
 *   => no group WHC-27
 *
 * @example
 *   A meeting of the heads of the Harbour Administrations was held in Riga on 3 June 2027. The participants approved the work plan.
 *   => outcome meeting of the heads of the Harbour Administrations: approved the work plan
 *
 * @example
 *   On 5 May 2027, a bilateral meeting between the Harbour Administrations of Norland and Sudland was held in Riga. The sides discussed ferry coordination in border areas and signed a memorandum.
 *   => action bilateral meeting between the Harbour Administrations of Norland and Sudland: discussed ferry coordination in border areas
 *   => outcome bilateral meeting between the Harbour Administrations of Norland and Sudland: signed a memorandum
 *
 * @example
 *   A meeting of experts was held in Riga. The Harbour Board approved the work plan.
 *   => no group meeting of experts
 *
 * @example
 *   Under the Agenda of the Sixth Plenary Meeting of the Council, the following items were considered:
 *
 *   - The dates of the sessions in 2027.
 *   => no group Council
 */
import { registryKey } from '../../registry/index.js';
import { kindOfName } from '../names.js';
import type { Sentence } from '../sentence.js';
import { acronymDesignator } from './acronym-designator.js';
import { definedLongForm } from './defined-long-form.js';
import { nameEndsAt, namedBody } from './named-body.js';
import type { BodyContext, BodyRule, Mention } from './types.js';

/** A meeting that is a body of its own, named by its own words (a joint meeting, a meeting of members). */
function meetingBody(start: number, end: number, designator: string): Mention {
  return { type: 'body', start, end, designator, id: designator, name: designator, kind: 'other', rule: 'meeting-of-body' };
}

/** Whether the word before a meeting noun says what kind of meeting it is ("coordination", "Preparatory"): a noun or an adjective, no verb or date. */
function describesMeeting(s: Sentence, k: number): boolean {
  return s.isWord(k) && !s.is(k, 'anyVerbs') && !s.is(k, 'prepositions') && !s.is(k, 'temporalWords') && !s.is(k, 'bodyHeads') && !s.isDayName(k) && !s.isNumber(k) && !s.isAcronym(k);
}

/**
 * The end of the members a meeting is "of", named with their owner ("the RCC Administrations", "the heads of the Harbour
 * Administrations", "Administrations of the Harbour member states"), or -1: words up to "on", "for", a mark or a verb,
 * with a plural word for a country's or an organisation's people and a capitalised owner; with `pair`, the two a
 * meeting is "between", joined by "and".
 */
function membersEnd(s: Sentence, b: number, pair = false): number {
  let members = false;
  let owner = false;
  let e = b;
  for (; e < s.length && e < b + 12; e++) {
    if (!s.isWord(e) || s.is(e, 'anyVerbs') || s.isNumber(e)) break;
    const w = s.word(e);
    // "between the Administrations of Russia and Belarus": the two joined by "and".
    if (w === 'of' || w === 'the' || (pair && w === 'and' && (s.isCap(e + 1) || s.word(e + 1) === 'the'))) continue;
    if (s.is(e, 'prepositions') || s.is(e, 'determiners') || s.is(e, 'nameConnectors')) break;
    if (s.isCap(e) || s.isAcronym(e)) owner = true;
    if (w.endsWith('s') && s.is(e, 'genericParticipantHeads')) members = true;
  }
  while (e > b && (s.word(e - 1) === 'of' || s.word(e - 1) === 'the')) e--;
  return members && owner ? e : -1;
}

/**
 * Where a meeting's "on" or "for" phrase ends, at the verb after it ("… on preparation for the Harbour Conference
 * (HC-27) was held"), so that the topic is read as no body; `end` when no verb follows.
 */
function topicEnd(s: Sentence, end: number): number {
  if (s.word(end) !== 'on' && s.word(end) !== 'for') return end;
  for (let e = end + 1; e < s.length && e < end + 30; e++) {
    if (s.isMark(e, '(')) {
      const close = s.closing(e);
      if (close < 0) return end;
      e = close;
      continue;
    }
    if (!s.isWord(e)) return end;
    if (nameEndsAt(s, e)) return e;
  }
  return end;
}

/** The body a name starting at `p` gives, by the rules that name bodies. */
function bodyAt(s: Sentence, p: number, ctx: BodyContext): Mention | undefined {
  // "OECD’s Committee on …": the owner is skipped.
  if (s.isPossessive(p)) return bodyAt(s, p + 1, ctx);
  const named = namedBody.match(s, p, ctx);
  const acronym = acronymDesignator.match(s, p, ctx);
  const defined = definedLongForm.match(s, p, ctx);
  const found = [defined, named, acronym].filter((m): m is Mention => m !== undefined);
  return found.sort((a, b) => b.end - a.end)[0];
}

/**
 * "The Nordic Council's 78th Session", "the Board's annual meeting": a body named in the possessive
 * before its meeting, which stands for the body.
 */
function possessiveMeeting(s: Sentence, i: number, ctx: BodyContext): Mention | undefined {
  if (!s.isCap(i) || s.is(i, 'determiners') || (i > 0 && (s.isCap(i - 1) || s.isAcronym(i - 1)) && !s.is(i - 1, 'determiners'))) return undefined;
  let p = i;
  while (p < s.length && p < i + 6 && !s.isPossessive(p) && (s.isCap(p) || s.isAcronym(p) || (s.is(p, 'nameConnectors') && s.isCap(p + 1)))) p++;
  if (p === i || !s.isPossessive(p) || !s.isCap(p) || !s.lexicon.bodyHeadWords.has(s.bareWord(p)) || s.lexicon.lists.meetingNouns.has(s.bareWord(p))) return undefined;
  let k = p + 1;
  while (k < p + 4 && (s.isOrdinal(k) || s.isNumber(k) || (s.isLower(k) && !s.is(k, 'anyVerbs') && !s.is(k, 'meetingNouns')))) k++;
  if (!s.is(k, 'meetingNouns') || s.word(k + 1) === 'of' || s.is(k + 1, 'meetingNouns')) return undefined;
  const designator = s.span(i, p + 1).replace(/['’]s$/, '');
  const known = ctx.registry.bodyByKey.get(registryKey(designator));
  return { type: 'body', start: i, end: k + 1, designator, id: known?.id ?? designator, name: known?.name ?? designator, kind: known?.kind ?? kindOfName(designator, ctx.lexicon) ?? 'other', rule: 'meeting-of-body' };
}

/**
 * "The 65th ECC meeting (ECC#65)", "the 12th TAC plenary", "the 108th TSG RAN plenary (RAN#108)": a numbered meeting
 * of a body named by its acronym alone, of one or two parts.
 */
function acronymMeeting(s: Sentence, i: number, ctx: BodyContext): Mention | undefined {
  let k = i;
  if (s.is(k, 'determiners')) k++;
  // The acronym and its meeting first: most tokens are refused before the ordinal's patterns are tried.
  if (!s.isAcronym(k + 1) || s.isNumber(k + 1)) return undefined;
  // "TSG RAN plenary": two acronyms before a meeting noun in small letters (not a line in capitals).
  const parts = s.isAcronym(k + 2) && !s.isNumber(k + 2) && s.isLower(k + 3) ? 2 : 1;
  if (!s.is(k + 1 + parts, 'meetingNouns') || s.word(k + 2 + parts) === 'of') return undefined;
  if (!s.isOrdinal(k) || s.is(k, 'temporalWords')) return undefined;
  k++;
  const designator = s.span(k, k + parts);
  const key = registryKey(designator);
  const known = ctx.registry.bodyByKey.get(key);
  const defined = ctx.definitions.get(designator);
  if ((!known && ctx.registry.orgByKey.has(key)) || (defined && !defined.body)) return undefined;
  let end = k + parts + 1;
  // "(ECC#65)", "(RAN#108)": the meeting's own designator after it.
  if (s.isMark(end, '(') && (s.raw(end + 1) === designator || s.raw(end + 1) === s.raw(k + parts - 1))) {
    const close = s.closing(end, 6);
    if (close > end) end = close + 1;
  }
  return { type: 'body', start: i, end, designator, id: known?.id ?? designator, name: known?.name ?? defined?.longForm ?? null, kind: known?.kind ?? defined?.kind ?? 'other', rule: 'meeting-of-body' };
}

export const meetingOfBody: BodyRule = {
  id: 'meeting-of-body',
  kind: 'body',
  match(s, i, ctx) {
    const owned = possessiveMeeting(s, i, ctx) ?? acronymMeeting(s, i, ctx);
    if (owned) return owned;
    let k = i;
    while (k < s.length && k < i + 4 && (s.is(k, 'determiners') || s.isOrdinal(k) || s.isNumber(k))) k++;
    // "a coordination meeting of the Harbour Administrations": a word that says what kind of meeting it is.
    const described = k > i && !s.is(k, 'meetingNouns') && s.is(k + 1, 'meetingNouns') && describesMeeting(s, k) ? k : -1;
    if (described >= 0) k++;
    if (!s.is(k, 'meetingNouns') || s.is(i, 'temporalWords') || s.is(k - 1, 'temporalWords')) return undefined;
    // "a bilateral meeting between the Communications Administrations of Russia and Belarus": a meeting of two members.
    if (s.word(k + 1) === 'between') {
      const end = membersEnd(s, s.word(k + 2) === 'the' ? k + 3 : k + 2, true);
      if (end < 0) return undefined;
      const designator = s.span(described >= 0 ? described : k, end);
      return meetingBody(i, end, designator);
    }
    if (s.word(k + 1) !== 'of') return undefined;
    let b = k + 2;
    if (s.word(b) === 'the') b++;
    let inner: Mention | undefined;
    for (let p = b; p < b + 10 && p < s.length && !inner; p++) {
      if (!s.isWord(p) && !s.isAnyMark(p, '()')) break;
      // "a coordination meeting of the RCC Administrations on preparation for the … Assembly (WTSA-28)": a body
      // after the topic's "on" or "for" is what the meeting is about, not whose it is.
      if (p > b && (s.word(p) === 'on' || s.word(p) === 'for')) break;
      if (s.isWord(p)) inner = bodyAt(s, p, ctx);
    }
    if (!inner) {
      // "the 8th Coordination meeting of the Harbour Administrations on preparation for …", "a meeting of the heads of the
      // Harbour Administrations": a meeting of the members of a body named by its owner is a body of its own.
      const end = membersEnd(s, b);
      if (end < 0) return undefined;
      const designator = s.span(described >= 0 ? described : k, end);
      return meetingBody(i, topicEnd(s, end), designator);
    }
    // A word before the meeting noun is read only for a meeting of members (above).
    if (described >= 0) return undefined;
    // "the Sixth Plenary Meeting of the Council": a meeting named in capitals, of a body only named by its head, is a body of its own.
    if (inner.type === 'anaphor' && inner.sort === 'head' && s.isCap(k)) return undefined;
    // "the meeting of the Working Groups Chairs and the Executive Committee", read as one name: a joint meeting.
    if (inner.type === 'body' && inner.plural && / and /.test(inner.designator) && s.word(inner.end) !== 'and') {
      return meetingBody(i, inner.end, inner.designator);
    }
    if (inner.plural && s.word(inner.end) !== 'and') return undefined;
    // "the 45th meeting of the Working Group on work with … was held": the name runs to the verb.
    const conn = s.word(inner.end);
    if (inner.type === 'body' && (conn === 'on' || conn === 'for' || conn === 'under') && inner.designator === inner.name) {
      let e = inner.end + 1;
      while (e < s.length && e < inner.end + 30 && s.isWord(e) && !nameEndsAt(s, e)) e++;
      if (nameEndsAt(s, e)) {
        const designator = s.span(inner.start, e);
        return { ...inner, start: i, end: e, designator, id: designator, name: designator, rule: 'meeting-of-body' };
      }
    }
    // "the meeting of the Working Groups Chairs and the Executive Committee": a joint meeting. "Meetings of Study Group 4
    // and Study Group 6" are each body's own.
    const meetings = s.word(k).endsWith('s') && s.lexicon.lists.meetingNouns.has(s.word(k).slice(0, -1));
    if (conn === 'and' && !meetings && (s.word(inner.end + 1) === 'the' || s.isCap(inner.end + 1))) {
      const second = bodyAt(s, s.word(inner.end + 1) === 'the' ? inner.end + 2 : inner.end + 1, ctx);
      if (second?.type === 'body') {
        const designator = s.span(inner.start, second.end);
        return meetingBody(i, second.end, designator);
      }
    }
    if (inner.plural) return undefined;
    return { ...inner, start: i, rule: inner.type === 'anaphor' ? inner.rule : 'meeting-of-body' };
  },
};

/**
 * A body named by its head noun: a run of capitalised words with a body's head noun, and the
 * `of` / `on` / `for` phrase that completes it: `Council for Trade in Goods`, `Committee on
 * Agriculture`, `Library Committee`, `Agriculture and Fisheries Council`, `Commission expert group
 * on …`, `Committee A`, `Commission 1`, `Sixth Committee`. A short parenthesis with a number is
 * part of the designator (`General Affairs Council (Art. 50)`); one with words is its name
 * (`Third Committee (Social, Humanitarian and Cultural)`). In a headline a capitalised verb ends
 * the name (`Third Committee Approves 16 Drafts`). A lone head (`the Council`, `Group`) is an
 * anaphor for the body in focus; a lone meeting noun (`the Plenum`) one for the meeting. A name
 * that ends one written before is that body (`the Working Group` after `the Harbour Working Group`).
 *
 * @example
 *   Members discuss ferry subsidies at Committee on Harbours meeting
 *
 *   Members reviewed new notifications at a meeting of the Committee on Harbours and Mooring Measures on 22 April 2027. The committee agreed to revert to the matter in June.
 *   => outcome Committee on Harbours and Mooring Measures: agreed to revert to the matter in June
 *   => name Committee on Harbours and Mooring Measures: Committee on Harbours and Mooring Measures
 *
 * @example
 *   Transport and Harbours Council (Harbours), 6 December 2027
 *
 *   The Council approved conclusions on ferry safety.
 *   => group Transport and Harbours Council
 *   => name Transport and Harbours Council: Harbours
 *
 * @example
 *   Please find below a summary of yesterday's meeting of the Harbour Working Group.
 *
 *   The Working Group reviewed the comments on draft 2. The Panel of Experts of the Harbour Steering Group met too. The Steering Group approved the plan.
 *   => action Harbour Working Group: reviewed the comments on draft 2
 *   => outcome Steering Group: approved the plan
 *   => no outcome Panel of Experts of the Harbour Steering Group: approved the plan
 *
 * @example
 *   REGULAR HARBOUR COUNCIL MEETING MINUTES
 *
 *   The Council adopted the budget.
 *   => outcome HARBOUR COUNCIL: adopted the budget
 *
 * A verb's "-ing" form in small letters before the head qualifies it.
 *
 * @example
 *   Harbour 125 highlights
 *
 *   The FERRY working group adopted the multipath draft as a working group document.
 *   => outcome FERRY working group: adopted the multipath draft as a working group document
 *
 * A place after "in" right after the head is no part of the name.
 *
 * @example
 *   Minister attends Telecommunications Council in Luxembourg
 *
 *   The ministers adopted conclusions on digital policy.
 *   => group Telecommunications Council
 *
 * @example
 *   MINUTES
 *   Monday, April 13, 2026
 *   Council Chambers, 100 Main Street
 *
 *   The Council adopted the budget.
 *   => no group Council Chambers
 *
 * @example
 *   The Working Group Harbours and Networks met online and adopted the plan on pilots.
 *   => outcome Working Group Harbours and Networks: adopted the plan on pilots
 *
 * @example
 *   On 28 May 2027, the 54th meeting of the HPU Board of Heads of Port Administrations was held in Oslo. The Board of Heads approved the budget for 2028.
 *   => outcome HPU Board of Heads of Port Administrations: approved the budget for 2028
 *
 * @example
 *   The Council for Trade in Goods agreed on a series of actions to increase transparency.
 *   => group Council for Trade in Goods
 *   => outcome Council for Trade in Goods: agreed on a series of actions to increase transparency
 *
 * @example
 *   The Special Harbour and Ferry Committee approved the tariffs. The Twelfth Harbour Assembly adopted the plan.
 *   => group Special Harbour and Ferry Committee
 *   => group Harbour Assembly
 *
 * @example
 *   MEPs on the Environment, Public Health and Food Safety Committee approved the report on ports. The Committee on Transport, Tourism and Harbours adopted its opinion.
 *   => outcome Environment, Public Health and Food Safety Committee: approved the report on ports
 *   => outcome Committee on Transport, Tourism and Harbours: adopted its opinion
 *   => no group Public Health and Food Safety Committee
 *
 * @example
 *   The Board of the Global Fund to Fight Rust, Rot and Blight today approved the allocation methodology.
 *   => outcome Board of the Global Fund to Fight Rust, Rot and Blight: today approved the allocation methodology
 *
 * A council's head alone that opens a line of minutes names that body:
 *
 * @example
 *   Cabinet – Minutes of the meeting held on 4 March 2027
 *
 *   45. Ferry Budget 2027/28
 *   Cabinet considered the report of the Director of Finance.
 *
 *   46. Mooring Policy
 *   Members noted the outcome of the consultation.
 *   => action Cabinet: considered the report of the Director of Finance
 *   => action Cabinet: noted the outcome of the consultation
 *
 * @example
 *   Why the Harbour Council must act on ferries
 *
 *   For months, the Harbour Council has failed to act. Council members have issued statements. The WHO Executive Board adopted its report.
 *   => no group Why the Harbour Council
 *   => outcome WHO Executive Board: adopted its report
 *
 * @example
 *   The Harbour Board approved the tariffs. Pier Group, Dock Systems and Ferry Lines presented their commitments.
 *   => outcome Harbour Board: approved the tariffs
 *   => no group Pier Group, Dock Systems and Ferry Lines
 *
 * @example
 *   The Working Group on WRC-31 preparation, chaired by Mr. Carlos Lugo (Mexico), reviewed 42 contributions.
 *   => action Working Group on WRC-31 preparation: reviewed 42 contributions
 *
 * @example
 *   Harbour Board of Trustees – March highlights
 *
 *   Finance Committee
 *
 *   The committee approved the budget.
 *
 *   Full Board
 *
 *   The board adopted a tuition increase.
 *   => outcome Harbour Board of Trustees: adopted a tuition increase
 *   => no group Full Board
 *
 * @example
 *   The Port of Harbourville Board of Commissioners met on Tuesday. The Finance Committee reviewed the audit. The Board approved the 2025 budget.
 *   => outcome Port of Harbourville Board of Commissioners: approved the 2025 budget
 *   => no group Harbourville Board of Commissioners
 *
 * @example
 *   Approved Board Resolutions | Regular Meeting of the Harbour Board
 *
 *   Resolved, the Board approves the minutes of its 16 December meeting.
 *   => no group Approved Board
 *
 * @example
 *   The Assembly of States Parties adopted the budget. The Conference of States Parties to the Harbour Convention elected its bureau.
 *   => outcome Assembly of States Parties: adopted the budget
 *   => outcome Conference of States Parties to the Harbour Convention: elected its bureau
 *
 * @example
 *   Third Committee Approves 12 Drafts on Human Rights
 *
 *   The Third Committee (Social, Humanitarian and Cultural) approved 12 draft resolutions today.
 *   => group Third Committee
 *   => outcome Third Committee: approved 12 draft resolutions today
 *   => no group Third Committee Approves
 *
 * @example
 *   The Seventieth Regional Health Assembly closed today after adopting 20 resolutions.
 *   => group Regional Health Assembly
 *   => name Regional Health Assembly: Regional Health Assembly
 *
 * @example
 *   Harbour Council Press Statement on Ferries
 *
 *   The Harbour Council today adopted resolution 12 on ferries.
 *   => name Harbour Council: Harbour Council
 *   => outcome Harbour Council: today adopted resolution 12 on ferries
 *
 * @example
 *   Board of Directors Meeting Summary
 *
 *   The board approved the 2025 operating budget.
 *   => group Board of Directors
 *   => outcome Board of Directors: approved the 2025 operating budget
 *
 * @example
 *   The Plenary of the Intergovernmental Panel on Soils adopted the work programme.
 *   => group Plenary of the Intergovernmental Panel on Soils
 *   => outcome Plenary of the Intergovernmental Panel on Soils: adopted the work programme
 *
 * @example
 *   Harbour Study Group 7 (Tides and currents) held its meeting in Oslo. The Study Group approved two technical reports.
 *   => outcome Harbour Study Group 7: approved two technical reports
 *
 * @example
 *   The Drafting Group on Resolution 12 finalised its text, which the Plenary endorsed.
 *   => outcome Drafting Group on Resolution 12: finalised its text, which the Plenary endorsed
 *
 * @example
 *   The Rapporteur Group on Question 5/1 reviewed the case study library.
 *   => action Rapporteur Group on Question 5/1: reviewed the case study library
 *
 * @example
 *   The IEEE 802.42 Working Group approved the creation of a new task group.
 *   => outcome IEEE 802.42 Working Group: approved the creation of a new task group
 *
 * @example
 *   The General Affairs Council (Art. 50) discussed the state of play of the negotiations.
 *   => action General Affairs Council (Art. 50): discussed the state of play of the negotiations
 *
 * @example
 *   The Animals Committee and the Plants Committee agreed on a joint work plan.
 *   => no group Animals Committee and the Plants Committee
 *
 * @example
 *   The Working Group on preparation for regional conferences examined 46 contributions.
 *   => action Working Group on preparation for regional conferences: examined 46 contributions
 *
 * @example
 *   The Working Group on the preparation for regional and world conferences, chaired by Ms. Ana Lima (Brazil), considered 120 contributions.
 *
 *   Budget: The HBI contact group on administrative, financial and institutional matters agreed on draft conclusions.
 *   => action Working Group on the preparation for regional and world conferences: considered 120 contributions
 *   => outcome HBI contact group on administrative, financial and institutional matters: agreed on draft conclusions
 *
 * @example
 *   The Harbour Board of Trustees on Thursday approved a two-year tuition plan.
 *   => group Harbour Board of Trustees
 *   => no group Harbour Board of Trustees on Thursday
 *
 * @example
 *   FACULTY SENATE MINUTES
 *
 *   The Senate elected a new secretary for the remainder of the year.
 *   => group FACULTY SENATE
 *   => no group FACULTY SENATE MINUTES
 *
 * @example
 *   Harbour Board Actions – October 8, 2026
 *
 *   The Board approved the site plan for the ferry terminal.
 *   => group Harbour Board
 *   => no group Harbour Board Actions
 *
 * @example
 *   Harbour Trade Ministers Conclude Meeting in Lima
 *
 *   The Harbour Trade Ministers' Council (HTMC) adopted a joint statement.
 *   => no group Harbour Trade Ministers Conclude Meeting in Lima
 *
 * @example
 *   The Committee against Torture adopted its concluding observations, and the Commission for Areas beyond National Jurisdiction met.
 *   => outcome Committee against Torture: adopted its concluding observations
 *   => group Committee against Torture
 *
 * @example
 *   The Open Working Group on Oceans adopted its report.
 *   => group Open Working Group on Oceans
 *
 * @example
 *   Harbour Council Meeting Summary – 20 March 2026
 *
 *   The Council approved the appointment of a liaison to the port authority.
 *   => outcome Harbour Council: approved the appointment of a liaison to the port authority
 *
 * In a name's "on" or "of" phrase, a verb's base form in capitals is a noun ("… on the Medium-Term Plan"), not a
 * headline's verb that ends the name and is taken for the body's.
 *
 * @example
 *   The Harbour Council endorsed the advice of the Pilots Committee and the Ferry Committee on the Medium-Term Plan 2027-30, and approved the dredging budget.
 *   => outcome Harbour Council: approved the dredging budget
 *   => outcome Harbour Council: endorsed the advice of the Pilots Committee and the Ferry Committee on the Medium-Term Plan 2027-30
 *
 * A name in parentheses may open with an acronym ("(IMT Ferries)"); a short form of the name ("(PT Tariffs)") is none.
 *
 * @example
 *   Harbour Working Party 5D (IMT Ferries) approved a draft report. The Project Team on Tariffs (PT Tariffs) reviewed the fares.
 *   => name Harbour Working Party 5D: IMT Ferries
 *   => name Project Team on Tariffs: Project Team on Tariffs
 */
import { registryKey } from '../../registry/index.js';
import type { Sentence } from '../sentence.js';
import { idOf, kindOfName, longFormOf, mixedAcronym } from '../names.js';
import { nameAt } from '../person-names.js';
import { acronymDesignator } from './acronym-designator.js';
import { countryAt } from '../parties.js';
import { isAcronymDesignator } from '../definitions.js';
import type { BodyRule, Mention } from './types.js';

/** Whether the token may sit inside a name's run of capitalised words. */
function capitalised(s: Sentence, k: number): boolean {
  return s.isWord(k) && (s.isCap(k) || s.isAcronym(k)) && !s.isPossessive(k);
}

/** Whether a capitalised word is a verb written in a headline (`Approves`, `Concludes`, `Urgently`). */
function headlineVerb(s: Sentence, k: number): boolean {
  const w = s.word(k);
  if (s.is(k, 'bodyHeads') || s.is(k, 'roleWords') || s.is(k, 'organizationHeads') || s.is(k, 'agendaWords')) return false;
  // "Assembly of States Parties": a word after a name's "of" is a noun of the name.
  if (s.is(k - 1, 'nameConnectors')) return false;
  if (s.is(k, 'anyVerbs') && !w.endsWith('ing')) return true;
  return w.length > 4 && w.endsWith('ly');
}

/** The end of one to three capitalised words from `k` (not a determiner, not a country), or -1. */
function capitalWords(s: Sentence, k: number): number {
  if (!capitalised(s, k) || s.is(k, 'determiners') || countryAt(s, k)) return -1;
  let j = k + 1;
  while (j < k + 3 && capitalised(s, j)) j++;
  return j;
}

/** Whether tokens `i`..`j` are capitalised words and commas only: the fields a name lists before its head. */
function onlyFields(s: Sentence, i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (!(capitalised(s, k) && !s.is(k, 'nameConnectors')) && !s.isMark(k, ',')) return false;
  return true;
}

/**
 * Whether a comma at `k` is inside a name's list of fields ("Industry, Research and Energy Committee", "Committee on
 * Environment, Public Health and Food Safety"): commas between capitalised words, then "and" and capitalised words.
 */
function fieldListComma(s: Sentence, k: number): boolean {
  let j = k;
  for (let n = 0; n < 4 && s.isMark(j, ','); n++) {
    const end = capitalWords(s, j + 1);
    if (end < 0) return false;
    if (s.word(end) === 'and') return capitalWords(s, end + 1) > 0;
    j = end;
  }
  return false;
}

/** Whether the list of fields from the comma at `k` to its "and" and last words names no body ("…, Tuberculosis and Malaria"). */
function headlessList(s: Sentence, k: number): boolean {
  let j = k + 1;
  while (j < s.length && j < k + 14 && (capitalised(s, j) || s.isMark(j, ',') || s.word(j) === 'and')) {
    if (s.is(j, 'bodyHeads') || s.is(j, 'meetingNouns')) return false;
    j++;
  }
  return true;
}

/**
 * Whether a capitalised word is a headline's verb of meeting before any head ("Ministers Conclude
 * Meeting", "Board Opens Session"): a form other than the base, or the base after a plural.
 * "Open Working Group" opens a name.
 */
function headlineMeetingVerb(s: Sentence, k: number): boolean {
  if (!s.is(k, 'meetingVerbs') || s.is(k, 'bodyHeads')) return false;
  // What a headline's verb is followed by: its capitalised or numbered object ("the Programme Chairs and the Board" goes on).
  if (!s.isCap(k + 1) && !/^\d/.test(s.raw(k + 1))) return false;
  const type = s.verb(k)?.type;
  return type === 'present' || type === 'past' || (type === 'base' && s.word(k - 1).endsWith('s'));
}

/** Whether the words in the parentheses after a name, but its acronyms, are all the name's ("Project Team on Council (PT Council)"). */
function shortForm(s: Sentence, start: number, end: number, close: number): boolean {
  const own = new Set<string>();
  for (let k = start; k < end; k++) own.add(s.word(k));
  for (let k = end + 1; k < close; k++) if (s.isWord(k) && !s.isAcronym(k) && !s.is(k, 'nameConnectors') && !own.has(s.word(k))) return false;
  return true;
}

/** A short parenthesis right after a name: a qualifier with a number (`(Art. 50)`), or a name (`(Social, Humanitarian and Cultural)`). */
function parenthesisAfter(s: Sentence, start: number, end: number): { close: number; qualifier: boolean } | undefined {
  if (!s.isMark(end, '(')) return undefined;
  const close = s.closing(end, 12);
  // "(WP 5D)" is an acronym designator and "(PT Council)" a short form of the name; "(IMT Systems)" a name that opens with an acronym.
  if (close < end + 2 || !s.isCap(end + 1) || (s.isAcronym(end + 1) && (isAcronymDesignator(s, end + 1, close) || shortForm(s, start, end, close)))) return undefined;
  const inner = s.span(end + 1, close);
  if (/\d/.test(inner)) {
    // "(9-11 April 2018)" dates the meeting; "(Art. 50)" names the body.
    if (close - end <= 5 && !/\b(?:19|20)\d{2}\b/.test(inner) && ![...Array(close - end - 1).keys()].some((k) => s.lexicon.months.has(s.word(end + 1 + k)))) return { close, qualifier: true };
    return undefined;
  }
  return { close, qualifier: false };
}

/** Whether a long name ends before token `k`: a verb there, not a verb's form after a preposition, which is a noun of the name ("on work with …"). */
export function nameEndsAt(s: Sentence, k: number): boolean {
  return s.is(k, 'anyVerbs') && !s.is(k - 1, 'prepositions') && !s.is(k - 1, 'determiners') && !s.is(k - 1, 'nameConnectors');
}

/**
 * "The Working Group on preparation for Regional Conferences examined …": a subject opening the
 * sentence (or a label's clause: "Budget: The SBI contact group on …") whose `on` / `for` phrase
 * starts in lower case; its name runs to the verb, over a list of fields ("administrative, financial
 * and institutional matters"), or to an appositive's comma (", chaired by …,"). Elsewhere in a
 * sentence the phrase may be the object's, so the name stops at its head.
 */
function lowerCaseTail(s: Sentence, start: number, end: number): number {
  if (!s.is(end - 1, 'bodyHeads') || !s.is(end, 'tailConnectors') || !s.isLower(end + 1)) return end;
  const opening = s.is(start - 1, 'determiners') ? start - 1 : start;
  if (opening !== 0 && !s.isMark(opening - 1, ':')) return end;
  let k = end + 1;
  while (k < s.length && k < end + 25 && !nameEndsAt(s, k) && s.word(k) !== 'that') {
    if (s.isMark(k, ',')) {
      if (s.verb(k + 1)?.type === 'past' && s.word(k + 2) === 'by') return k;
      if (!s.isLower(k + 1) || s.is(k + 1, 'anyVerbs')) return end;
    } else if (!s.isWord(k)) return end;
    k++;
  }
  return nameEndsAt(s, k) && s.verb(k)?.type !== 'gerund' ? k : end;
}

/** Whether an "on" or "for" phrase after a head runs from `i` to `j` ("Drafting Group on Resolution"). */
function connectedAfterHead(s: Sentence, i: number, j: number): boolean {
  for (let k = j - 1; k > i; k--) {
    const w = s.word(k);
    if (w === 'on' || w === 'for') return s.is(k - 1, 'bodyHeads');
  }
  return false;
}

export const namedBody: BodyRule = {
  id: 'named-body',
  kind: 'body',
  match(s, i, ctx) {
    const { lexicon, registry } = ctx;
    if (!s.isWord(i)) return undefined;
    const ordinalStart = s.isOrdinal(i) && !s.is(i, 'temporalWords');
    if (!s.isCap(i) && !(ordinalStart && s.isCap(i + 1))) return undefined;
    if (s.is(i, 'determiners') || s.is(i, 'temporalWords') || s.isPossessive(i)) return undefined;
    // "Approved Board Resolutions", "Adopted Council Decisions": a decision's participle says what was done, no name's word.
    if (s.verb(i)?.type === 'past' && s.verb(i)?.kind === 'outcome' && capitalised(s, i + 1)) return undefined;
    // "On Wednesday the Policy Committee …": a preposition opening a sentence, a day or a month starts no name.
    // "In the SBI contact group": a name starts with no word that joins a name's parts.
    // "Why the Security Council must act": a question's word neither.
    if (s.is(i, 'prepositions') || s.is(i, 'nameConnectors') || (s.is(i, 'clauseOpeners') && !s.isAcronym(i)) || s.isDayName(i)) return undefined;
    // A name starts where its run of capitals starts: "RCC Executive Committee" is not "Executive Committee".
    // "In Committee I, delegates …": a preposition opening the sentence is capitalised, no part of the name.
    if (i > 0 && capitalised(s, i - 1) && !s.is(i - 1, 'determiners') && !(i === 1 && s.is(0, 'prepositions'))) return undefined;
    let j = i;
    let last = i;
    let headSeen = false;
    /** Whether the run has passed a connector after its head: it is in the name's "on" or "of" phrase. */
    let inPhrase = false;
    while (j < s.length) {
      // A name does not run over a line break ("… of the Convention\nThe meeting adopted …").
      if (j > i && s.lineBreakBefore(j)) break;
      if (capitalised(s, j) || (j === i && ordinalStart)) {
        // "Committee on the Medium-Term Plan": in the name's phrase, a verb's base form is a noun ("Committee Approves" is a headline's verb).
        if (headSeen && headlineVerb(s, j) && !(inPhrase && s.verb(j)?.type === 'base')) break;
        // "Commission Vice-President Hans Müller": an office after a body's name is its holder's, no part of the name.
        if (headSeen && s.is(j, 'roleWords') && !s.is(j, 'bodyHeads') && nameAt(s, j + 1) !== undefined) break;
        // "APEC Trade Ministers Conclude Meeting in Lima": a headline's subject before its verb is no body's name.
        if (!headSeen && j > i && headlineMeetingVerb(s, j)) break;
        if (s.isDayName(j)) break;
        headSeen ||= s.is(j, 'bodyHeads');
        last = j;
        j++;
        continue;
      }
      // "G20 Digital Economy Ministers' Meeting", "Senior Officials' Meeting": the meeting of the members a plural names.
      if (j > i && s.isAnyMark(j, "'’") && s.raw(j - 1).endsWith('s') && s.isCap(j + 1) && s.is(j + 1, 'meetingNouns') && !s.joinedToPrevious(j + 1)) {
        j++;
        continue;
      }
      // "IEEE 802.11 Working Group", "ISO 9001 Committee": a standard's number between an acronym and a capitalised name.
      if (j > i && s.isAcronym(j - 1) && /^\d[\d.]*[a-z]?$/.test(s.raw(j)) && capitalised(s, j + 1)) {
        j++;
        continue;
      }
      // "Drafting Group on Resolution 1", "Sub-Group on Agenda Item 1.7", "Rapporteur Group on Question 5/1": a number ends
      // the name of what a body is on.
      if (headSeen && j > i + 2 && s.isCap(j - 1) && !s.is(j - 1, 'bodyHeads') && /^\d{1,3}(?:\.\d{1,2}|\/\d{1,3})?$/.test(s.raw(j)) && connectedAfterHead(s, i, j)) {
        last = j;
        j++;
        continue;
      }
      // "Committee 4", "Commission 1", "Committee A": a number or letter after a head.
      if (headSeen && s.is(j - 1, 'bodyHeads') && (/^\d{1,3}[A-Z]?(?:\/\d{1,3})?$/.test(s.raw(j)) || /^[A-Z]$/.test(s.raw(j)))) {
        last = j;
        j++;
        continue;
      }
      // "Working Group on WRC-27 preparation, chaired by …": a topic's acronym and the lower-case noun it qualifies, at the name's end.
      if (headSeen && s.isAcronym(j - 1) && s.isLower(j) && !s.is(j, 'nameConnectors') && !s.is(j, 'anyVerbs') && !s.is(j, 'determiners') && (s.isAnyMark(j + 1, ',;.(') || s.is(j + 1, 'anyVerbs')) && connectedAfterHead(s, i, j)) {
        last = j;
        j++;
        continue;
      }
      // "Commission expert group", "second Plenary meeting": lower-case words ending in a head. "QUIC working group",
      // "TSC steering committee": a verb's "-ing" form right before the head qualifies it.
      const qualifier = (k: number): boolean => s.isLower(k) && !s.is(k, 'nameConnectors') && (!s.is(k, 'anyVerbs') || (s.verb(k)?.type === 'gerund' && s.isLower(k + 1) && s.is(k + 1, 'bodyHeads')));
      if (qualifier(j)) {
        let k = j;
        while (k < j + 2 && !s.is(k, 'bodyHeads') && qualifier(k)) k++;
        // "EU leaders", "APEC officials": the members of a body, not one.
        if (s.is(k, 'bodyHeads') && s.isLower(k) && !s.inList(k, 'collectiveAnaphors')) {
          headSeen = true;
          last = k;
          j = k + 1;
          continue;
        }
        break;
      }
      // "the Industry, Research and Energy Committee", "Committee on Industry, Research and Energy".
      // "Board of the Global Fund to Fight AIDS, Tuberculosis and Malaria": after a head's phrase, a list of fields without heads.
      // "MTN Group, Airtel Africa and …": right after the head, a comma ends the name.
      if (j > i && s.isMark(j, ',') && !s.is(j - 1, 'bodyHeads') && (headSeen ? (s.is(j - 2, 'nameConnectors') && s.word(j - 2) !== 'and') || headlessList(s, j) : onlyFields(s, i, j)) && fieldListComma(s, j)) {
        j++;
        continue;
      }
      if (j > i && s.is(j, 'nameConnectors')) {
        // "the Animals Committee and the Plants Committee": after a head, "and" joins two bodies.
        if (s.word(j) === 'and' && s.is(j - 1, 'bodyHeads')) break;
        // "the Board of Trustees on Thursday approved": a day or a month is no part of a name.
        if (s.isDayName(j + 1)) break;
        // "the Telecommunications Council in Luxembourg": "in" right after the head names the place ("Council for Trade in Goods" goes on).
        if (s.word(j) === 'in' && s.is(j - 1, 'bodyHeads')) break;
        if (capitalised(s, j + 1) && !s.is(j + 1, 'determiners')) {
          inPhrase ||= headSeen;
          j++;
          continue;
        }
        if (s.word(j) !== 'the' && s.word(j + 1) === 'the' && capitalised(s, j + 2)) {
          inPhrase ||= headSeen;
          j += 2;
          continue;
        }
      }
      break;
    }
    const runEnd = last + 1;
    // The first head word of the run; the designator starts after the last "of" before it.
    let head = -1;
    for (let k = i; k < runEnd && head < 0; k++) if (s.is(k, 'bodyHeads') && (s.isCap(k) || capitalised(s, k - 1) || s.isLower(k))) head = k;
    if (head < 0) return undefined;
    // "SIG Node weekly meeting": a body's acronym designator and its meeting in lower case is that body's (see acronym-designator).
    if (s.isLower(head) && s.is(head, 'meetingNouns') && head > i && s.isLower(head - 1) && acronymDesignator.match(s, i, ctx) !== undefined) return undefined;
    let start = i;
    for (let k = head - 1; k > i; k--) {
      const w = s.word(k);
      // "University of Northland Board of Regents", "City of Lakeside Planning Commission": the owner's name is the body's.
      if (w === 'of' && s.isCap(k - 1) && s.inList(k - 1, 'ownerNouns') && s.isCap(k + 1)) continue;
      if (w === 'of' || w === 'by' || w === 'to' || w === 'with' || w === 'at' || w === 'from' || w === 'in') {
        start = k + 1;
        if (s.word(start) === 'the') start++;
        break;
      }
    }
    // "Minutes of the QUIC WG session": so is an acronym body's session.
    if (s.isLower(head) && s.is(head, 'meetingNouns') && head > start && s.isAcronym(head - 1) && acronymDesignator.match(s, start, ctx) !== undefined) return undefined;
    let end = runEnd;
    // "Security Council Press Statement on Haiti": a product of the body after its head ends the name there.
    for (let k = head + 1; k < end && !s.is(k, 'nameConnectors') && !s.is(k, 'bodyHeads'); k++) {
      if (s.isCap(k) && s.is(k, 'productNouns')) {
        end = head + 1;
        break;
      }
    }
    // "Faculty Senate Minutes", "TAC Meeting Notes": the record of a meeting ends the body's name.
    while (end - 1 > head && s.inList(end - 1, 'recordNouns')) end--;
    // "TAC Meeting": an acronym's meeting is the acronym's body (see acronym-designator).
    if (end - start === 2 && s.isAcronym(start) && s.is(end - 1, 'meetingNouns')) return undefined;
    // "General Council meeting", "GNSO Council Meeting": the meeting of a body is the body (a "Plenary Meeting" is one).
    // "Board of Directors Meeting": so is a meeting after the body's "of" phrase.
    const afterPhrase = end - 2 > head + 1 && !s.is(head, 'meetingNouns') && s.is(head + 1, 'nameConnectors') && s.isCap(end - 2) && !s.is(end - 2, 'meetingNouns');
    if (end - 1 > head && s.is(end - 1, 'meetingNouns') && (s.isLower(end - 1) || afterPhrase || (s.is(end - 2, 'bodyHeads') && !s.is(end - 2, 'meetingNouns')))) end--;
    end = lowerCaseTail(s, start, end);
    const designatorBase = s.span(start, end);
    const key = registryKey(designatorBase);
    if (registry.orgByKey.has(key) && !registry.bodyByKey.has(key)) return undefined;
    const words = designatorBase.split(' ');
    const lastWord = (words[words.length - 1] ?? '').toLowerCase();
    // "Council Chambers", "Board Room": where a body meets.
    if (lexicon.lists.venueNouns.has(lastWord) || s.inList(end, 'venueNouns')) return undefined;
    // An organ of an organisation ("RCC Executive Committee", "ITU Secretariat") is a participant.
    if (words.length > 1 && s.isAcronym(start) && (registry.orgByKey.has(registryKey(s.raw(start))) || lexicon.lists.organizationHeads.has(lastWord)) && /(?:executive committee|secretariat|bureau|executive board)$/i.test(designatorBase)) return undefined;
    let designator = designatorBase;
    let name: string | null = null;
    let mentionEnd = end;
    const paren = parenthesisAfter(s, start, end);
    if (paren?.qualifier) {
      designator = s.span(start, paren.close + 1);
      mentionEnd = paren.close + 1;
    } else if (paren) {
      name = s.span(end + 1, paren.close);
      mentionEnd = paren.close + 1;
      // "Committee on Committees (ConC)": one word that abbreviates the name is its designator, the name its expansion.
      if (paren.close === end + 2 && words.length > 1 && mixedAcronym(name) && longFormOf(name, designatorBase) !== undefined) {
        designator = name;
        name = designatorBase;
      }
    }
    // "Full Board", "the whole Council": the body in view as a whole.
    const whole = words.length === 2 && lexicon.lists.wholeBodyModifiers.has(s.word(start));
    if (whole) designator = s.raw(start + 1);
    if (words.length === 1 || whole) {
      // "Council members", "Committee delegates": the members of a body, read by collective-anaphor.
      if (s.inList(mentionEnd, 'collectiveAnaphors')) return undefined;
      // A lone meeting noun ("the Plenum") stands for the meeting; a lone head ("the Council") for a body.
      const sort = s.is(start, 'meetingNouns') ? 'meeting' : 'head';
      return { type: 'anaphor', start, end: mentionEnd, designator, id: '', name: null, kind: kindOfName(designator, lexicon) ?? 'other', sort, head: lastWord, rule: 'named-body' };
    }
    const known = registry.bodyByKey.get(key);
    // The head noun: the last head before the name's "of", "on" or "for" ("Committee" of "Council Policy Committee"),
    // and before the fields an "and" joins after it ("Working Group Numbering and Networks").
    let mainHead = head;
    for (let k = head; k < end && !(s.is(k, 'nameConnectors') && ((s.word(k) !== 'and' && s.word(k) !== '&') || k > head + 1)); k++) if (s.is(k, 'bodyHeads')) mainHead = k;
    const headWord = s.word(mainHead);
    const plural = /s$/.test(headWord) && !lexicon.bodyHeadWords.has(headWord) && !s.is(mainHead, 'meetingNouns') && lexicon.bodyHeadWords.has(headWord.replace(/(?:ie)?s$/, (m) => (m === 'ies' ? 'y' : '')));
    // "Sixty-fifth World Health Assembly" is the World Health Assembly; "Sixth Committee" is its own name; "Special
    // Political and Decolonization Committee" is numbered by no count.
    // "REGULAR CITY COUNCIL MEETING MINUTES": a word for the meeting's kind before the body its meeting names.
    const counted = s.isOrdinal(start) && /(?:st|nd|rd|th)$/.test(s.word(start));
    const qualified = s.isOrdinal(start) && !counted && !/\d/.test(s.word(start)) && s.is(end, 'meetingNouns') && end - start > 2;
    const numbered = ((counted && !s.is(end - 1, 'meetingNouns')) || qualified) && end - start > 2 && !s.is(start + 1, 'nameConnectors');
    const abbreviated = !designator.startsWith(designatorBase);
    const id = known?.id ?? (abbreviated ? idOf(designator) : numbered ? s.span(start + 1, end) + designator.slice(designatorBase.length) : designator);
    const mention: Mention = {
      type: 'body',
      start,
      end: mentionEnd,
      designator,
      id,
      // A numbered session's name is its body's ("Sixty-fifth World Health Assembly" is the World Health Assembly).
      name: name ?? (numbered && !abbreviated ? s.span(start + 1, end) : designator),
      kind: known?.kind ?? kindOfName(designatorBase, lexicon) ?? 'other',
      head: headWord,
      rule: 'named-body',
      ...(plural ? { plural: true } : {}),
    };
    return mention;
  },
};

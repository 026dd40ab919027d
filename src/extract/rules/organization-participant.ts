/**
 * Organisations the sentence ties to the body's work, recognised by shape: a legal form (`JSC
 * “…”`, `PJSC Rostelecom`, `… Co., Ltd.`), an organisation's head noun (`Foundation for Science
 * and Technology`, `ITU Radiocommunication Bureau`, `the Secretariat`), an acronym, or the
 * registry. It counts when the sentence ties it to the work: `by`, `from`, `with`, `on behalf
 * of`, a list with others, or a verb of taking part after it (`… presented`, `… participated`).
 * Who tells the news after a comma at the sentence's end ("…, the Fund announced") takes no part
 * in it (see active-clause).
 *
 * @example
 *   The Expert Group on Data (EG-DATA) discussed the information provided by the National Statistics Bureau on the new survey.
 *   => participant EG-DATA: National Statistics Bureau
 *
 * @example
 *   The Expert Group on Data (EG-DATA) adopted its report. HFA represented Norland, together with the Directorate-General for Ports.
 *   => participant EG-DATA: Directorate-General for Ports
 *
 * @example
 *   The Harbour Committee approved the budget. The HFA presented a proposal on fees. The Committee recommends that the NBC share more of its regional content.
 *   => participant Harbour Committee: HFA
 *   => no participant Harbour Committee: NBC
 *
 * A group of members spoken for takes part as one, though its name is a body's ("on behalf of the
 * African Group", "the Group of 77").
 *
 * @example
 *   The Harbour Committee approved the budget. Speaking on behalf of the Coastal Group, the representative of Chile said the fees were too high. Peru, on behalf of the Group of 12, agreed.
 *   => participant Harbour Committee: Coastal Group
 *   => participant Harbour Committee: Group of 12
 *
 * @example
 *   The Harbour Committee approved the budget. The representative of Hungary, speaking for the Harbour Union, said the bloc could not support the text.
 *   => participant Harbour Committee: Harbour Union
 *
 * @example
 *   The Harbour Panel agreed to establish a working group at the request of the Ferry Union, and discussed the situation of the Harbour Bank.
 *   => participant Harbour Panel: Ferry Union
 *   => no participant Harbour Panel: Harbour Bank
 *
 * @example
 *   The Harbour Panel concluded its session after adopting its work plan. Observer organizations, including the HFA and the Ferry Institute, also attended.
 *   => participant Harbour Panel: HFA
 *   => participant Harbour Panel: Ferry Institute
 *   => no group Coastal Group
 *
 * @example
 *   The Working Party on Trade (WPT) reviewed the proposals, with contributions from PJSC Telekomset and the Institute for Market Studies.
 *   => participant WPT: PJSC Telekomset
 *   => participant WPT: Institute for Market Studies
 *
 * @example
 *   Task Group TGzz (Low Power) resolved 400 comments. Contributions from Intel, Broadcom and Huawei were discussed.
 *   => participant Task Group TGzz: Broadcom
 *   => participant Task Group TGzz: Huawei
 *
 * @example
 *   The Working Party on Spectrum (WPS) adopted its report. Contributions from Ericsson and the UK were considered.
 *   => participant WPS: Ericsson
 *   => participant WPS: UK
 *
 * @example
 *   The Working Party on Spectrum (WPS) agreed on a work plan. Qualcomm, Ericsson and Nokia presented joint proposals on spectrum needs. Barry and Pablo presented the draft charter. Later, Thomas proposed a new group.
 *   => participant WPS: Ericsson
 *   => participant WPS: Nokia
 *   => no participant WPS: Barry
 *   => no participant WPS: Later
 *
 * @example
 *   The Working Party on Ports (WPP) approved the proposal. Ericsson, Nokia and Qualcomm co-signed the proposal.
 *   => participant WPP: Nokia
 *   => participant WPP: Qualcomm
 *
 * @example
 *   The Working Party on Ports (WPP) agreed on a work plan with the Harbour Institute. Members noted the importance of cooperation with the IMO and UNESCO.
 *   => participant WPP: Harbour Institute
 *   => no participant WPP: IMO
 *   => no participant WPP: UNESCO
 *
 * @example
 *   The Working Party on Ports (WPP) adopted its report. The Harbour Institute presented its statement on the interplay with the PSD.
 *   => participant WPP: Harbour Institute
 *   => no participant WPP: PSD
 *
 * @example
 *   The Working Party on Ports (WPP) adopted its report. China raised a concern about dredging fees. The HFA responded that its fees were based on costs.
 *   => participant WPP: HFA
 *
 * @example
 *   The Working Party on Spectrum (WPS) agreed on a work plan. The EU, supported by Norway, proposed a new text.
 *   => participant WPS: EU
 *
 * @example
 *   The Preparatory Group adopted its report with input from APT and approved the work plan for APG27-4.
 *   => participant Preparatory Group: APT
 *   => no participant Preparatory Group: APG27-4
 *
 * @example
 *   The Working Group on Seeds (WGS) met online and agreed on a draft, which was prepared by the Seed Institute in March.
 *   => participant WGS: Seed Institute
 *   => no participant WGS: Seed Institute in March
 *
 * @example
 *   The Working Party on Spectrum (WPS) agreed 9 new texts. Contributions were received from Korea Telecom, Nokia, ZTE and Orange Polska.
 *   => participant WPS: Korea Telecom
 *   => participant WPS: Nokia
 *   => participant WPS: ZTE
 *   => participant WPS: Orange Polska
 *
 * @example
 *   The Harbour Commission (HC) approved the accounts. Commission Vice-President Hans Müller presented the budget.
 *   => no participant HC: Commission Vice-President Hans Müller
 *
 * @example
 *   The Harbour Council (HC) closed its session, chaired by Council President Ms Bocar Ba (Senegal).
 *   => no participant HC: Council President Ms Bocar Ba
 *
 * @example
 *   The Working Party on Spectrum (WPS) agreed on the draft proposals and decided to submit them for approval by the Harbour Commission on Spectrum and Orbits.
 *   => no participant WPS: Harbour Commission on Spectrum and Orbits
 *
 * @example
 *   The Postal Commission (PC) prepared coordinated proposals for the UPU Council of Administration and a mandate for the Secretariat's review.
 *   => no participant PC: UPU Council of Administration
 *   => no participant PC: Secretariat
 *
 * @example
 *   The Working Party on Spectrum (WPS) adopted its report. The Ferry Institute and the Harbour Agency contributed to the draft.
 *   => participant WPS: Ferry Institute
 *   => participant WPS: Harbour Agency
 *
 * @example
 *   The Working Party on Spectrum (WPS) adopted its report. Twelve countries were represented, and Portlab, the IHO and the Ferry Institute attended as observers.
 *   => participant WPS: Portlab
 *   => participant WPS: IHO
 *   => participant WPS: Ferry Institute
 *
 * @example
 *   The Working Party on Spectrum (WPS) adopted its report. Statements were made by the Sami Ferry Council and WWF. The Harbour Bank and IHO presented studies.
 *   => participant WPS: WWF
 *   => participant WPS: Harbour Bank
 *   => participant WPS: IHO
 *
 * @example
 *   SA#31 approved the ferry timetable, with input from the Ferry Institute.
 *   => participant SA#31: Ferry Institute
 *   => no participant SA#31: SA
 *
 * A sentence that opens with what an organisation brought has it take part; its name before another noun does not.
 *
 * @example
 *   The Harbour Working Group on Fees (HWG-F) reviewed the draft tariffs. The HPU proposal on cost recovery was supported by the group. The group discussed the HPU contribution unit.
 *   => participant HWG-F: HPU
 *   => action HWG-F: discussed the HPU contribution unit
 *
 * @example
 *   The Harbour Preparatory Meeting (HPM) was held online and discussed the draft proposals. From the HRC, the coordinator for the preparations, Anna Berg, made an overview of the work.
 *   => participant HPM: HRC
 *
 * A legal form after a comma opens the next company's name when a name follows it.
 *
 * @example
 *   The Harbour Board met in Riga and approved the plan. Among the participants were experts from FSUE Harbour Research, LLC Ferry Space Systems and the Port Office.
 *   => participant Harbour Board: FSUE Harbour Research
 *   => participant Harbour Board: LLC Ferry Space Systems
 *
 * An office after an acronym ("the new SA Chair", though "SA" is a legal form too) is no organisation.
 *
 * @example
 *   The Harbour Board met in Riga. Delegates elected Ana Lima (Ferrylink) as the new SA Chair for a two-year term.
 *   => no participant Harbour Board: SA Chair
 *
 * A legal form alone makes no company, and a verb's "-ing" form before a body's head qualifies it ("the SA working groups").
 *
 * @example
 *   The Harbour Board met in Riga. It noted the progress reports from the SA working groups and thanked JSC “Harbour Bureau”.
 *   => no participant Harbour Board: SA
 *   => participant Harbour Board: JSC “Harbour Bureau”
 */
import { registryKey } from '../../registry/index.js';
import { capitalRun, countryAt, isCountryName, isPluralAcronym, participantName, spokenFor } from '../parties.js';
import { meetingNumberAt } from '../definitions.js';
import { attributionAfter } from '../clauses.js';
import { nameAt } from '../person-names.js';
import type { Sentence } from '../sentence.js';
import type { ClauseRule, Finding } from './types.js';

/** Whether a country's name ends right before token `b` (a list of countries and organisations). */
function countryEnds(s: Sentence, b: number): boolean {
  let k = b;
  if (s.isMark(k - 1, ',') && s.word(k) === 'and') k--;
  for (let a = k - 1; a >= k - 6 && a >= 0; a--) if (countryAt(s, a)?.end === k) return true;
  return false;
}

const QUOTE_OPEN = '“"«„‘';
const QUOTE_CLOSE = '”"»“’';

/** Whether the sentence ties the name at `i`..`end` to the work; `listed`: the ends of names found before it in the sentence. */
function tied(s: Sentence, i: number, end: number, listed: ReadonlySet<number>): boolean {
  let b = i - 1;
  if (s.word(b) === 'the') b--;
  const before = s.word(b);
  // "cooperation with the ITU": a partner of the work, not one taking part in it.
  if (before === 'with' && s.inList(b - 1, 'relationNouns')) return false;
  // "recommends that the BBC share more of its content": the one a decision speaks of.
  if (before === 'that') return false;
  if (s.inList(b, 'participationCues')) return true;
  // "…, PJSC Rostelecom and JSC …": the next name of a list of participants.
  if ((before === 'and' || before === ',') && (listed.has(b) || countryEnds(s, b))) return true;
  if (before === 'of' && (s.is(b - 1, 'genericParticipantHeads') || s.is(b - 1, 'delegateNouns') || s.word(b - 1) === 'behalf' || s.inList(b - 1, 'submissionNouns'))) return true;
  if (before === 'well' && s.word(b - 1) === 'as') return true;
  // "speaking for the European Union": spoken for, as "on behalf of".
  if (before === 'for' && s.verb(b - 1)?.lemma === 'speak') return true;
  let a = end;
  if (s.isMark(a, '(')) {
    const close = s.closing(a, 20);
    if (close > a) a = close + 1;
  }
  // "The EU, supported by the UK and Norway, proposed …": a phrase between commas is passed over.
  if (s.isMark(a, ',') && s.isLower(a + 1)) {
    let c = a + 1;
    while (c < s.length && c < a + 14 && !s.isAnyMark(c, ',;:.')) c++;
    if (s.isMark(c, ',')) a = c + 1;
  }
  // "The OECD and UNESCO contributed …": the first names of a list that a verb of taking part follows.
  for (let hops = 0; hops < 6 && (s.word(a) === 'and' || s.isMark(a, ',')); hops++) {
    let b = s.word(a + 1) === 'and' ? a + 2 : a + 1;
    if (s.word(b) === 'the') b++;
    if (!s.isCap(b) && !s.isAcronym(b)) break;
    a = capitalRun(s, b);
  }
  // "Observer organizations, including the WMO and UNEP, also attended": the comma that closes the examples.
  if (s.isMark(a, ',') && s.is(a + 1, 'adverbs')) a++;
  while (a < s.length && (s.is(a, 'adverbs') || /ly$/.test(s.word(a)))) a++;
  if (s.is(a, 'participationVerbs')) return true;
  if (s.is(a, 'auxiliaries') && s.is(a + 1, 'participationVerbs')) return true;
  // "the Secretariat’s report": a product of the organisation.
  return s.isPossessive(end - 1) && s.is(end, 'productNouns');
}

/** Whether an acronym ends in a session's number ("COP16", "WRC-27", "APG27-4", "SC65"): a meeting, not an organisation ("G20", one letter, may be one). */
function isSessionDesignator(name: string): boolean {
  return /^\p{Lu}{2,}(?:\d+(?:-\d+)?|-\d+)$/u.test(name);
}

/** Whether the token is one capitalised word that may name a company (no month, role, head or country). */
function singleName(s: Sentence, k: number): boolean {
  if (!s.isWord(k) || !s.isCap(k) || s.isCap(k + 1) || s.isCap(k - 1)) return false;
  const w = s.word(k);
  return !s.lexicon.months.has(w) && !s.is(k, 'adverbs') && !s.is(k, 'temporalWords') && !s.is(k, 'clauseOpeners') && !s.inList(k, 'connectiveAdverbs') && !s.is(k, 'roleWords') && !s.is(k, 'bodyHeads') && !s.is(k, 'determiners') && !s.is(k, 'organizationHeads') && !isCountryName(s.raw(k));
}

/** Whether tokens `from`..`to` end with a role and a person's name ("Commission Vice-President Hans Müller"). */
function heldBy(s: Sentence, from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    if (!s.is(k, 'roleWords')) continue;
    // "Council President Ms Bocar Ba": a title may stand between the role and the name.
    let n = k + 1;
    while (n < to && s.is(n, 'personTitles')) n++;
    if (nameAt(s, k + 1)?.end === to || nameAt(s, n)?.end === to) return true;
  }
  return false;
}

/** Whether the token is one name of a list: a single name, or an acronym or a country ("Ericsson and the UK"). */
function listMember(s: Sentence, k: number): boolean {
  return singleName(s, k) || (s.isAcronym(k) && !s.isCap(k + 1)) || countryAt(s, k)?.end === k + 1;
}

/** Whether the token is a plain capitalised word of a longer name (no head, role, month or determiner). */
function nameWord(s: Sentence, k: number): boolean {
  return s.isWord(k) && s.isCap(k) && !s.isAcronym(k) && !s.is(k, 'bodyHeads') && !s.is(k, 'roleWords') && !s.is(k, 'determiners') && !s.is(k, 'anyVerbs') && !s.lexicon.months.has(s.word(k));
}

/** Whether tokens `from`..`to` are all plain capitalised words of a name. */
function allNameWords(s: Sentence, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!nameWord(s, k)) return false;
  return true;
}

/** The first token of a list's element that ends at `k`: one name, or a name of two or three words ("China Telecom"); -1 if none. */
function memberStartingBefore(s: Sentence, k: number): number {
  if (listMember(s, k)) return k;
  let a = k;
  while (a > k - 3 && nameWord(s, a)) a--;
  return a < k - 1 && !s.isCap(a) ? a + 1 : -1;
}

/** The last token of a list's element that starts at `k`, or -1 (see `memberStartingBefore`). */
function memberEndingAfter(s: Sentence, k: number): number {
  if (listMember(s, k)) return k;
  let b = k;
  while (b < k + 3 && nameWord(s, b)) b++;
  // "South American countries": a name used as a modifier is no element; "… and the World Bank attended" ends one.
  return b > k + 1 && !s.isCap(b) && (!s.isLower(b) || s.is(b, 'anyVerbs')) ? b - 1 : -1;
}

/**
 * Whether the word at `i` is one of a list of names after "from" or "by" ("contributions from Intel, Broadcom and Huawei",
 * "from China Telecom, Huawei and ZTE"), or before a verb of taking part. The word itself is a single name; others may
 * be longer.
 */
function companyList(s: Sentence, i: number, end = i + 1): boolean {
  // "from China Mobile, Huawei and KT", "… and Deutsche Telekom": a name of the list may have two or three words.
  if (end === i + 1 ? !singleName(s, i) : end - i > 3 || (!s.isMark(end, ',') && s.word(i - 1) !== 'and') || !allNameWords(s, i, end)) return false;
  let first = i;
  let count = 1;
  for (;;) {
    let sep = first - 1;
    if (s.word(sep) === 'and' && s.isMark(sep - 1, ',')) sep--;
    const member = s.isMark(sep, ',') || s.word(sep) === 'and' ? memberStartingBefore(s, sep - 1) : -1;
    if (member < 0) break;
    first = member;
    count++;
  }
  let last = end - 1;
  for (;;) {
    let sep = last + 1;
    if (s.isMark(sep, ',') && s.word(sep + 1) === 'and') sep++;
    const next = s.word(sep + 1) === 'the' ? sep + 2 : sep + 1;
    const member = s.isMark(sep, ',') || s.word(sep) === 'and' ? memberEndingAfter(s, next) : -1;
    if (member < 0) break;
    last = member;
    count++;
  }
  if (count < 2) return false;
  const cue = s.word(first - 1);
  if (cue === 'from' || cue === 'by') return true;
  // "Qualcomm, Ericsson and Huawei presented their views": three names or more that open a clause before a verb of
  // taking part ("Barry and Pablo presented" reads the same with two given names).
  if (count < 3) return false;
  let v = last + 1;
  if (s.is(v, 'adverbs') || s.word(v).endsWith('ly')) v++;
  // "…, and Eurostat, the IMF and the World Bank attended": a clause of its own after ", and" too.
  const opens = first === 0 || s.isAnyMark(first - 1, ',;') || (s.word(first - 1) === 'and' && s.isMark(first - 2, ','));
  return opens && s.is(v, 'participationVerbs');
}

export const organizationParticipant: ClauseRule<Array<[number, number]>> = {
  id: 'organization-participant',
  kind: 'clause',
  match(s, { registry, definitions }) {
    const found: Array<[number, number]> = [];
    const listed = new Set<number>();
    const { lexicon } = s;
    for (let i = 0; i < s.length; i++) {
      // "From the RCC, …": a preposition opening the sentence starts no name.
      if (!s.isWord(i) || !(s.isCap(i) || s.isAcronym(i)) || s.is(i, 'determiners') || (i === 0 && s.is(i, 'prepositions'))) continue;
      const country = countryAt(s, i);
      if (country && !s.isCap(country.end) && s.word(country.end) !== 'of') {
        i = country.end - 1;
        continue;
      }
      // "President of the ITU Council": a role, not an organisation.
      if (s.is(i, 'roleWords') && !s.is(i, 'organizationHeads')) {
        i = capitalRun(s, i) - 1;
        continue;
      }
      let end = capitalRun(s, i);
      // "Intel, Broadcom and Huawei": a name of a list of single names is its own name, not one joined by "and".
      const singleInList = (end === i + 1 || s.word(i + 1) === 'and') && companyList(s, i);
      const inCompanyList = singleInList || (end > i + 1 && end - i <= 3 && companyList(s, i, end));
      if (singleInList) end = i + 1;
      const lastRaw = s.raw(end - 1);
      // "JSC Ferrylink", "JSC “National Bureau”": a legal form before a name; alone ("the SA working groups") it makes no company.
      const legal = (lexicon.cased.legalForms.has(s.raw(i)) && (end - i > 1 || s.isAnyMark(end, QUOTE_OPEN))) || (end - i > 1 && lexicon.cased.legalSuffixes.has(lastRaw.replace(/\.$/, '')));
      // A quoted name after a legal form or an organisation noun: JSC “National Radio-Technical Bureau”.
      if (s.isAnyMark(end, QUOTE_OPEN) && (legal || s.is(end - 1, 'organizationHeads'))) {
        let q = end + 1;
        while (q < s.length && q < end + 16 && !s.isAnyMark(q, QUOTE_CLOSE)) q++;
        if (s.isAnyMark(q, QUOTE_CLOSE)) end = q + 1;
      }
      if (end <= i) continue;
      const next = i;
      i = end - 1;
      // "ITU website", "ITU contribution unit": a name used as a modifier. A sentence that opens with what the named one
      // brought ("The RCC proposal on cost recovery was supported …") has it take part.
      const brought = s.isAcronym(next) && end === next + 1 && next === 1 && s.word(0) === 'the' && s.inList(end, 'submissionNouns');
      // "the SA working groups": a verb's "-ing" form before a body's head qualifies the head, as a noun would.
      const qualifier = s.verb(end)?.type === 'gerund' && s.isLower(end + 1) && s.is(end + 1, 'bodyHeads');
      if (!legal && !brought && s.isLower(end) && !s.is(end, 'nameConnectors') && (!s.is(end, 'anyVerbs') || qualifier) && !s.is(end, 'adverbs')) continue;
      // Only a name the sentence ties to the work is a participant (unless its legal form says it is an organisation).
      if (!legal && !brought && !tied(s, next, end, listed) && !(end === next + 1 && inCompanyList)) continue;
      let words = 0;
      let heads = 0;
      let generic = false;
      for (let k = next; k < end; k++) {
        if (!s.isWord(k)) continue;
        words++;
        if (s.is(k, 'organizationHeads') || lexicon.lists.organizationHeads.has(s.bareWord(k))) heads++;
        if (s.is(k, 'genericParticipantHeads') && k < next + 3) generic = true;
      }
      // One plain capitalised word ("Council", "Geneva") names an organisation only when the registry knows it or a
      // list of company names holds it: most runs are refused here, before their name is made.
      if (words === 1 && heads === 0 && !legal && !s.isAcronym(next) && !registry.orgByKey.has(registryKey(s.raw(next).replace(/['’]s$/, ''))) && !inCompanyList) continue;
      const name = participantName(s.span(next, end).replace(/['’]s$/, ''));
      if (!name || isCountryName(name) || isPluralAcronym(name)) continue;
      // "Commission Vice-President Hans Müller presented …": an office-holder, not an organisation; "as the new SA Chair": an office.
      if (heldBy(s, next, end) || (s.is(end - 1, 'roleWords') && !s.is(end - 1, 'organizationHeads'))) continue;
      // "…, the Foundation announced on 8 October": who tells the news takes no part in it.
      const comma = s.is(next - 1, 'determiners') ? next - 2 : next - 1;
      if (s.isMark(comma, ',') && attributionAfter(s, comma)) continue;
      if (generic && !legal) continue;
      const key = registryKey(name);
      const known = registry.orgByKey.has(key);
      if (registry.bodyByKey.has(key) && !known) continue;
      const last = name.split(' ').pop()?.toLowerCase() ?? '';
      // "Human Rights Council", "Arctic Economic Council": a body, not a participant, unless an organisation's organ
      // ("RCC Executive Committee", "Executive Committee of the RCC").
      // "RCC Commission on Radio Frequency Spectrum": the head before the name's "on" or "for" phrase.
      const before = / (?:on|for) /.exec(name);
      const headWord = before ? (name.slice(0, before.index).split(' ').pop()?.toLowerCase() ?? '') : last;
      const bodyHead = (lexicon.bodyHeadWords.has(last) || lexicon.bodyHeadWords.has(headWord)) && !(words > 1 && (s.isAcronym(next) || /\bof\b/.test(name)) && /(?:executive committee|executive board|bureau|secretariat)/i.test(name));
      // "on behalf of the African Group": a group of members spoken for takes part as one.
      const spoken = spokenFor(s, next);
      // "the Saami Council and WWF": a body is no participant, but the list it opens goes on.
      if (bodyHead && !legal && !known && !spoken) {
        listed.add(end);
        continue;
      }
      // "ISO/IEC National Bodies", "Liaison Organizations", "Working Group Chairs": kinds of participant, not one.
      if (!legal && (s.is(end - 1, 'roleWords') || (/s$/.test(last) && lexicon.lists.organizationHeads.has(last.replace(/s$/, ''))))) continue;
      // "PEP 651", "WTDC-21", "SA#109": a document or an event, not an organisation.
      if (s.isNumber(end) || s.isDesignatorNumber(end) || meetingNumberAt(s, end) || definitions.get(name)?.body) continue;
      if (/['’]s\b/.test(s.span(next, end - 1))) continue;
      const acronym = words === 1 && s.isAcronym(next) && !/\p{Ll}s$/u.test(name) && !registry.bodyByKey.has(key) && !isSessionDesignator(name);
      const loneHead = words === 1 && heads === 1 && s.word(next - 1) === 'the' && !lexicon.bodyHeadWords.has(last);
      if (!legal && !known && !acronym && !loneHead && !inCompanyList && !(spoken && words > 1) && (heads === 0 || words < 2)) continue;
      found.push([next, end]);
      listed.add(end);
    }
    return found.length > 0 ? found : undefined;
  },
  apply(spans, s) {
    return spans.map(([start, end]): Finding => ({
      type: 'participant',
      owner: { ref: 'sentence' },
      name: participantName(s.span(start, end).replace(/['’]s$/, '')),
      participant: 'organization',
      attendance: false,
      tokens: [start, end],
      rule: 'organization-participant',
    }));
  },
};

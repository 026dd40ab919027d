/**
 * Attendance: "was attended by …", "representatives of …", "delegations from …", "with the
 * participation of …", "took part". Every capitalised element of the list that follows is a
 * participant of the reported meeting (`the CA of the Republic of Armenia` → Republic of Armenia;
 * `… on behalf of the Regional Commonwealth …` adds the body spoken for). When the bulletin
 * reports several bodies, the general attendance belongs to none of them.
 *
 * @example
 *   The 9th meeting of the Joint Working Group on Numbering (JWG-N) was held in Minsk. The meeting was attended by representatives of the Communications Administrations of the Republic of Armenia, the Russian Federation, as well as the Regional Postal Union. The meeting approved the work plan for 2027.
 *   => participant JWG-N: Republic of Armenia
 *   => participant JWG-N: Russian Federation
 *   => participant JWG-N: Regional Postal Union
 *
 * @example
 *   The 9th meeting of the Joint Working Group on Numbering (JWG-N) was held in Baku. The meeting was attended by representatives of the communications administrations and postal operators of Azerbaijan, Belarus and Russia. The meeting approved the work plan for 2027.
 *   => participant JWG-N: Azerbaijan
 *   => participant JWG-N: Belarus
 *
 * @example
 *   The 9th meeting of the Joint Working Group on Numbering (JWG-N) was held in Baku. The meeting was attended by representatives of the RCC Administrations of Armenia and Belarus. The meeting approved the work plan for 2027.
 *   => participant JWG-N: Armenia
 *   => no participant JWG-N: RCC Administrations of Armenia
 *
 * @example
 *   The 9th meeting of the Joint Working Group on Numbering (JWG-N) was held online and approved its work plan. The event was attended by experts from the radio frequency services of Armenia, Belarus and Russia.
 *   => participant JWG-N: Armenia
 *   => participant JWG-N: Russia
 *
 * @example
 *   The 9th meeting of the Joint Working Group on Numbering (JWG-N) was held in Minsk. The Regional Postal Union was represented by Director General A. Petrov. The meeting approved the work plan for 2027.
 *   => no participant JWG-N: Director General A
 *
 * @example
 *   The 9th meeting of the Joint Working Group on Numbering (JWG-N) was held in Minsk. The meeting was attended by heads of communications administrations and designated postal operators of the Republic of Armenia and Belarus, as well as the Regional Postal Union. The meeting approved the work plan for 2027.
 *   => participant JWG-N: Regional Postal Union
 *
 * @example
 *   The Harbour Council (HC) approved the budget.
 *
 *   Delegates from China, Germany and the United States attended.
 *   => participant HC: United States
 *
 * @example
 *   The Governing Council of the Harbour Fund held its 48th session in Rome. Representatives of the Fund's 180 Member States attended. The Council approved the budget.
 *   => no participant Governing Council of the Harbour Fund: Fund's
 *   => no participant Governing Council of the Harbour Fund: Fund
 *
 * @example
 *   The Harbour Board met on 12 January 2027 and approved the tariffs.
 *
 *   Also present: Town Administrator Ana Ruiz, the Ferry Institute
 *   => participant Harbour Board: Ferry Institute
 *   => no participant Harbour Board: Town Administrator Ana Ruiz
 *
 * @example
 *   The Harbour Committee (HC) approved the dredging plan. Delegates from Austria and Canada presented proposals on fees.
 *
 *   The Working Party on Ferries (WPF) reviewed the winter timetable.
 *   => participant HC: Austria
 *   => participant HC: Canada
 *
 * @example
 *   The 3rd meeting of the Joint Working Group on Numbering (JWG-N) was held in Minsk. It was attended by representatives from National Bodies and Liaison Organizations and from the Republic of Armenia. The meeting approved the work plan for 2027.
 *   => participant JWG-N: Republic of Armenia
 *   => no participant JWG-N: Liaison Organizations
 *   => no participant JWG-N: National Bodies
 *
 * @example
 *   The 9th meeting of the Joint Working Group on Numbering (JWG-N) closed in Minsk after deliberations attended by participants from Parties, the Regional Postal Union and NGOs. The meeting approved the work plan for 2027.
 *   => participant JWG-N: Regional Postal Union
 *   => no participant JWG-N: NGOs
 *
 * @example
 *   Notes of the Technical Steering Committee (TSC), 14 January 2027
 *
 *   Attendees: Alice Wong (Red Hat), Tom Beck (independent), Bob Meyer (Acme Corporation)
 *
 *   The TSC agreed to publish a security advisory.
 *   => participant TSC: Red Hat
 *   => participant TSC: Acme Corporation
 *   => no participant TSC: Alice Wong
 *   => no participant TSC: Tom Beck
 *
 * @example
 *   Notes of the Technical Steering Committee (TSC), 14 January 2027
 *
 *   Attendees: Alice Wong, Tom Beck (Chair), Bob Meyer
 *   Present: Senators Ahmed, Brooks, Chen
 *
 *   The TSC agreed to publish a security advisory.
 *   => no participant TSC: Alice Wong
 *   => no participant TSC: Bob Meyer
 *   => no participant TSC: Chair
 *   => no participant TSC: Brooks
 *   => no participant TSC: Senators Ahmed
 *
 * @example
 *   Notes of the Technical Steering Committee (TSC), 14 January 2027
 *
 *   PRESENT: Mayor Joan Peters; Councillors Ahmed, Brennan
 *   Commissioners present: Chair Ana Diaz, Vice Chair Ted Lindberg, Commissioner Lisa Chen
 *
 *   The TSC agreed to publish a security advisory.
 *   => no participant TSC: Mayor Joan Peters
 *   => no participant TSC: Joan Peters
 *   => no participant TSC: Chair Ted Lindberg
 *   => no participant TSC: Ted Lindberg
 *
 * @example
 *   Harbour Board minutes, 9 September 2027
 *
 *   ROLL CALL: Present: Commissioners Arnold, Baker, Chen.
 *
 *   The Harbour Board approved the consent calendar.
 *   => no participant Harbour Board: Commissioners Arnold
 *   => no participant Harbour Board: Baker
 *
 * @example
 *   Notes of the Network Steering Group (NSG), 14 May 2027
 *
 *   Attendees: Ana (Google), Raj (Red Hat)
 *
 *   The NSG agreed to move the proposal to implementable.
 *   => participant NSG: Google
 *   => participant NSG: Red Hat
 *   => no participant NSG: Ana
 *
 * @example
 *   Harbour Water Board – minutes of 3 March 2027
 *
 *   Observers: Department of Harbours; Harbour Rowing Association
 *
 *   1. The Board approved the minutes of 4 February 2027.
 *   => participant Harbour Water Board: Harbour Rowing Association
 *
 * @example
 *   The Harbour Working Group (HWG) met in Riga. Participants included representatives of the Harbour Safety Agency, the Port of Tallinn and DFDS. The HWG adopted its work plan.
 *   => participant HWG: Port of Tallinn
 *   => participant HWG: DFDS
 *   => no participant HWG: Port of Tallinn and DFDS
 *
 * @example
 *   The 5th meeting of the Group on Spectrum (GS) was held in Lima. Delegations from Chile and Peru took part, together with associate members including Telia, Orbis and the GSMA. The GS approved its report.
 *   => participant GS: Chile
 *   => participant GS: Telia
 *   => participant GS: GSMA
 *   => no participant GS: associate members including Telia
 *
 * @example
 *   The 6th meeting of the Group on Spectrum (GS) was attended by 500 delegates, as well as international and regional organizations such as ITU, CEPT and CITEL. The GS approved its report.
 *   => participant GS: ITU
 *   => participant GS: CITEL
 *
 * @example
 *   The 7th meeting of the Group on Spectrum (GS) closed in Lima. Representatives of 40 Governments approved the Lima Report and the Andes Assessment.
 *   => no participant GS: Andes Assessment
 *
 * @example
 *   The 8th meeting of the Group on Spectrum (GS) was attended by representatives of the Republic of Armenia and FSUE “Radio Research and Development Institute”. The GS approved its report.
 *   => participant GS: Republic of Armenia
 *   => participant GS: FSUE “Radio Research and Development Institute”
 *   => no participant GS: Development Institute
 *
 * @example
 *   Harbour Council minutes, 7 October 2027
 *
 *   Council Members present: Mayor Jane Doe, Councilmembers Ahmed, Brown and Chen.
 *
 *   Attendees
 *
 *   - Priya (Google)
 *   - Tomás (Red Hat)
 *
 *   The Harbour Council approved the consent calendar.
 *   => no participant Harbour Council: Councilmembers Ahmed
 *   => no participant Harbour Council: Brown
 *   => participant Harbour Council: Google
 *   => participant Harbour Council: Red Hat
 *   => no participant Harbour Council: Priya
 *
 * "X took part in the meeting": the names before the cue attend; what follows it is the meeting and its place.
 *
 * @example
 *   The Harbour Authority and HPA took part in the 12th meeting of the Ferry Committee (FC), held from 5 to 8 March 2027 in Vilnius, Lithuania. The FC approved the winter timetable.
 *   => participant FC: Harbour Authority
 *   => participant FC: HPA
 *   => no participant FC: Lithuania
 *
 * @example
 *   The 12th meeting of the Ferry Committee (FC) was held in Riga. Anna Berzina, FC Chair, and the Port of Riga took part in the discussions. The FC approved the winter timetable.
 *   => participant FC: Port of Riga
 *   => no participant FC: Anna Berzina
 *
 * In a paragraph about another body than the reported meeting, the attendance is that body's.
 *
 * @example
 *   Spring cluster of harbour groups
 *
 *   The Harbour Working Group (HWG) met in Riga and adopted its report.
 *
 *   The Ferry Working Group (FWG) reviewed the timetable. Delegations of Latvia, Estonia and Finland contributed.
 *   => participant FWG: Estonia
 *   => participant FWG: Finland
 *   => no participant HWG: Estonia
 *
 * The kind of the named in lower case before their names opens the list.
 *
 * @example
 *   The Harbour Commission met in Riga and approved the plan. Representatives of Latvia and the companies Ferrolux, Baltship and Portnet took part in the meeting.
 *   => participant Harbour Commission: Ferrolux
 *   => participant Harbour Commission: Baltship
 *   => no participant Harbour Commission: companies Ferrolux
 *
 * Those who spoke in a debate ("Also speaking were representatives of …") take part in the work of the body in focus,
 * even when the bulletin reports several.
 *
 * @example
 *   The Harbour Committee began its consideration of the report of the Pilots Commission. The Chair said that the Pilots Commission had adopted new rules.
 *
 *   Also speaking today were representatives of Norway and Iceland.
 *   => participant Harbour Committee: Norway
 *   => participant Harbour Committee: Iceland
 */
import { isMemberUnion } from '../../lexicon/countries.js';
import { countryAt, capitalRun, isPluralAcronym, participantName } from '../parties.js';
import { isPluralRole, nameAt, rosterStart } from '../person-names.js';
import type { Sentence } from '../sentence.js';
import type { ClauseRule, Finding, Owner } from './types.js';

/** Where the list of the first attendance cue of a sentence is read: `[from, to)`, or undefined. */
function listOf(s: Sentence): [number, number] | undefined {
  const cues = s.lexicon.lists.attendanceCues;
  for (let i = 0; i < s.length; i++) {
    const len = s.phraseAt(i, cues);
    if (len === 0) continue;
    // "ANACOM and the Foundation for Science took part in the 62nd meeting …": what follows is the meeting; the
    // attendees are the names the sentence opens with.
    if (s.word(i + len - 1) === 'part' && s.word(i + len) === 'in') return namesOnly(s, 0, i) ? [0, i] : undefined;
    return [i + len, s.length];
  }
  return undefined;
}

/** Whether tokens `from`..`to` are names and nothing else: capitalised words and acronyms, commas, "the" and the words that join a name ("and", "of", "for" …). */
function namesOnly(s: Sentence, from: number, to: number): boolean {
  if (to <= from || !(s.isCap(from) || s.isAcronym(from) || s.is(from, 'determiners'))) return false;
  for (let k = from; k < to; k++) {
    if (!(s.isCap(k) || s.isAcronym(k) || s.isMark(k, ',') || s.is(k, 'nameConnectors') || s.word(k) === 'the')) return false;
  }
  return true;
}

/** Whether the lower-case word at `k` qualifies a head of participants one or two words on ("associate members", "designated postal operators"). */
function qualifiesHead(s: Sentence, k: number): boolean {
  if (!s.isLower(k) || s.is(k, 'genericParticipantHeads')) return false;
  return s.is(k + 1, 'genericParticipantHeads') || (s.isLower(k + 1) && !s.is(k + 1, 'anyVerbs') && s.is(k + 2, 'genericParticipantHeads'));
}

/** Skips what opens an element without naming it: "the", "representatives of", "the CA of the", "Foreign Ministers and Representatives of", "associate members including". */
function skipOpening(s: Sentence, k: number, end: number): number {
  let j = k;
  for (let guard = 0; guard < 8 && j < end; guard++) {
    const cue = s.phraseAt(j, s.lexicon.lists.exampleCues);
    if (cue > 0) {
      j += cue;
      continue;
    }
    if (s.is(j, 'determiners') || s.word(j) === 'as' || s.word(j) === 'well' || s.word(j) === 'also' || s.word(j) === 'and' || s.word(j) === 'with' || s.word(j) === 'by' || s.word(j) === 'from' || s.word(j) === 'of') {
      j++;
      continue;
    }
    // "Communications Administrations of", "CA of", "delegates from": generic heads up to their "of" or "from".
    let g = j;
    // "the RCC Administrations of": an acronym of whose they are may come first.
    if (s.isAcronym(g) && s.is(g + 1, 'genericParticipantHeads')) g++;
    // "associate members", "other delegations", "designated postal operators": a lower-case word or two may qualify the head.
    if (qualifiesHead(s, g)) g += s.is(g + 1, 'genericParticipantHeads') ? 1 : 2;
    while (g < end && g < j + 5 && (s.is(g, 'genericParticipantHeads') || s.word(g) === 'and' || s.is(g, 'determiners'))) g++;
    if (g > j && s.is(g - 1, 'genericParticipantHeads') && s.phraseAt(g, s.lexicon.lists.exampleCues) > 0) {
      j = g;
      continue;
    }
    if (g > j && (s.word(g) === 'of' || s.word(g) === 'from')) {
      j = g + 1;
      continue;
    }
    // "the companies Huawei, Nokia and Rostelecom", "the operators Beeline and MTS": the kind of the named, in lower case.
    if (s.isLower(j) && pluralKind(s, s.word(j)) && (s.isCap(j + 1) || s.isAcronym(j + 1)) && !s.is(j + 1, 'determiners')) {
      j++;
      continue;
    }
    // "international and regional organizations such as ITU": a few lower-case words naming the set, then its examples.
    let e = j;
    while (e < end && e < j + 6 && (s.isLower(e) || s.isMark(e, '-')) && s.phraseAt(e, s.lexicon.lists.exampleCues) === 0) e++;
    if (e > j && s.phraseAt(e, s.lexicon.lists.exampleCues) > 0) {
      j = e;
      continue;
    }
    break;
  }
  return j;
}

/** Whether tokens `start`..`end` are one country's name ("Republic of Finland", "Kingdom of Sweden"). */
function isCountrySpan(s: Sentence, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = countryAt(s, k);
    if (c && c.start === start && c.end === end) return true;
  }
  return false;
}

/** Whether a name's last word is a kind of participant in the plural ("ISO/IEC National Bodies", "Liaison Organizations"): many, not one. */
function pluralKind(s: Sentence, last: string): boolean {
  if (!last.endsWith('s')) return false;
  const one = last.endsWith('ies') ? `${last.slice(0, -3)}y` : last.slice(0, -1);
  return s.lexicon.lists.organizationHeads.has(one) || s.lexicon.bodyHeadWords.has(one);
}

export const attendanceList: ClauseRule<[number, number]> = {
  id: 'attendance-list',
  kind: 'clause',
  match(s, ctx) {
    const list = listOf(s);
    if (list) return list;
    // "## Attendees" over "- Priya (Google)": an item of a roster's list is an element of it.
    return ctx.rosterItem && s.index === 0 ? [0, s.length] : undefined;
  },
  apply([at, stop], s, ctx) {
    const out: Finding[] = [];
    // "Attendees: Tania Allard, Kwon-Han Bae": a roster names people, who are no participants.
    const roster = rosterStart(s) >= 0 || ctx.rosterItem;
    // "Also speaking today were representatives of Mexico, …": who spoke in the debate of the body in focus.
    let spoke = false;
    for (let j = 0; j < at && !spoke; j++) spoke = s.inList(j, 'speakerCues');
    const owner: Owner = spoke ? { ref: 'focus' } : { ref: 'main' };
    let k = at;
    while (k < stop) {
      let start = skipOpening(s, k, stop);
      // "Present: Senators Ahmed, Brooks", "PRESENT: Mayor Joan Peters": the members' title or a role before the names.
      // "Vice Chair Ted Lindberg": a role of more than one word.
      for (let n = 0; n < 3 && roster && (isPluralRole(s, start) || (s.isCap(start) && (s.is(start, 'roleWords') || s.is(start, 'personTitles')))); n++) start++;
      // "Alice Wong (Red Hat)": a person attends for the organisation in parentheses.
      // "Ana (Google)": a given name alone before an affiliation is a person too.
      const person = nameAt(s, start) ?? (s.isCap(start) && !s.isAcronym(start) && s.isMark(start + 1, '(') && !countryAt(s, start) ? { start, end: start + 1 } : undefined);
      const affiliation = person !== undefined && !countryAt(s, start) && s.isMark(person.end, '(');
      if (affiliation && s.isCap(person.end + 1)) start = person.end + 1;
      let end = start;
      const country = countryAt(s, start);
      // "represented by Director General A. Borodin", "Also present: Town Administrator Gary Fontaine": an office and its
      // holder's name are a person's.
      let office = start;
      while (office < start + 3 && s.isCap(office) && !(s.is(office, 'roleWords') || s.is(office, 'personTitles'))) office++;
      const titled = office;
      while (office < titled + 3 && s.isCap(office) && (s.is(office, 'roleWords') || s.is(office, 'personTitles'))) office++;
      const holder = office > titled && nameAt(s, office) !== undefined;
      // "Tom Becker (independent)": a person with no organisation.
      // "Alexey Borodin, Director General, … took part in": a person who opens the sentence is no participant either.
      if (holder || (affiliation && start !== person.end + 1) || ((roster || stop < s.length) && person && !affiliation && person.end - person.start > 1)) end = start;
      // "Present: Senators Ahmed, Brooks": in a roster, a plain capitalised word is a person's name.
      else if (roster && !affiliation && s.isCap(start) && !s.isAcronym(start) && !country && !s.is(start, 'organizationHeads') && !s.is(start + 1, 'organizationHeads') && !s.isCap(start + 1)) end = start;
      else if (country && country.start === start) end = country.end;
      else if (s.isCap(start) || s.isAcronym(start)) end = capitalRun(s, start);
      if (end > start) {
        // "International Telecommunication Union (ITU)": the acronym goes with the name.
        if (s.isMark(end, '(') && s.isAcronym(end + 1) && s.isMark(end + 2, ')')) end += 3;
        const name = participantName(s.span(start, end));
        const lastWord = s.word(end - 1);
        // "UPU member-States", "South American countries": a name used as a modifier.
        // "the Fund's 180 Member States": a name in the possessive owns what follows.
        const modifier = (s.isLower(end) && !s.is(end, 'anyVerbs') && !s.is(end, 'nameConnectors') && !s.is(end, 'prepositions')) || (s.isPossessive(end - 1) && s.isWord(end));
        // "the United States": a country's name may end like a kind of participant ("Member States").
        if (name && !modifier && (isCountrySpan(s, start, end) || !s.is(end - 1, 'genericParticipantHeads')) && !s.is(end - 1, 'roleWords') && !/^\d/.test(name) && lastWord !== 'countries' && !pluralKind(s, lastWord) && !isPluralAcronym(name)) {
          out.push({ type: 'participant', owner, name, participant: isCountrySpan(s, start, end) && !isMemberUnion(name) ? 'country' : 'organization', attendance: !spoke, tokens: [start, end], rule: 'attendance-list' });
        }
      }
      // On to the next element: after a comma or "and", or "on behalf of".
      let n = Math.max(end, start + 1);
      while (n < stop && !s.isAnyMark(n, ',;') && s.word(n) !== 'and' && !(s.word(n) === 'behalf' && s.word(n + 1) === 'of')) {
        if (s.isAnyMark(n, '.:!?')) return out;
        // "Representatives of 140 Governments approved the …": the list's verb ends it.
        if (n > end && s.reportingVerb(n)?.type === 'past' && !s.is(n - 1, 'auxiliaries') && !s.is(n - 1, 'prepositions')) return out;
        n++;
      }
      if (s.word(n) === 'behalf') n += 2;
      else n++;
      if (s.is(n, 'anyVerbs') && !s.is(n, 'auxiliaries') && s.verb(n)?.type !== 'gerund' && !qualifiesHead(s, n)) return out;
      k = n;
    }
    return out;
  },
};
